import type { ReactNode } from 'react';
import type { RoomDetails } from './useRoom';

interface RoomHeaderProps {
  room: RoomDetails | null;
  onShowRooms: () => void;
  /** Search, presence and their panels. */
  children?: ReactNode;
}

/** The room's name, topic and size, and its tools; on narrow screens a button back to the room list. */
export function RoomHeader({ room, onShowRooms, children }: RoomHeaderProps) {
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
      {children}
      {room && (
        <span className="room__members muted">
          {room.memberCount} {room.memberCount === 1 ? 'member' : 'members'}
        </span>
      )}
    </header>
  );
}
