import { randomBytes } from 'node:crypto';

let lastTime = 0;
let counter = 0;

/**
 * A new id that sorts by creation time within this process (time, then a counter), with random bits
 * so ids from several processes do not collide. Lists ordered by id are in creation order.
 */
export function newId(): string {
  const now = Date.now();
  counter = now === lastTime ? counter + 1 : 0;
  lastTime = now;
  return `${now.toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}${randomBytes(6).toString('hex')}`;
}
