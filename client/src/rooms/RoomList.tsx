import { ErrorNote } from '../ui/ErrorNote';
import type { RoomSummary } from './useRooms';

interface RoomListProps {
  rooms: RoomSummary[];
  loading: boolean;
  error: string | null;
  selectedId: string | null;
  /** Rooms where the viewer was just mentioned. */
  flashing: ReadonlySet<string>;
  onRetry: () => void;
}

/** The open room shows no badge: it is being read (and marked read) as messages arrive. */
function Badges({ room }: { room: RoomSummary }) {
  const membership = room.myMembership;
  if (!membership || (membership.unreadCount === 0 && membership.mentionCount === 0)) return null;
  return (
    <span className="room-link__badges">
      {membership.mentionCount > 0 && (
        <span className="badge badge--mention" data-testid="mention-badge" aria-label={`${membership.mentionCount} mentions`}>
          @{membership.mentionCount > 1 ? membership.mentionCount : ''}
        </span>
      )}
      {membership.unreadCount > 0 && (
        <span className="badge" data-testid="unread-badge" aria-label={`${membership.unreadCount} unread`}>
          {membership.unreadCount > 99 ? '99+' : membership.unreadCount}
        </span>
      )}
    </span>
  );
}

/** The sidebar's rooms, each a link to `#/rooms/<id>`, with unread and mention badges. */
export function RoomList({ rooms, loading, error, selectedId, flashing, onRetry }: RoomListProps) {
  if (error) {
    return <ErrorNote onRetry={onRetry}>{error}</ErrorNote>;
  }
  if (loading) return <p className="muted sidebar__note">Loading rooms…</p>;
  if (rooms.length === 0) return <p className="muted sidebar__note">No rooms yet. Create the first one.</p>;
  return (
    <nav aria-label="Rooms">
      <ul className="room-list">
        {rooms.map((room) => {
          const active = room.id === selectedId;
          const unread = !active && (room.myMembership?.unreadCount ?? 0) > 0;
          return (
            <li key={room.id}>
              <a
                href={`#/rooms/${encodeURIComponent(room.id)}`}
                className={`room-link${active ? ' room-link--active' : ''}${unread ? ' room-link--unread' : ''}${flashing.has(room.id) && !active ? ' room-link--flash' : ''}`}
                aria-current={active ? 'page' : undefined}
                data-testid="room-link"
                data-room-id={room.id}
              >
                <span className="room-link__mark" aria-hidden="true">
                  {room.kind === 'PUBLIC' ? '#' : '🔒'}
                </span>
                <span className="room-link__text">
                  <span className="room-link__name">{room.name}</span>
                  {room.topic && <span className="room-link__topic">{room.topic}</span>}
                </span>
                {!active && <Badges room={room} />}
                {room.myMembership && !unread && !room.myMembership.mentionCount && <span className="room-link__joined" title="You are a member" aria-label="member" />}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
