import { randomFillSync } from 'node:crypto';

let lastTime = 0;
let counter = 0;
/** Random bytes drawn 4 KiB at a time: one call into the system's generator per 682 ids. */
const pool = Buffer.alloc(4096);
let taken = pool.length;

function randomHex(bytes: number): string {
  if (taken + bytes > pool.length) {
    randomFillSync(pool);
    taken = 0;
  }
  taken += bytes;
  return pool.toString('hex', taken - bytes, taken);
}

/**
 * A new id that sorts by creation time within this process (time, then a counter), with random bits
 * so ids from several processes do not collide. Lists ordered by id are in creation order.
 */
export function newId(): string {
  const now = Date.now();
  counter = now === lastTime ? counter + 1 : 0;
  lastTime = now;
  return `${now.toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}${randomHex(6)}`;
}
