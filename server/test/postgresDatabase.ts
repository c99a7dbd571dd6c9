// Throwaway PostgreSQL databases for tests, on the local server (COURTSIDE_TEST_PG: an admin URL,
// by default postgres://postgres@127.0.0.1:5432/test; its database is only connected to, never changed).
//
// Migrating a database takes a while, so each set of migrations is applied once, into a template
// database named after a hash of drizzle/postgres/*.sql, and every test database is a copy of it
// (CREATE DATABASE … TEMPLATE). Workers starting together take turns building the template under an
// advisory lock; the one that builds it marks it IS_TEMPLATE last, so a half-built one (a worker killed
// while building) is not used: the next worker drops it and builds it again. Templates of other
// migrations are left alone (another checkout may be using them).
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgres } from '../db/openPostgres';
import { PROJECT_ROOT } from '../projectRoot';

const ADMIN_URL = process.env.COURTSIDE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The key of the advisory lock taken while building a template ('CtsTpl' in ASCII). */
const TEMPLATE_LOCK = 0x43747354706cn.toString();

let admin: pg.Pool | undefined;
let template: Promise<string> | undefined;
let counter = 0;

function adminPool(): pg.Pool {
  if (!admin) {
    admin = new pg.Pool({ connectionString: ADMIN_URL, max: 4, allowExitOnIdle: true });
    admin.on('error', () => {}); // an idle admin connection lost: the next query opens another
  }
  return admin;
}

/** The URL of database `name` on the admin URL's server, with its credentials. */
function urlOf(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function templateName(): string {
  const folder = join(PROJECT_ROOT, 'drizzle', 'postgres');
  const hash = createHash('sha256');
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.sql'))
    .sort())
    hash.update(readFileSync(join(folder, file)));
  return `courtside_tpl_${hash.digest('hex').slice(0, 12)}`;
}

async function ensureTemplate(): Promise<string> {
  const name = templateName();
  const client = await adminPool().connect();
  try {
    await client.query('SELECT pg_advisory_lock($1::bigint)', [TEMPLATE_LOCK]);
    try {
      const { rows } = await client.query<{ datistemplate: boolean }>('SELECT datistemplate FROM pg_database WHERE datname = $1', [name]);
      if (rows[0]?.datistemplate) return name;
      if (rows[0]) await client.query(`DROP DATABASE ${quote(name)} WITH (FORCE)`); // half-built
      await client.query(`CREATE DATABASE ${quote(name)}`);
      const db = await openPostgres(urlOf(name), { max: 1 });
      await db.$client.end();
      await client.query(`ALTER DATABASE ${quote(name)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
      return name;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [TEMPLATE_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** A new database with every migration applied, and how to drop it. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  template ??= ensureTemplate().catch((error: unknown) => {
    template = undefined;
    throw error;
  });
  const source = await template;
  const name = `courtside_t_${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`;
  await adminPool().query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(source)}`);
  let dropped: Promise<void> | undefined;
  return {
    url: urlOf(name),
    drop() {
      dropped ??= (async () => {
        const pool = adminPool();
        await pool.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        await pool.query(`DROP DATABASE IF EXISTS ${quote(name)}`);
      })();
      return dropped;
    },
  };
}
