// Real server processes (and small helper scripts) for fault tests: spawned as `npm start` runs the
// server (server/main.ts under tsx, without the client build), signalled, restarted on the same
// database file and port, and always killed by `cleanUp()` in afterAll, even after a failure.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestDb, TEST_STORE, type TestDatabase, type TestStoreKind } from '../testDatabase';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const children = new Set<ChildProcessWithoutNullStreams>();
const databases = new Set<TestDatabase>();

/** A child process with its output kept, for assertions and for failure messages. */
export interface Child {
  child: ChildProcessWithoutNullStreams;
  pid: number;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null when a signal ended it) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first match of `pattern` in the output; rejects if the process exits first or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  signal(signal: NodeJS.Signals): void;
}

/** Runs a TypeScript file of this repository with tsx, as its own process. */
export function runScript(file: string, env: Record<string, string> = {}, args: string[] = []): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  const watchers = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk;
    for (const watch of watchers) watch();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => {
      children.delete(child);
      done({ code, signal });
      for (const watch of watchers) watch();
    }),
  );
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  return {
    child,
    pid: child.pid!,
    output: () => output,
    exited,
    signal: (signal) => void child.kill(signal),
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((resolveMatch, reject) => {
        const timer = setTimeout(() => finish(new Error(`No ${pattern} from ${file} within ${timeoutMs} ms. Output:\n${output}`)), timeoutMs);
        const finish = (error: Error | null, match?: RegExpExecArray) => {
          clearTimeout(timer);
          watchers.delete(check);
          if (error) reject(error);
          else resolveMatch(match!);
        };
        const check = () => {
          const match = pattern.exec(output);
          if (match) finish(null, match);
          else if (hasExited || child.exitCode !== null || child.signalCode !== null) finish(new Error(`${file} exited before printing ${pattern}. Output:\n${output}`));
        };
        watchers.add(check);
        check();
      });
    },
  };
}

export interface ServerProcess extends Child {
  port: number;
  url: string;
  wsUrl: string;
  database: TestDatabase;
}

/** A fresh database for the store this run tests (or the one `kind` names), dropped by cleanUp. */
export async function faultDatabase(kind: TestStoreKind = TEST_STORE): Promise<TestDatabase> {
  const database = await createTestDb(kind);
  databases.add(database);
  return database;
}

/**
 * Starts server/main.ts on 127.0.0.1 and waits until it listens. PORT=0 (the default) lets the
 * kernel choose; pass the previous process's port to restart in its place.
 */
export async function startServerProcess(database: TestDatabase, env: Record<string, string> = {}, port = 0): Promise<ServerProcess> {
  const server = runScript('server/main.ts', { SERVE_CLIENT: '0', HOST: '127.0.0.1', PORT: String(port), ...database.env, ...env });
  const match = await server.waitFor(/chat at http:\/\/[^:]+:(\d+)\//, 30_000);
  const chosen = Number(match[1]);
  return {
    ...server,
    port: chosen,
    url: `http://127.0.0.1:${chosen}/graphql`,
    wsUrl: `ws://127.0.0.1:${chosen}/graphql`,
    database,
  };
}

/** Whether the process is still running (a stopped one counts as running). */
export function isAlive(child: Child): boolean {
  return child.child.exitCode === null && child.child.signalCode === null;
}

/**
 * For afterAll: SIGKILLs every child still running (after SIGCONT, so a stopped one dies at once),
 * then drops the databases faultDatabase made.
 */
export async function cleanUp(): Promise<void> {
  const running = [...children];
  await Promise.all(
    running.map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGCONT');
          child.kill('SIGKILL');
        }),
    ),
  );
  await Promise.all([...databases].map((database) => database.drop()));
  databases.clear();
}

// A test runner that dies without running afterAll must not leave servers behind.
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
