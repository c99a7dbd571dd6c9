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

describe('BoundedSubscription piped to a sink', () => {
  const subscription = (limit = 3) => {
    const seen = { overflows: 0, released: 0 };
    const sub = new BoundedSubscription<number>({ limit, onOverflow: () => seen.overflows++ }, () => seen.released++);
    return { sub, seen };
  };

  it('hands over what was queued, then each payload synchronously as it is pushed', async () => {
    const { sub } = subscription();
    sub.push(1);
    sub.push(2);
    const got: number[] = [];
    const piped = sub.pipeTo((n) => void got.push(n));
    expect(got).toEqual([1, 2]);
    sub.push(3);
    expect(got).toEqual([1, 2, 3]);
    await sub.return();
    await expect(piped).resolves.toBeUndefined();
  });

  it('queues while the sink is behind, resumes in order once it catches up, and overflows past `limit`', async () => {
    const { sub, seen } = subscription(3);
    const got: number[] = [];
    let catchUp = () => {};
    sub.pipeTo((n) => {
      got.push(n);
      if (n === 1) return new Promise<void>((done) => (catchUp = done));
    });
    sub.push(1);
    sub.push(2);
    sub.push(3);
    expect(got).toEqual([1]);
    expect(sub.queued).toBe(2);
    catchUp();
    await Promise.resolve();
    expect(got).toEqual([1, 2, 3]);

    const { sub: stuck, seen: stuckSeen } = subscription(3);
    const piped = stuck.pipeTo(() => new Promise<void>(() => {}));
    for (let i = 0; i < 100; i++) stuck.push(i);
    expect(stuckSeen).toEqual({ overflows: 1, released: 1 });
    await expect(piped).resolves.toBeUndefined();
    expect(seen.overflows).toBe(0);
  });

  it('ends with the error a sink throws, and is read one way only', async () => {
    const { sub, seen } = subscription();
    const piped = sub.pipeTo(() => {
      throw new Error('no access');
    });
    sub.push(1);
    await expect(piped).rejects.toThrow('no access');
    expect(seen.released).toBe(1);

    const { sub: read } = subscription();
    void read.next();
    expect(() => read.pipeTo(() => {})).toThrow(/one way/);
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
