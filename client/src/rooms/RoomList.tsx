import { ErrorNote } from '../ui/ErrorNote';
import type { RoomSummary } from './useRooms';

interface RoomListProps {
  rooms: RoomSummary[];
  loading: boolean;
  error: string | null;
  selectedId: string | null;
  onRetry: () => void;
}

/** The sidebar's rooms, each a link to `#/rooms/<id>`. */
export function RoomList({ rooms, loading, error, selectedId, onRetry }: RoomListProps) {
  if (error) {
    return (
      <ErrorNote action={<button type="button" className="link-button" onClick={onRetry}>Retry</button>}>
        {error}
      </ErrorNote>
    );
  }
  if (loading) return <p className="muted sidebar__note">Loading rooms…</p>;
  if (rooms.length === 0) return <p className="muted sidebar__note">No rooms yet. Create the first one.</p>;
  return (
    <nav aria-label="Rooms">
      <ul className="room-list">
        {rooms.map((room) => (
          <li key={room.id}>
            <a
              href={`#/rooms/${encodeURIComponent(room.id)}`}
              className={`room-link${room.id === selectedId ? ' room-link--active' : ''}`}
              aria-current={room.id === selectedId ? 'page' : undefined}
            >
              <span className="room-link__mark" aria-hidden="true">
                {room.kind === 'PUBLIC' ? '#' : '🔒'}
              </span>
              <span className="room-link__text">
                <span className="room-link__name">{room.name}</span>
                {room.topic && <span className="room-link__topic">{room.topic}</span>}
              </span>
              {room.myMembership && <span className="room-link__joined" title="You are a member" aria-label="member" />}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
