// One open room: header, timeline, and at the bottom whatever the viewer can do here — write,
// join the room, or sign in first.
import { useState } from 'react';
import { Composer } from '../messages/Composer';
import { MessageList } from '../messages/MessageList';
import type { TimelineMessage } from '../messages/timeline';
import { useMessageActions } from '../messages/useMessageActions';
import { useRoomTimeline } from '../messages/useRoomTimeline';
import { useSendMessage } from '../messages/useSendMessage';
import { ErrorNote } from '../ui/ErrorNote';
import { useMe } from '../users/useMe';
import { RoomHeader } from './RoomHeader';
import { useRoom } from './useRoom';

interface RoomViewProps {
  roomId: string;
  onShowRooms: () => void;
  onSignIn: () => void;
}

export function RoomView({ roomId, onShowRooms, onSignIn }: RoomViewProps) {
  const { room, error, join, joining, joinError } = useRoom(roomId);
  const { me } = useMe();
  const timeline = useRoomTimeline(roomId);
  const sending = useSendMessage(roomId, timeline.upsert);
  const actions = useMessageActions(timeline.upsert);
  const [replyTo, setReplyTo] = useState<TimelineMessage | null>(null);
  const [draft, setDraft] = useState<{ body: string } | null>(null);

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

  const role = room?.myMembership?.role;
  const member = Boolean(room?.myMembership);

  return (
    <section className="room" aria-label={room ? `Room ${room.name}` : 'Room'}>
      <RoomHeader room={room} onShowRooms={onShowRooms} />
      {timeline.liveError && (
        <ErrorNote action={<button type="button" className="link-button" onClick={timeline.reload}>Reconnect</button>}>
          Live updates stopped: {timeline.liveError}
        </ErrorNote>
      )}
      <MessageList
        timeline={timeline}
        pending={sending.pending}
        viewer={{ id: me?.id ?? null, canModerate: role === 'OWNER' || role === 'MODERATOR', canPost: member }}
        onReply={setReplyTo}
        actions={actions}
        onRetry={sending.retry}
        onDiscard={sending.discard}
        onEditPending={(item) => {
          sending.discard(item.clientMessageId);
          setDraft({ body: item.body });
          setReplyTo(timeline.messages.find((m) => m.id === item.replyTo?.id) ?? null);
        }}
      />
      <footer className="room__footer">
        {member ? (
          <Composer
            draft={draft}
            replyTo={replyTo}
            onCancelReply={() => setReplyTo(null)}
            onSend={(body) => {
              sending.send(body, replyTo);
              setReplyTo(null);
            }}
          />
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
  );
}
