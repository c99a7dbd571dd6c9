// Users and sessions on PostgreSQL.
import { eq } from 'drizzle-orm';
import { sessions, users } from '../../db/pgSchema';
import type { UserStore } from '../store';
import type { PgExecutor } from './pgExecutor';

export function createPgUsers(db: PgExecutor): UserStore {
  return {
    async findById(id) {
      const [user] = await db.select().from(users).where(eq(users.id, id));
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
      const [session] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
      return session;
    },

    async deleteSession(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },
  };
}
