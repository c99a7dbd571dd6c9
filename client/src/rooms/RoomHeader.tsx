import type { RoomDetails } from './useRoom';

/** The room's name, topic and size; on narrow screens a button back to the room list. */
export function RoomHeader({ room, onShowRooms }: { room: RoomDetails | null; onShowRooms: () => void }) {
  return (
    <header className="room__header">
      <button type="button" className="icon-button room__back" onClick={onShowRooms} aria-label="Show rooms">
        ‹
      </button>
      <div className="room__title">
        <h1>
          <span className="room__mark" aria-hidden="true">
            {room?.kind === 'PUBLIC' ? '#' : room ? '🔒' : ''}
          </span>
          {room?.name ?? '…'}
        </h1>
        {room?.topic && <p className="room__topic">{room.topic}</p>}
      </div>
      {room && (
        <span className="room__members muted">
          {room.memberCount} {room.memberCount === 1 ? 'member' : 'members'}
        </span>
      )}
    </header>
  );
}
