// The send benchmark's reference on PostgreSQL: the message rows Courtside stored, inserted again
// with plain `pg` into a copy of the `messages` table in the same database (`CREATE TABLE … (LIKE
// messages INCLUDING ALL)`: the same columns, generated search tsvector, primary key and indexes,
// GIN included; no foreign keys), one row per transaction (BEGIN; INSERT; COMMIT on one pooled
// connection: what a send that commits alone costs the database), from `concurrency` workers
// sharing a pool of `poolSize` connections, as the server's senders share its pool.
import pg from 'pg';
import { nowMs } from './openLoop';
import type { InsertResult, MessageRow } from './rawSqliteInserts';

const COPY = 'raw_messages';

/** The columns of `messages` a row carries (every one but generated ones), in table order. */
async function insertableColumns(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = 'messages' AND is_generated = 'NEVER'
     ORDER BY ordinal_position`,
  );
  return rows.map((row) => row.name);
}

/** All message rows of the database at `url`, in room and seq order, without generated columns. */
export async function readPgMessages(url: string): Promise<MessageRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await insertableColumns(client);
    const { rows } = await client.query<MessageRow>(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM messages ORDER BY room_id, seq`);
    return rows;
  } finally {
    await client.end();
  }
}

export interface PgInsertOptions {
  /** Workers inserting at once, each waiting for its COMMIT before its next row. */
  concurrency: number;
  /** Connections in the pool the workers share. */
  poolSize: number;
  maxSeconds: number;
  progress: (line: string) => void;
}

/**
 * Inserts `rows` into a fresh copy of `messages` in the database at `url`, one row per transaction,
 * until all are in or `maxSeconds` have passed; the copy is dropped afterwards. The pool's
 * connections are opened before the clock starts.
 */
export async function insertRowsPg(url: string, rows: MessageRow[], { concurrency, poolSize, maxSeconds, progress }: PgInsertOptions): Promise<InsertResult> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  try {
    await pool.query(`DROP TABLE IF EXISTS ${COPY}; CREATE TABLE ${COPY} (LIKE messages INCLUDING ALL)`);
    const columns = Object.keys(rows[0] ?? {});
    const insert = `INSERT INTO ${COPY} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
    const warm = await Promise.all(Array.from({ length: poolSize }, () => pool.connect()));
    warm.forEach((client) => client.release());

    let next = 0;
    let done = 0;
    const started = nowMs();
    const end = started + maxSeconds * 1000;
    let last = { done: 0, at: started };
    const ticker = setInterval(() => {
      const now = { done, at: nowMs() };
      progress(
        `raw pg 1-row transactions: ${done.toLocaleString('en-US')}/${rows.length.toLocaleString('en-US')} rows, ` +
          `${Math.round((now.done - last.done) / ((now.at - last.at) / 1000))}/s`,
      );
      last = now;
    }, 1000);
    const worker = async () => {
      while (next < rows.length && nowMs() < end) {
        const row = rows[next++];
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query(
            insert,
            columns.map((c) => row[c]),
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        } finally {
          client.release();
        }
        done++;
      }
    };
    try {
      await Promise.all(Array.from({ length: concurrency }, worker));
    } finally {
      clearInterval(ticker);
    }
    const seconds = (nowMs() - started) / 1000;
    await pool.query(`DROP TABLE ${COPY}`);
    return { rows: done, transactions: done, seconds, rowsPerSecond: done / seconds };
  } finally {
    await pool.end();
  }
}
