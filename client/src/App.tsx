// The shell: top bar (who you are, connection), the room list as a sidebar (a drawer on narrow
// screens), and the open room — or the way in for someone not signed in yet.
import { useEffect, useState } from 'react';
import { ConnectionIndicator } from './events/ConnectionIndicator';
import { RoomEventBusProvider } from './events/RoomEventBusContext';
import { useUserEvents } from './events/useUserEvents';
import { useModerationNotices } from './moderation/useModerationNotices';
import { CreateRoomForm } from './rooms/CreateRoomForm';
import { RoomList } from './rooms/RoomList';
import { RoomView } from './rooms/RoomView';
import { useRooms } from './rooms/useRooms';
import { useSelectedRoomId } from './rooms/useSelectedRoomId';
import { useTabTitle } from './rooms/useTabTitle';
import { ThemeToggle } from './ui/ThemeToggle';
import { AuthPanel } from './users/AuthPanel';
import { UserMenu } from './users/UserMenu';
import { useSession } from './users/useSession';

export function App() {
  const { signedIn } = useSession();
  const [roomId, selectRoom] = useSelectedRoomId();
  const rooms = useRooms();
  useTabTitle(rooms.rooms);
  const flashing = useUserEvents();
  const { bans, readmissions } = useModerationNotices();
  const [navOpen, setNavOpen] = useState(false);
  const [authOpen, setAuthOpen] = useState(false);

  // Picking a room closes the drawer on narrow screens.
  useEffect(() => setNavOpen(false), [roomId]);

  // On narrow screens the room list is a drawer: a dot on its button says another room has news.
  const unreadElsewhere = rooms.rooms.some((room) => room.id !== roomId && (room.myMembership?.unreadCount || room.myMembership?.mentionCount));
  const showAuth = authOpen || (!signedIn && !roomId);
  const drawerOpen = navOpen || (!roomId && !showAuth);

  return (
    <div className={`app${drawerOpen ? ' app--nav-open' : ''}`}>
      <header className="topbar">
        <button
          type="button"
          className={`icon-button topbar__menu${unreadElsewhere ? ' topbar__menu--unread' : ''}`}
          onClick={() => setNavOpen((open) => !open)}
          aria-label="Rooms"
        >
          ☰
        </button>
        <a className="brand" href="#">
          Courtside
        </a>
        <ConnectionIndicator />
        <span className="topbar__spacer" />
        <ThemeToggle />
        <UserMenu onSignIn={() => setAuthOpen(true)} />
      </header>
      <div className="layout">
        <aside className="sidebar" aria-label="Room list">
          <div className="sidebar__head">
            <h2>Rooms</h2>
          </div>
          <RoomList rooms={rooms.rooms} loading={rooms.loading} error={rooms.error} selectedId={roomId} flashing={flashing} onRetry={rooms.refetch} />
          {signedIn && (
            <div className="sidebar__foot">
              <CreateRoomForm onCreated={selectRoom} />
            </div>
          )}
        </aside>
        <main className="main">
          {showAuth ? (
            <div className="centered">
              <AuthPanel onDone={() => setAuthOpen(false)} onCancel={authOpen ? () => setAuthOpen(false) : undefined} />
            </div>
          ) : roomId ? (
            // A new bus, and everything following it, for each room (and again once a ban on it is lifted).
            <RoomEventBusProvider key={`${roomId}:${readmissions.get(roomId) ?? 0}`}>
              <RoomView roomId={roomId} ban={bans.get(roomId)} onShowRooms={() => setNavOpen(true)} onSignIn={() => setAuthOpen(true)} />
            </RoomEventBusProvider>
          ) : (
            <div className="centered">
              <div className="card empty">
                <h2>Pick a room</h2>
                <p className="muted">Choose a room on the left, or create a new one.</p>
              </div>
            </div>
          )}
        </main>
      </div>
    </div>
  );
}
