import { describe, expect, it } from 'vitest';
import { BoundedSubscription, createMemoryPubSub } from './memoryPubSub';

describe('BoundedSubscription', () => {
  it('delivers pushed payloads in order, to a waiting reader and from its queue', async () => {
    const sub = new BoundedSubscription<number>({ limit: 10, onOverflow: () => {} }, () => {});
    const waiting = sub.next();
    sub.push(1);
    sub.push(2);
    sub.push(3);
    expect(await waiting).toEqual({ value: 1, done: false });
    expect(await sub.next()).toEqual({ value: 2, done: false });
    expect(await sub.next()).toEqual({ value: 3, done: false });
  });

  it('ends and calls onOverflow once when a reader falls more than `limit` behind, holding at most `limit`', async () => {
    let overflows = 0;
    let released = 0;
    const sub = new BoundedSubscription<number>({ limit: 3, onOverflow: () => overflows++ }, () => released++);
    for (let i = 0; i < 1000; i++) sub.push(i);
    expect(overflows).toBe(1);
    expect(released).toBe(1);
    expect(sub.queued).toBe(0);
    expect(await sub.next()).toEqual({ value: undefined, done: true });
  });

  it('ends a pending read when returned', async () => {
    let released = 0;
    const sub = new BoundedSubscription<number>({ limit: 3, onOverflow: () => {} }, () => released++);
    const pending = sub.next();
    await sub.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(released).toBe(1);
  });
});

describe('createMemoryPubSub', () => {
  it('delivers to subscribers of the same topic key only, and forgets them when they end', async () => {
    const pubsub = createMemoryPubSub();
    const a = pubsub.subscribe('room', 'r1', { limit: 10, onOverflow: () => {} });
    const b = pubsub.subscribe('room', 'r2', { limit: 10, onOverflow: () => {} });
    pubsub.publish('room', 'r1', { type: 'MembershipEnded', roomId: 'r1', userId: 'u', readAccessLost: true });
    expect(await a.next()).toMatchObject({ value: { roomId: 'r1' } });
    expect(pubsub.subscriberCount('room', 'r1')).toBe(1);
    await a.return!();
    await b.return!();
    expect(pubsub.subscriberCount('room', 'r1')).toBe(0);
    expect(pubsub.subscriberCount('room', 'r2')).toBe(0);
  });

  it('keeps publishing to others when one subscriber overflows during a publish', async () => {
    const pubsub = createMemoryPubSub();
    const slow = pubsub.subscribe('room', 'r', { limit: 1, onOverflow: () => {} });
    const fast = pubsub.subscribe('room', 'r', { limit: 100, onOverflow: () => {} });
    for (let i = 0; i < 5; i++) pubsub.publish('room', 'r', { type: 'MembershipEnded', roomId: 'r', userId: String(i), readAccessLost: true });
    expect(pubsub.subscriberCount('room', 'r')).toBe(1);
    const received = [];
    for (let i = 0; i < 5; i++) received.push(((await fast.next()).value as { userId: string }).userId);
    expect(received).toEqual(['0', '1', '2', '3', '4']);
    expect((await slow.next()).done).toBe(true); // its queue was dropped: it resumes from its last seq
  });
});
