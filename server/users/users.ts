// Identity: guests, accounts, bearer tokens.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { sessions, users, type UserRow } from '../db/schema';
import { CourtsideError, echo } from '../errors';
import { newId } from '../ids';
import type { PubSub } from '../pubsub';
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
  db: Db;
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

export function createUsers({ db, pubsub, tokenTtlDays, limits = noAuthLimits, now = Date.now }: UsersDeps) {
  const byId = db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare();
  const sessionByHash = db
    .select()
    .from(sessions)
    .where(eq(sessions.tokenHash, sql.placeholder('hash')))
    .prepare();

  function issueToken(user: UserRow): AuthResult {
    const token = newToken();
    const expiresAt = new Date(now() + tokenTtlDays * 86_400_000);
    db.insert(sessions)
      .values({ tokenHash: hashToken(token), userId: user.id, expiresAt })
      .run();
    return { token, user, expiresAt };
  }

  return {
    /** A guest with a generated handle, unique ignoring case, so others can @mention them. */
    joinAsGuest(rawDisplayName: string, clientAddress = IN_PROCESS): AuthResult {
      const displayName = cleanDisplayName(rawDisplayName);
      limits.beforeAccount(clientAddress);
      for (const length of SUFFIX_LENGTHS) {
        const username = guestHandle(displayName, randomSuffix(length));
        const user = db
          .insert(users)
          .values({ id: newId(), displayName, username, usernameKey: username.toLowerCase(), isGuest: true })
          .onConflictDoNothing({ target: users.usernameKey })
          .returning()
          .get();
        if (user) return issueToken(user);
      }
      throw new Error(`No free guest handle for "${displayName}" after ${SUFFIX_LENGTHS.length} tries.`);
    },

    async signUp(input: { username: string; password: string; displayName: string }, clientAddress = IN_PROCESS): Promise<AuthResult> {
      const username = cleanUsername(input.username);
      const displayName = cleanDisplayName(input.displayName);
      const password = checkPassword(input.password);
      limits.beforeAccount(clientAddress);
      const passwordHash = await hashPassword(password);
      const taken = db.select({ id: users.id }).from(users).where(eq(users.usernameKey, username.toLowerCase())).get();
      if (taken) throw new CourtsideError('CONFLICT', `The username "${username}" is taken.`, { field: 'username' });
      const user = db.insert(users).values({ id: newId(), displayName, username, usernameKey: username.toLowerCase(), passwordHash, isGuest: false }).returning().get();
      return issueToken(user);
    },

    /** The same answer and the same work (one scrypt) for a wrong password and an unknown username. */
    async signIn(username: string, password: string, clientAddress = IN_PROCESS): Promise<AuthResult> {
      const key = username.trim().toLowerCase();
      limits.beforeSignIn(clientAddress, key);
      const user = db.select().from(users).where(eq(users.usernameKey, key)).get();
      const ok = await verifyPassword(password, await hashToCheck(user?.passwordHash));
      if (!user?.passwordHash || !ok) {
        limits.signInFailed(key);
        throw new CourtsideError('UNAUTHENTICATED', 'The username or password is wrong.');
      }
      return issueToken(user);
    },

    /** Revokes the caller's token at once and tells the transports to close its sockets. */
    signOut(viewer: Viewer): boolean {
      if (!viewer) return false;
      db.delete(sessions).where(eq(sessions.tokenHash, viewer.tokenHash)).run();
      pubsub.publish('sessionRevoked', viewer.user.id, { userId: viewer.user.id, tokenHash: viewer.tokenHash });
      return true;
    },

    /**
     * The viewer for a bearer token: null without a token; UNAUTHENTICATED for an unknown, revoked or
     * expired one (a wrong token is an error, never silently anonymous).
     */
    authenticate(token: string | undefined | null): Viewer {
      if (token === undefined || token === null || token === '') return null;
      const tokenHash = hashToken(token);
      const session = sessionByHash.get({ hash: tokenHash });
      if (!session || session.expiresAt.getTime() <= now()) {
        throw new CourtsideError('UNAUTHENTICATED', 'The token is invalid or has expired; sign in again.');
      }
      const user = byId.get({ id: session.userId });
      if (!user) throw new CourtsideError('UNAUTHENTICATED', 'The token belongs to no user; sign in again.');
      return { user, tokenHash };
    },

    /**
     * When the session behind a token hash ends (null when there is none), so a transport can check
     * again at that moment; whether a token is valid stays `authenticate`'s decision.
     */
    sessionExpiresAt(tokenHash: string): Date | null {
      return sessionByHash.get({ hash: tokenHash })?.expiresAt ?? null;
    },

    /** Hot path for author fields: a prepared primary-key lookup. */
    findById(id: string): UserRow | undefined {
      return byId.get({ id });
    },

    getById(id: string): UserRow {
      const user = byId.get({ id });
      if (!user) throw new CourtsideError('NOT_FOUND', `User '${echo(id)}' does not exist.`);
      return user;
    },
  };
}
