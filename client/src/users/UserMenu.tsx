import { Avatar } from '../ui/Avatar';
import { useMe } from './useMe';
import { useSession } from './useSession';
import { useSignOut } from './useSignOut';

/** Who you are, with sign out; or a way in when anonymous. */
export function UserMenu({ onSignIn }: { onSignIn: () => void }) {
  const { signedIn } = useSession();
  const { me } = useMe();
  const signOut = useSignOut();

  if (!signedIn || !me) {
    return (
      <button type="button" className="button button--primary button--small" onClick={onSignIn}>
        Sign in
      </button>
    );
  }
  return (
    <div className="user-menu" data-testid="me">
      <Avatar id={me.id} name={me.displayName} size={28} />
      <span className="user-menu__name">
        <span className="user-menu__display">{me.displayName}</span>
        <span className="user-menu__sub">{me.isGuest ? `@${me.username} · guest` : `@${me.username}`}</span>
      </span>
      <button type="button" className="button button--quiet button--small" onClick={() => void signOut()}>
        Sign out
      </button>
    </div>
  );
}
