// Identity: guests, accounts, bearer tokens.
import { CourtsideError, echo } from '../errors';
import { newId } from '../ids';
import type { PubSub } from '../pubsub';
import type { UserRow } from '../storage/rows';
import type { Store } from '../storage/store';
import { noAuthLimits, type AuthLimits } from './authLimits';
import { hashPassword, hashToCheck, hashToken, newToken, verifyPassword } from './credentials';
import { guestHandle, randomSuffix } from './handles';
import { checkPassword, cleanDisplayName, cleanUsername } from './validation';
import type { Viewer } from './viewer';

export interface AuthResult {
  token: string;
  user: UserRow;
  expiresAt: Date;
}

export interface UsersDeps {
  store: Store;
  pubsub: PubSub;
  tokenTtlDays: number;
  /** Per-address and per-username limits; none when left out (domain tests, scripts). */
  limits?: AuthLimits;
  now?: () => number;
}

export type Users = ReturnType<typeof createUsers>;

/** Suffix lengths tried in turn for a guest's handle: a clash at 4 characters is rare, at 8 vanishing. */
const SUFFIX_LENGTHS = [4, 4, 4, 8, 8];

/** The address of callers that come through no transport (domain tests, scripts). */
const IN_PROCESS = 'in-process';

export function createUsers({ store, pubsub, tokenTtlDays, limits = noAuthLimits, now = Date.now }: UsersDeps) {
  async function issueToken(user: UserRow): Promise<AuthResult> {
    const token = newToken();
    const expiresAt = new Date(now() + tokenTtlDays * 86_400_000);
    await store.users.insertSession({ tokenHash: hashToken(token), userId: user.id, expiresAt });
    return { token, user, expiresAt };
  }

  return {
    /** A guest with a generated handle, unique ignoring case, so others can @mention them. */
    async joinAsGuest(rawDisplayName: string, clientAddress = IN_PROCESS): Promise<AuthResult> {
      const displayName = cleanDisplayName(rawDisplayName);
      limits.beforeAccount(clientAddress);
      for (const length of SUFFIX_LENGTHS) {
        const username = guestHandle(displayName, randomSuffix(length));
        const user = await store.users.insertUnlessTaken({
          id: newId(),
          displayName,
          username,
          usernameKey: username.toLowerCase(),
          passwordHash: null,
          isGuest: true,
        });
        if (user) return issueToken(user);
      }
      throw new Error(`No free guest handle for "${displayName}" after ${SUFFIX_LENGTHS.length} tries.`);
    },

    /** CONFLICT when the username is taken ignoring case, also by a sign-up racing this one. */
    async signUp(input: { username: string; password: string; displayName: string }, clientAddress = IN_PROCESS): Promise<AuthResult> {
      const username = cleanUsername(input.username);
      const displayName = cleanDisplayName(input.displayName);
      const password = checkPassword(input.password);
      limits.beforeAccount(clientAddress);
      const taken = () => new CourtsideError('CONFLICT', `The username "${username}" is taken.`, { field: 'username' });
      const usernameKey = username.toLowerCase();
      const passwordHash = await hashPassword(password);
      if (await store.users.findByUsernameKey(usernameKey)) throw taken();
      const user = await store.users.insertUnlessTaken({ id: newId(), displayName, username, usernameKey, passwordHash, isGuest: false });
      if (!user) throw taken();
      return issueToken(user);
    },

    /** The same answer and the same work (one scrypt) for a wrong password and an unknown username. */
    async signIn(username: string, password: string, clientAddress = IN_PROCESS): Promise<AuthResult> {
      const key = username.trim().toLowerCase();
      limits.beforeSignIn(clientAddress, key);
      const user = await store.users.findByUsernameKey(key);
      const ok = await verifyPassword(password, await hashToCheck(user?.passwordHash));
      if (!user?.passwordHash || !ok) {
        limits.signInFailed(key);
        throw new CourtsideError('UNAUTHENTICATED', 'The username or password is wrong.');
      }
      return issueToken(user);
    },

    /** Revokes the caller's token at once and tells the transports to close its sockets. */
    async signOut(viewer: Viewer): Promise<boolean> {
      if (!viewer) return false;
      await store.users.deleteSession(viewer.tokenHash);
      pubsub.publish('sessionRevoked', viewer.user.id, { userId: viewer.user.id, tokenHash: viewer.tokenHash });
      return true;
    },

    /**
     * The viewer for a bearer token: null without a token; UNAUTHENTICATED for an unknown, revoked or
     * expired one (a wrong token is an error, never silently anonymous).
     */
    async authenticate(token: string | undefined | null): Promise<Viewer> {
      if (token === undefined || token === null || token === '') return null;
      const tokenHash = hashToken(token);
      const session = await store.users.findSession(tokenHash);
      if (!session || session.expiresAt.getTime() <= now()) {
        throw new CourtsideError('UNAUTHENTICATED', 'The token is invalid or has expired; sign in again.');
      }
      const user = await store.users.findById(session.userId);
      if (!user) throw new CourtsideError('UNAUTHENTICATED', 'The token belongs to no user; sign in again.');
      return { user, tokenHash };
    },

    /**
     * When the session behind a token hash ends (null when there is none), so a transport can check
     * again at that moment; whether a token is valid stays `authenticate`'s decision.
     */
    async sessionExpiresAt(tokenHash: string): Promise<Date | null> {
      return (await store.users.findSession(tokenHash))?.expiresAt ?? null;
    },

    /** Hot path for author fields: a primary-key lookup. */
    findById(id: string): Promise<UserRow | undefined> {
      return store.users.findById(id);
    },

    async getById(id: string): Promise<UserRow> {
      const user = await store.users.findById(id);
      if (!user) throw new CourtsideError('NOT_FOUND', `User '${echo(id)}' does not exist.`);
      return user;
    },
  };
}
