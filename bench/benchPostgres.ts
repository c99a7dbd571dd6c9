// A PostgreSQL database of a benchmark's own: created on a server the bench reaches through an
// existing database (the admin URL), dropped at the end (with FORCE, so a server left connected
// cannot keep it), and the CPU its backends used, read from /proc: they run on this machine.
import pg from 'pg';
import { cpuSeconds } from './procStats';

/** Where the database is made: a trust-auth local server, through its `test` database. */
export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  name: string;
  /** The new database's URL (the admin URL with its database replaced). */
  url: string;
  /** PostgreSQL's own settings that decide what a commit costs, for the header. */
  settings: string;
  /** CPU seconds the database's current backends have used so far, by pid. */
  backendCpu(): Promise<Map<number, number>>;
  /** Terminates its sessions and drops it. Idempotent. */
  drop(): Promise<void>;
}

/** CPU seconds used between two backendCpu() readings, by backends alive at the second. */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

export async function createBenchDatabase(adminUrl: string, name: string): Promise<BenchDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Database name "${name}" is not a plain identifier.`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  let dropped = false;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end();
    throw new Error(`Cannot create database ${name} through ${adminUrl}: ${(error as Error).message}`, { cause: error });
  }
  const { rows } = await admin.query<{ name: string; setting: string }>(
    `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'wal_sync_method', 'commit_delay', 'server_version') ORDER BY name`,
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    settings: rows.map((row) => `${row.name}=${row.setting}`).join(', '),
    async backendCpu() {
      const { rows: backends } = await admin.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, [name]);
      const cpu = new Map<number, number>();
      for (const { pid } of backends) {
        try {
          cpu.set(pid, cpuSeconds(pid));
        } catch {
          // Exited meanwhile.
        }
      }
      return cpu;
    },
    async drop() {
      if (dropped) return;
      dropped = true;
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}
