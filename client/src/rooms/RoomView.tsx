// One open room: header (search, who is watching, moderation), pinned messages, timeline, and at the
// bottom whatever the viewer can do here; a thread opens beside it. The feature hooks follow the
// room's one event stream through the room's event bus. A banned viewer sees why instead.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CheerFloaters } from '../cheering/CheerFloaters';
import { useCheering } from '../cheering/useCheering';
import { useRoomEventBus } from '../events/RoomEventBusContext';
import { collectCandidates } from '../messages/mentions';
import { MessageList } from '../messages/MessageList';
import type { EditRequest, Viewer } from '../messages/MessageItem';
import type { TimelineMessage } from '../messages/timeline';
import { useMessageActions } from '../messages/useMessageActions';
import { useRoomTimeline } from '../messages/useRoomTimeline';
import { useSendMessage, type PendingMessage } from '../messages/useSendMessage';
import { BannedNotice } from '../moderation/BannedNotice';
import { PinnedBar } from '../moderation/PinnedBar';
import { isModeratorRole } from '../moderation/roles';
import type { SendRefusal } from '../moderation/sendRefusal';
import type { Ban } from '../moderation/useModerationNotices';
import { useModeration } from '../moderation/useModeration';
import { usePinnedMessages } from '../moderation/usePinnedMessages';
import { usePostingGate } from '../moderation/usePostingGate';
import { useRoomUpdates } from '../moderation/useRoomUpdates';
import { usePresence } from '../presence/usePresence';
import { useReactions } from '../reactions/useReactions';
import { seenByText } from '../readState/seenBy';
import { useFirstUnread } from '../readState/useFirstUnread';
import { useMarkRead } from '../readState/useMarkRead';
import { useReadMarkers } from '../readState/useReadMarkers';
import { ThreadPanel } from '../threads/ThreadPanel';
import { useTypingNotifier } from '../typing/useTypingNotifier';
import { useTypingUsers } from '../typing/useTypingUsers';
import { ErrorNote } from '../ui/ErrorNote';
import { useMe } from '../users/useMe';
import { RoomFooter } from './RoomFooter';
import { RoomHeader } from './RoomHeader';
import { RoomTools } from './RoomTools';
import { useMemberCountUpdates } from './useMemberCountUpdates';
import { useRoom } from './useRoom';

/** Read receipts are shown in rooms up to this size only. */
const SEEN_BY_MAX_MEMBERS = 20;

interface RoomViewProps {
  roomId: string;
  /** The viewer was banned from this room during this session (from their moderation notices). */
  ban: Ban | undefined;
  onShowRooms: () => void;
  onSignIn: () => void;
}

