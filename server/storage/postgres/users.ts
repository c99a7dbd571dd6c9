// Users and sessions on PostgreSQL.
import { eq, sql } from 'drizzle-orm';
import { sessions, users } from '../../db/pgSchema';
import type { UserStore } from '../store';
import { prepared, type PgExecutor } from './pgExecutor';

export function createPgUsers(db: PgExecutor): UserStore {
  // Hot path: every authenticated request reads its session and its user.
  const byId = prepared(() =>
    db
      .select()
      .from(users)
      .where(eq(users.id, sql.placeholder('id'))),
  );
  const sessionByHash = prepared(() =>
    db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, sql.placeholder('hash'))),
  );

  return {
    async findById(id) {
      const [user] = await byId().execute({ id });
      return user;
    },

    async findByUsernameKey(key) {
      const [user] = await db.select().from(users).where(eq(users.usernameKey, key));
      return user;
    },

    async insertUnlessTaken(user) {
      const [inserted] = await db.insert(users).values(user).onConflictDoNothing({ target: users.usernameKey }).returning();
      return inserted;
    },

    async insertSession(session) {
      await db.insert(sessions).values(session);
    },

    async findSession(tokenHash) {
      const [session] = await sessionByHash().execute({ hash: tokenHash });
      return session;
    },

    async deleteSession(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },
  };
}
