// Messages held by automated moderation, on SQLite. A taken (author, clientMessageId) throws
// UniqueViolation, as for published messages.
import { and, asc, count, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { heldMessages } from '../../db/schema';
import type { HeldMessageRow } from '../rows';
import { UniqueViolation, type HeldMessageStore } from '../store';

const p = (name: string) => sql.placeholder(name);

function isHeldClientIdTaken(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && String(message).includes('held_messages.author_id, held_messages.client_message_id');
}

export function createSqliteHeld(db: Db): HeldMessageStore {
  const byId = db
    .select()
    .from(heldMessages)
    .where(eq(heldMessages.id, p('id')))
    .prepare();
  const byClientId = db
    .select()
    .from(heldMessages)
    .where(and(eq(heldMessages.authorId, p('authorId')), eq(heldMessages.clientMessageId, p('clientId'))))
    .prepare();

  return {
    async findById(id) {
      return byId.get({ id });
    },
    async findByClientId(authorId, clientMessageId) {
      return byClientId.get({ authorId, clientId: clientMessageId });
    },
    async insert(row): Promise<HeldMessageRow> {
      try {
        return db.insert(heldMessages).values(row).returning().get();
      } catch (error) {
        throw isHeldClientIdTaken(error) ? new UniqueViolation('held_author_client_id') : error;
      }
    },
    async delete(id) {
      db.delete(heldMessages).where(eq(heldMessages.id, id)).run();
    },
    async reject(id, at) {
      return db.update(heldMessages).set({ status: 'REJECTED', decidedAt: at }).where(eq(heldMessages.id, id)).returning().get();
    },
    async page(roomId, authorId, afterId, limit) {
      return db
        .select()
        .from(heldMessages)
        .where(
          and(eq(heldMessages.roomId, roomId), eq(heldMessages.status, 'HELD'), gt(heldMessages.id, afterId), authorId === null ? undefined : eq(heldMessages.authorId, authorId)),
        )
        .orderBy(asc(heldMessages.id))
        .limit(limit)
        .all();
    },
    async countHeld(roomId) {
      return db
        .select({ n: count() })
        .from(heldMessages)
        .where(and(eq(heldMessages.roomId, roomId), eq(heldMessages.status, 'HELD')))
        .get()!.n;
    },
  };
}
