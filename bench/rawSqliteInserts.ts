// The send benchmark's reference: the rows Courtside stored, inserted again with plain better-sqlite3
// into a fresh file with the same `messages` table and indexes, WAL and synchronous=FULL (an fsync
// per commit), either one row per IMMEDIATE transaction (what a send costs the disk today) or
// several per transaction (what a batched commit would cost).
import Database from 'better-sqlite3';
import { nowMs } from './openLoop';

export type MessageRow = Record<string, unknown>;

/** The `messages` table and index definitions of a database, and all its message rows in seq order. */
export function readMessages(path: string): { ddl: string[]; rows: MessageRow[] } {
  const db = new Database(path, { readonly: true });
  try {
    const ddl = db
      .prepare(`SELECT sql FROM sqlite_master WHERE tbl_name = 'messages' AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC`)
      .pluck()
      .all() as string[];
    return { ddl, rows: db.prepare('SELECT * FROM messages ORDER BY seq').all() as MessageRow[] };
  } finally {
    db.close();
  }
}

export interface InsertResult {
  rows: number;
  transactions: number;
  seconds: number;
  rowsPerSecond: number;
}

/**
 * Inserts `rows` into a fresh database at `path`, `perTransaction` rows per IMMEDIATE transaction,
 * until all are in or `maxSeconds` have passed. Synchronous: it blocks the event loop, so it reports
 * progress itself about once a second.
 */
export function insertRows(path: string, ddl: string[], rows: MessageRow[], perTransaction: number, maxSeconds: number, progress: (line: string) => void): InsertResult {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // Only the messages table is copied: its references to users and rooms have nothing to point at.
    db.pragma('foreign_keys = OFF');
    for (const statement of ddl) db.exec(statement);
    const columns = Object.keys(rows[0] ?? {});
    const insert = db.prepare(`INSERT INTO messages (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    const commit = db.transaction((batch: MessageRow[]) => {
      for (const row of batch) insert.run(row);
    });
    const started = nowMs();
    let nextReport = started + 1000;
    let done = 0;
    let transactions = 0;
    while (done < rows.length && nowMs() - started < maxSeconds * 1000) {
      commit.immediate(rows.slice(done, done + perTransaction));
      done = Math.min(rows.length, done + perTransaction);
      transactions++;
      if (nowMs() >= nextReport) {
        progress(
          `raw ${perTransaction}-row transactions: ${done.toLocaleString('en-US')}/${rows.length.toLocaleString('en-US')} rows, ${Math.round(done / ((nowMs() - started) / 1000))}/s`,
        );
        nextReport += 1000;
      }
    }
    const seconds = (nowMs() - started) / 1000;
    return { rows: done, transactions, seconds, rowsPerSecond: done / seconds };
  } finally {
    db.close();
  }
}