export function RoomView({ roomId, ban, onShowRooms, onSignIn }: RoomViewProps) {
  const bus = useRoomEventBus();
  const { room, error, banned, refetch: readRoom, join, joining, joinError } = useRoom(roomId);
  const { me } = useMe();
  const meId = me?.id ?? null;
  const timeline = useRoomTimeline(roomId, bus, meId);
  const gate = usePostingGate(room, readRoom);
  const [replyTo, setReplyTo] = useState<TimelineMessage | null>(null);
  const [draft, setDraft] = useState<{ body: string } | null>(null);
  const [thread, setThread] = useState<{ rootId: string; focusId: string | null } | null>(null);
  const [focus, setFocus] = useState<{ id: string; seek?: boolean } | null>(null);
  const [editRequest, setEditRequest] = useState<EditRequest | null>(null);
  const section = useRef<HTMLElement>(null);
  const focusComposer = useCallback(() => section.current?.querySelector<HTMLTextAreaElement>('.room__footer .composer__input')?.focus(), []);

  const { refused, sent } = gate;
  const onRefused = useCallback(
    (item: PendingMessage, refusal: SendRefusal) => {
      setDraft({ body: item.body });
      if (item.replyTo) setReplyTo(timeline.messages.find((m) => m.id === item.replyTo?.id) ?? null);
      refused(refusal);
    },
    [timeline.messages, refused],
  );
  const sending = useSendMessage(roomId, timeline.upsert, { onRefused, onWait: refused, onAccepted: sent });
  const actions = useMessageActions(timeline.upsert);
  const toggleReaction = useReactions();
  const presence = usePresence(roomId);
  const typists = useTypingUsers(meId);
  const notifyTyping = useTypingNotifier(roomId);
  const cheering = useCheering(roomId);
  const markers = useReadMarkers(roomId);
  const pinned = usePinnedMessages(roomId);
  useMemberCountUpdates();

  const role = room?.myMembership?.role ?? null;
  useRoomUpdates(roomId, isModeratorRole(role));
  const moderation = useModeration(roomId, role, meId, pinned.ids);
  const member = Boolean(room?.myMembership);
  const ready = timeline.status === 'ready';
  // Joined in place (not a member when the room opened): the viewer has read what is on screen.
  useMarkRead(roomId, timeline.lastSeq, member ? (timeline.openedReadSeq ?? 0) : null, ready && !timeline.hasNewer);
  const firstUnreadId = useFirstUnread(timeline.messages, ready && me !== null, timeline.openedReadSeq, meId);
  const candidates = useMemo(() => collectCandidates([...presence.members, ...timeline.messages.map((m) => m.author)], meId), [presence.members, timeline.messages, meId]);

  // Stable between renders, so the message rows re-render only when their message changes.
  const username = me?.username ?? null;
  const canModerate = isModeratorRole(role);
  const canPost = member && !gate.timedOut;
  const viewer: Viewer = useMemo(() => ({ id: meId, username, canModerate, canPost }), [meId, username, canModerate, canPost]);
  const openThread = useCallback((message: TimelineMessage) => setThread({ rootId: message.id, focusId: null }), []);

  // The live stream was refused: perhaps a ban (the room then says so), perhaps access ended. The
  // refusal is shown once the room was read again and it was not a ban.
  const [checkedLiveError, setCheckedLiveError] = useState<string | null>(null);
  useEffect(() => {
    const refusal = timeline.liveError;
    if (!refusal) return;
    let current = true;
    void readRoom().then(() => current && setCheckedLiveError(refusal));
    return () => {
      current = false;
    };
  }, [timeline.liveError, readRoom]);

  if (ban || banned) {
    return (
      <section className="room room--missing">
        <RoomHeader room={room} onShowRooms={onShowRooms} />
        <BannedNotice roomName={room?.name ?? null} reason={ban?.reason ?? null} />
      </section>
    );
  }

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

  const newest = timeline.messages[timeline.messages.length - 1];
  const small = (room?.memberCount ?? Infinity) <= SEEN_BY_MAX_MEMBERS;
  const seenBy = newest && small ? seenByText(markers, newest.seq, [meId, newest.author?.id]) : null;

  /** Escape anywhere in the room that nothing else took goes back to the composer. */
  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape' || event.defaultPrevented || (event.target as HTMLElement).closest('.composer')) return;
    focusComposer();
  }

  /** ↑ in the empty composer: the viewer's newest message of the main timeline opens to edit. */
  function editLast(): void {
    const mine = timeline.messages.findLast((m) => m.author?.id === meId && meId !== null && !m.deletedAt);
    if (mine) setEditRequest({ id: mine.id, onDone: focusComposer });
  }

  /** Scrolls to a message of the room wherever it is: in a thread, loaded, or further back. */
  async function showMessage(message: { id: string; threadRootId?: string | null }): Promise<void> {
    if (message.threadRootId) return setThread({ rootId: message.threadRootId, focusId: message.id });
    if (!timeline.messages.some((m) => m.id === message.id) && timeline.hasNewer) await timeline.showLatest();
    setFocus({ id: message.id, seek: true });
  }

  return (
    <div className={`room-shell${thread ? ' room-shell--thread' : ''}`}>
      <section className="room" aria-label={room ? `Room ${room.name}` : 'Room'} ref={section} onKeyDown={onKeyDown}>
        <RoomHeader room={room} onShowRooms={onShowRooms}>
          <RoomTools
            roomId={roomId}
            room={room}
            presence={presence}
            moderation={moderation}
            onShowMessage={(message) => void showMessage(message)}
            onShowHit={async (hit) => {
              if (hit.message.threadRootId) return setThread({ rootId: hit.message.threadRootId, focusId: hit.message.id });
              setFocus({ id: hit.message.id });
              if (!(await timeline.reveal(hit.message, hit.messageCursor))) setFocus(null);
            }}
          />
        </RoomHeader>
        <PinnedBar
          messages={pinned.messages}
          canUnpin={viewer.canModerate}
          onShow={(message) => void showMessage(message)}
          onUnpin={(id) => moderation.actions.setPinned(id, false)}
        />
        {timeline.liveError && timeline.liveError === checkedLiveError && (
          <ErrorNote
            action={
              <button type="button" className="link-button" onClick={timeline.reload}>
                Reconnect
              </button>
            }
          >
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
            editRequest={editRequest}
            moderation={moderation}
          />
          <CheerFloaters floaters={cheering.floaters} onLanded={cheering.landed} />
        </div>
        <RoomFooter
          typists={typists}
          standing={member ? 'member' : me && room?.kind === 'PUBLIC' ? 'reader' : !me ? 'anonymous' : 'none'}
          gate={gate}
          cheering={{ totals: cheering.totals, error: cheering.error, onCheer: cheering.cheer }}
          composer={{
            draft,
            replyTo,
            onCancelReply: () => setReplyTo(null),
            candidates,
            onTyping: notifyTyping,
            onEditLast: editLast,
            onSend: (body) => {
              if (timeline.hasNewer) void timeline.showLatest();
              sent();
              sending.send(body, replyTo);
              setReplyTo(null);
            },
          }}
          join={{ onJoin: join, joining, error: joinError }}
          onSignIn={onSignIn}
        />
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
          gate={gate}
          moderation={moderation}
        />
      )}
    </div>
  );
}
