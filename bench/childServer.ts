// A server under test as a separate child process, optionally pinned to one CPU, so its CPU time and
// memory can be read from /proc apart from the load generator's. Load-generator processes start the
// same way, with an IPC channel and their own ready line.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

/** True when `taskset` exists; without it nothing is pinned. */
export const canPin: boolean = (() => {
  try {
    execFileSync('which', ['taskset'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Pins this process (all its threads) to `cpu`; threads and children started later inherit it. */
export function pinSelf(cpu: number): boolean {
  if (!canPin) return false;
  execFileSync('taskset', ['-a', '-p', '-c', String(cpu), String(process.pid)], { stdio: 'ignore' });
  return true;
}

export interface ChildServerOptions {
  /** Shown in progress lines. */
  label: string;
  /** A TypeScript entry point, run as `node --import tsx <script>`, or COURTSIDE_SERVER. */
  script: string;
  cwd: string;
  env: Record<string, string>;
  /** CPU to pin the child to when taskset exists. */
  cpu: number | null;
  startTimeoutMs?: number;
  /** The line that means "started"; its first group, when there is one, is the port. Default: "… at http://host:PORT/". */
  ready?: RegExp;
  /** Opens an IPC channel (structured-clone serialization, so typed arrays travel as such). */
  ipc?: boolean;
  /**
   * Raises the open-file limit (`ulimit -n`) in the shell that starts the child to this, or to the
   * hard limit when that is lower: every socket is a file descriptor.
   */
  fdLimit?: number;
  /** False: no CPU profile of this child even with BENCH_CPU_PROF_DIR (a helper, not a server under test). */
  profile?: boolean;
}

export interface ChildServer {
  pid: number;
  port: number;
  /** Lines that look like trouble (stderr, or mentioning error/warn/exception), at most 50 kept. */
  troubleLines: string[];
  troubleCount: number;
  /** True once the process has exited. */
  exited(): boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. Idempotent. */
  stop(graceMs?: number): Promise<void>;
  /** With `ipc`: sends a message to the child, and listens to the ones it sends. */
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once when the process exits, with its exit code (-1 when a signal ended it). */
  onExit(listener: (code: number | null) => void): void;
}

/**
 * Courtside as `npm start` runs it: the server bundle that `npm run build:server` writes (esbuild,
 * without the function-name wrappers tsx adds to every closure), built once per bench run.
 */
export const COURTSIDE_SERVER = 'dist/server/main.js';
let courtsideBuilt = false;

function buildCourtside(cwd: string): void {
  if (courtsideBuilt) return;
  execFileSync('npm', ['run', '--silent', 'build:server'], { cwd, stdio: 'inherit' });
  courtsideBuilt = true;
}

/** The line both servers print once listening: "… at http://host:PORT/". */
const READY = / at http:\/\/[^\s/]+:(\d+)\//;
const TROUBLE = /error|warn|exception|unhandled|fatal/i;
const ANSI = /\x1b\[[0-9;]*m/g;

/** `sh -c` that sets the open-file limit (as high as allowed) and then execs `argv`, keeping the pid. */
function withFdLimit(limit: number, argv: string[]): string[] {
  const script = `ulimit -n ${limit} 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$0" "$@"`;
  return ['sh', '-c', script, ...argv];
}

export function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const { label, script, cwd, env, cpu, startTimeoutMs = 30_000, ready = READY, ipc = false, fdLimit } = options;
  // BENCH_CPU_PROF_DIR=dir writes a V8 CPU profile of every child server there when it exits.
  const profile = process.env.BENCH_CPU_PROF_DIR && options.profile !== false ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
  if (script === COURTSIDE_SERVER) buildCourtside(cwd);
  const node = [process.execPath, ...profile, ...(script.endsWith('.js') ? ['--enable-source-maps'] : ['--import', 'tsx']), script];
  const pinned = cpu !== null && canPin ? ['taskset', '-c', String(cpu), ...node] : node;
  // sh and taskset exec node, so the pid is the server's own.
  const [command, ...args] = fdLimit ? withFdLimit(fdLimit, pinned) : pinned;
  const child: ChildProcess = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    serialization: ipc ? 'advanced' : 'json',
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((done) => child.once('exit', (code, signal) => ((exitCode = code ?? (signal ? -1 : null)), done())));
  const troubleLines: string[] = [];
  let troubleCount = 0;
  let onLine: (line: string) => void = () => {};

  const watch = (stream: NodeJS.ReadableStream, isStderr: boolean) => {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const coloured of lines) {
        const line = coloured.replace(ANSI, '');
        if (isStderr || TROUBLE.test(line)) {
          troubleCount++;
          if (troubleLines.length < 50) troubleLines.push(`${label}: ${line}`);
        }
        onLine(line);
      }
    });
  };
  watch(child.stdout!, false);
  watch(child.stderr!, true);

  const server: ChildServer = {
    pid: child.pid!,
    port: 0,
    troubleLines,
    get troubleCount() {
      return troubleCount;
    },
    exited: () => exitCode !== undefined,
    async stop(graceMs = 5000) {
      if (exitCode !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
    send(message) {
      if (exitCode === undefined && child.connected) child.send(message as object);
    },
    onMessage(listener) {
      child.on('message', listener);
    },
    onExit(listener) {
      void exited.then(() => listener(exitCode ?? null));
    },
  };

  return new Promise<ChildServer>((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void server.stop(1000).then(() => reject(new Error(`${label} did not start: ${why}\n${troubleLines.join('\n')}`)));
    };
    const timer = setTimeout(() => fail(`no "listening" line within ${startTimeoutMs} ms`), startTimeoutMs);
    void exited.then(() => fail(`exited with ${exitCode}`));
    onLine = (line) => {
      const match = ready.exec(line);
      if (!match || settled) return;
      settled = true;
      clearTimeout(timer);
      server.port = Number(match[1] ?? 0);
      resolve(server);
    };
  });
}
