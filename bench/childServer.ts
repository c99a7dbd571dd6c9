// A server under test as a separate child process, optionally pinned to one CPU, so its CPU time and
// memory can be read from /proc apart from the load generator's.
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
  /** A TypeScript entry point, run as `node --import tsx <script>`. */
  script: string;
  cwd: string;
  env: Record<string, string>;
  /** CPU to pin the child to when taskset exists. */
  cpu: number | null;
  startTimeoutMs?: number;
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
}

/** The line both servers print once listening: "… at http://host:PORT/". */
const READY = / at http:\/\/[^\s/]+:(\d+)\//;
const TROUBLE = /error|warn|exception|unhandled|fatal/i;
const ANSI = /\x1b\[[0-9;]*m/g;

export function startChildServer({ label, script, cwd, env, cpu, startTimeoutMs = 30_000 }: ChildServerOptions): Promise<ChildServer> {
  const node = [process.execPath, '--import', 'tsx', script];
  const [command, ...args] = cpu !== null && canPin ? ['taskset', '-c', String(cpu), ...node] : node;
  // taskset execs node, so the pid is the server's own.
  const child: ChildProcess = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
      const match = READY.exec(line);
      if (!match || settled) return;
      settled = true;
      clearTimeout(timer);
      server.port = Number(match[1]);
      resolve(server);
    };
  });
}
