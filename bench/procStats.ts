// What the kernel says a process has used: CPU time and resident memory, from /proc (Linux only).
// The benchmark reads these for its server children before and after the load window.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second, the unit of utime and stime in /proc/<pid>/stat (usually 100). */
export const CLOCK_TICKS: number = (() => {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
})();

/** User plus system CPU seconds the process has consumed so far (its own threads, not children). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]); // field 14 overall
  const stime = Number(fields[12]); // field 15 overall
  return (utime + stime) / CLOCK_TICKS;
}

/** Resident set size in bytes (VmRSS). */
export function rssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`No VmRSS in /proc/${pid}/status.`);
  return Number(match[1]) * 1024;
}

/**
 * Seconds the process's main thread (the event loop) spent runnable but waiting for a CPU, from
 * /proc/<pid>/schedstat: how much other work on the same CPU held it back. NaN when unavailable.
 */
export function runQueueWaitSeconds(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;
  } catch {
    return NaN;
  }
}

/**
 * Machine-wide count of connections dropped because a listening socket's accept queue was full
 * (TcpExt ListenOverflows in /proc/net/netstat): a server too busy to accept shows up here as
 * client connect timeouts. Other processes count too. NaN when unavailable.
 */
export function listenOverflows(): number {
  try {
    const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n');
    const header = lines.findIndex((line) => line.startsWith('TcpExt:'));
    const names = lines[header].split(' ');
    const values = lines[header + 1].split(' ');
    return Number(values[names.indexOf('ListenOverflows')]);
  } catch {
    return NaN;
  }
}

/**
 * CPU seconds all processes together have used on CPU `cpu` so far (user, nice, system and steal;
 * not idle, I/O wait or interrupt time, which may be this benchmark's own network work), from
 * /proc/stat. Minus what the benchmark's own processes used there, it is other work's share. NaN
 * when unavailable.
 */
export function cpuBusySeconds(cpu: number): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`cpu${cpu} `));
    const [, user, nice, system, , , , , steal] = line!.trim().split(/\s+/).map(Number);
    return (user + nice + system + steal) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
