// Holds the SQLite write lock from another process, as a backup tool or a second writer would:
// opens DATABASE_PATH, runs BEGIN IMMEDIATE, prints `locked`, and waits for a line `release` on
// stdin; then it ends the transaction, prints `released` and exits 0.
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';

const db = new Database(process.env.DATABASE_PATH!);
db.pragma('busy_timeout = 10000');
db.exec('BEGIN IMMEDIATE');
console.log('locked');

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'release') return;
  db.exec('ROLLBACK');
  db.close();
  console.log('released');
  process.exit(0);
});
