// One open room: header (search, who is watching), timeline, and at the bottom whatever the viewer
// can do here — cheer and write, join the room, or sign in first; a thread opens beside it. The
// feature hooks follow the room's one event stream through the room's event bus.
import { useMemo, useState } from 'react';
import { CheerFloaters } from '../cheering/CheerFloaters';
import { CheeringBar } from '../cheering/CheeringBar';
import { useCheering } from '../cheering/useCheering';
import { useRoomEventBus } from '../events/RoomEventBusContext';
import { Composer } from '../messages/Composer';
import { collectCandidates } from '../messages/mentions';
import { MessageList } from '../messages/MessageList';
import type { Viewer } from '../messages/MessageItem';
import type { TimelineMessage } from '../messages/timeline';
import { useMessageActions } from '../messages/useMessageActions';
import { useRoomTimeline } from '../messages/useRoomTimeline';
import { useSendMessage } from '../messages/useSendMessage';
import { usePresence } from '../presence/usePresence';
import { useReactions } from '../reactions/useReactions';
import { seenByText } from '../readState/seenBy';
import { useFirstUnread } from '../readState/useFirstUnread';
import { useMarkRead } from '../readState/useMarkRead';
import { useReadMarkers } from '../readState/useReadMarkers';
import { ThreadPanel } from '../threads/ThreadPanel';
import { TypingLine } from '../typing/TypingLine';
import { useTypingNotifier } from '../typing/useTypingNotifier';
import { useTypingUsers } from '../typing/useTypingUsers';
import { ErrorNote } from '../ui/ErrorNote';
import { useMe } from '../users/useMe';
import { RoomHeader } from './RoomHeader';
import { RoomTools } from './RoomTools';
import { useRoom } from './useRoom';

/** Read receipts are shown in rooms up to this size only. */
const SEEN_BY_MAX_MEMBERS = 20;

interface RoomViewProps {
  roomId: string;
  onShowRooms: () => void;
  onSignIn: () => void;
}

export function RoomView({ roomId, onShowRooms, onSignIn }: RoomViewProps) {
  const bus = useRoomEventBus();
  const { room, error, join, joining, joinError } = useRoom(roomId);
  const { me } = useMe();
  const meId = me?.id ?? null;
  const timeline = useRoomTimeline(roomId, bus, meId);
  const sending = useSendMessage(roomId, timeline.upsert);
  const actions = useMessageActions(timeline.upsert);
  const toggleReaction = useReactions();
  const presence = usePresence(roomId);
  const typists = useTypingUsers(meId);
  const notifyTyping = useTypingNotifier(roomId);
  const cheering = useCheering(roomId);
  const markers = useReadMarkers(roomId);
  const [replyTo, setReplyTo] = useState<TimelineMessage | null>(null);
  const [draft, setDraft] = useState<{ body: string } | null>(null);
  const [thread, setThread] = useState<{ rootId: string; focusId: string | null } | null>(null);
  const [focus, setFocus] = useState<{ id: string } | null>(null);

  const role = room?.myMembership?.role;
  const member = Boolean(room?.myMembership);
  const ready = timeline.status === 'ready';
  useMarkRead(roomId, timeline.lastSeq, member ? timeline.openedReadSeq : null, ready && !timeline.hasNewer);
  const firstUnreadId = useFirstUnread(timeline.messages, ready && me !== null, timeline.openedReadSeq, meId);
  const candidates = useMemo(
    () => collectCandidates([...presence.members, ...timeline.messages.map((m) => m.author)], meId),
    [presence.members, timeline.messages, meId],
  );

  if (error && !room) {
    return (
      <section className="room room--missing">
        <RoomHeader room={null} onShowRooms={onShowRooms} />
        <div className="card empty">
          <h2>Can't open this room</h2>
          <p className="muted">{error}</p>
        </div>
      </section>
    );
  }

  const viewer: Viewer = { id: meId, username: me?.username ?? null, canModerate: role === 'OWNER' || role === 'MODERATOR', canPost: member };
  const newest = timeline.messages[timeline.messages.length - 1];
  const small = (room?.memberCount ?? Infinity) <= SEEN_BY_MAX_MEMBERS;
  const seenBy = newest && small ? seenByText(markers, newest.seq, [meId, newest.author?.id]) : null;
  const openThread = (message: TimelineMessage) => setThread({ rootId: message.id, focusId: null });

  return (
    <div className={`room-shell${thread ? ' room-shell--thread' : ''}`}>
      <section className="room" aria-label={room ? `Room ${room.name}` : 'Room'}>
        <RoomHeader room={room} onShowRooms={onShowRooms}>
          <RoomTools
            roomId={roomId}
            presence={presence}
            onShowHit={async (hit) => {
              if (hit.message.threadRootId) return setThread({ rootId: hit.message.threadRootId, focusId: hit.message.id });
              setFocus({ id: hit.message.id });
              if (!(await timeline.reveal(hit.message, hit.messageCursor))) setFocus(null);
            }}
          />
        </RoomHeader>
        {timeline.liveError && (
          <ErrorNote action={<button type="button" className="link-button" onClick={timeline.reload}>Reconnect</button>}>
            Live updates stopped: {timeline.liveError}
          </ErrorNote>
        )}
        <div className="room__body">
          <MessageList
            timeline={timeline}
            pending={sending.pending}
            viewer={viewer}
            actions={actions}
            toggleReaction={toggleReaction}
            onReply={setReplyTo}
            onOpenThread={openThread}
            onRetry={sending.retry}
            onDiscard={sending.discard}
            onEditPending={(item) => {
              sending.discard(item.clientMessageId);
              setDraft({ body: item.body });
              setReplyTo(timeline.messages.find((m) => m.id === item.replyTo?.id) ?? null);
            }}
            firstUnreadId={firstUnreadId}
            seenBy={seenBy}
            focus={focus}
          />
          <CheerFloaters floaters={cheering.floaters} onLanded={cheering.landed} />
        </div>
        <footer className="room__footer">
          <TypingLine typists={typists} />
          {member ? (
            <>
              <CheeringBar totals={cheering.totals} error={cheering.error} onCheer={cheering.cheer} />
              <Composer
                draft={draft}
                replyTo={replyTo}
                onCancelReply={() => setReplyTo(null)}
                candidates={candidates}
                onTyping={notifyTyping}
                onSend={(body) => {
                  if (timeline.hasNewer) void timeline.showLatest();
                  sending.send(body, replyTo);
                  setReplyTo(null);
                }}
              />
            </>
          ) : me && room?.kind === 'PUBLIC' ? (
            <div className="bar">
              <span className="muted">You are reading this room.</span>
              {joinError && <span className="error-text">{joinError}</span>}
              <button type="button" className="button button--primary" onClick={join} disabled={joining}>
                Join
              </button>
            </div>
          ) : !me ? (
            <div className="bar">
              <span className="muted">Join as a guest or sign in to chat.</span>
              <button type="button" className="button button--primary" onClick={onSignIn}>
                Join the chat
              </button>
            </div>
          ) : null}
        </footer>
      </section>
      {thread && (
        <ThreadPanel
          key={`${thread.rootId}:${thread.focusId}`}
          roomId={roomId}
          rootId={thread.rootId}
          root={timeline.messages.find((m) => m.id === thread.rootId) ?? null}
          focusId={thread.focusId}
          viewer={viewer}
          rootActions={actions}
          toggleReaction={toggleReaction}
          candidates={candidates}
          onTyping={notifyTyping}
          onClose={() => setThread(null)}
        />
      )}
    </div>
  );
}
