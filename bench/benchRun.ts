// What every benchmark entry point does around its work: command-line flags, timestamped progress
// lines, cleanups that run on every way out (newest first), a hard time limit, and the exit code.

/**
 * Flags as `--name=value` (or a bare `--switch`); each value may also come from an environment
 * variable (the flag wins). Throws on an argument it does not know.
 */
export function readFlags(argv: string[], valueFlags: string[], switches: string[] = []) {
  const unknown = argv.find((a) => !switches.includes(a.slice(2)) && !valueFlags.some((name) => a.startsWith(`--${name}=`)));
  if (unknown) throw new Error(`Unknown argument "${unknown}"; use ${[...switches.map((s) => `--${s}`), ...valueFlags.map((n) => `--${n}=N`)].join(', ')}.`);
  const raw = (name: string, env: string): string | undefined => {
    const arg = argv.find((a) => a.startsWith(`--${name}=`));
    const value = arg ? arg.slice(name.length + 3) : process.env[env];
    return value === '' ? undefined : value;
  };
  const positive = (name: string, env: string, text: string): number => {
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} (${env}) must be a positive number, got "${text}".`);
    return value;
  };
  return {
    has: (name: string): boolean => argv.includes(`--${name}`),
    number(name: string, env: string, fallback: number): number {
      const text = raw(name, env);
      return text === undefined ? fallback : positive(name, env, text);
    },
    /** A comma-separated list of positive numbers. */
    list(name: string, env: string, fallback: number[]): number[] {
      const text = raw(name, env);
      return text === undefined ? fallback : text.split(',').map((part) => positive(name, env, part.trim()));
    },
  };
}

export type Progress = (line: string) => void;

export function createBenchRun(name: string) {
  const started = performance.now();
  /** Run on the way out, newest first; each is idempotent. */
  const cleanups: (() => Promise<void> | void)[] = [];

  async function cleanUp(): Promise<void> {
    for (const cleanup of cleanups.reverse().splice(0)) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`cleanup failed: ${error}`);
      }
    }
  }

  async function abort(why: string, code: number): Promise<never> {
    console.error(`${name}: ${why}`);
    await cleanUp();
    process.exit(code);
  }

  return {
    progress: ((line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`)) as Progress,

    onCleanup(cleanup: () => Promise<void> | void): void {
      cleanups.push(cleanup);
    },

    /** Reads the options, or exits with 2 and the reason. */
    options<T>(read: () => T): T {
      try {
        return read();
      } catch (error) {
        console.error(`${name}: ${(error as Error).message}`);
        process.exit(2);
      }
    },

    /**
     * Runs `main` and exits with the code it returns (0 when none), cleaning up first. Whatever
     * hangs, the run ends after `limitSeconds` (exit 3); a signal or a throw also cleans up.
     */
    run(main: () => Promise<number | void>, limitSeconds: number): void {
      const deadline = setTimeout(() => void abort(`aborted after ${limitSeconds} s`, 3), limitSeconds * 1000);
      process.once('SIGINT', () => void abort('interrupted', 130));
      process.once('SIGTERM', () => void abort('terminated', 143));
      main().then(
        async (code) => {
          clearTimeout(deadline);
          await cleanUp();
          process.exit(code ?? 0);
        },
        (error: unknown) => abort(error instanceof Error ? (error.stack ?? error.message) : String(error), 1),
      );
    },
  };
}
