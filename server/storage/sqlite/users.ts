// Users and sessions on SQLite: prepared primary-key lookups (authenticate and author fields are hot).
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { sessions, users } from '../../db/schema';
import type { UserRow } from '../rows';
import type { UserStore } from '../store';

const p = (name: string) => sql.placeholder(name);

export function createSqliteUsers(db: Db): UserStore {
  const byId = db
    .select()
    .from(users)
    .where(eq(users.id, p('id')))
    .prepare();
  const byUsernameKey = db
    .select()
    .from(users)
    .where(eq(users.usernameKey, p('key')))
    .prepare();
  const sessionByHash = db
    .select()
    .from(sessions)
    .where(eq(sessions.tokenHash, p('hash')))
    .prepare();
  const insertSession = db
    .insert(sessions)
    .values({ tokenHash: p('tokenHash'), userId: p('userId'), expiresAt: p('expiresAt') })
    .prepare();
  const deleteSession = db
    .delete(sessions)
    .where(eq(sessions.tokenHash, p('hash')))
    .prepare();

  return {
    async findById(id) {
      return byId.get({ id });
    },
    async findByUsernameKey(key) {
      return byUsernameKey.get({ key });
    },
    async insertUnlessTaken(user): Promise<UserRow | undefined> {
      return db.insert(users).values(user).onConflictDoNothing({ target: users.usernameKey }).returning().get();
    },
    async insertSession(session) {
      insertSession.run(session);
    },
    async findSession(tokenHash) {
      return sessionByHash.get({ hash: tokenHash });
    },
    async deleteSession(tokenHash) {
      deleteSession.run({ hash: tokenHash });
    },
  };
}
