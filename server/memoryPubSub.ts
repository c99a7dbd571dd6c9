// The in-process PubSub: one Set of subscribers per topic key, each with a bounded queue.
import type { PubSub, Sink, SubscribeOptions, Subscription, Topics } from './pubsub';

/**
 * An async iterator fed by `push`, or a push to a sink once piped. It holds at most `limit`
 * undelivered payloads; one more ends it and calls `onOverflow`, so a consumer that stops reading
 * costs bounded memory and never throws inside `publish`.
 */
export class BoundedSubscription<P> implements Subscription<P> {
  private queue: P[] = [];
  private head = 0;
  private waiting: ((result: IteratorResult<P>) => void) | null = null;
  private ended = false;
  private sink: Sink<P> | null = null;
  /** The piped sink returned a promise that has not settled: payloads queue meanwhile. */
  private paused = false;
  private piped: { resolve: () => void; reject: (error: unknown) => void } | null = null;

  constructor(
    private readonly options: SubscribeOptions,
    private readonly release: () => void,
  ) {}

  /** Hot path: runs once per published payload per subscriber. */
  push(payload: P): void {
    if (this.ended) return;
    if (this.sink && !this.paused && this.head === this.queue.length) {
      this.deliver(payload);
      return;
    }
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: payload, done: false });
      return;
    }
    if (this.queue.length - this.head >= this.options.limit) {
      this.end();
      this.options.onOverflow();
      return;
    }
    this.queue.push(payload);
  }

  pipeTo(sink: Sink<P>): Promise<void> {
    if (this.sink || this.waiting) throw new Error('A subscription is read one way: piped once, or with next().');
    if (this.ended) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.sink = sink;
      this.piped = { resolve, reject };
      this.drain();
    });
  }

  /** Hot path once piped: once per published payload per subscriber. */
  private deliver(payload: P): void {
    let taken;
    try {
      taken = this.sink!(payload);
    } catch (error) {
      this.fail(error);
      return;
    }
    if (!taken) return;
    this.paused = true;
    taken.then(
      () => {
        this.paused = false;
        this.drain();
      },
      (error) => this.fail(error),
    );
  }

  private drain(): void {
    while (!this.paused && !this.ended && this.head < this.queue.length) this.deliver(this.queue[this.head++]);
    this.compact();
  }

  private compact(): void {
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  private fail(error: unknown): void {
    const piped = this.piped;
    this.piped = null;
    this.end();
    piped?.reject(error);
  }

  get queued(): number {
    return this.queue.length - this.head;
  }

  next(): Promise<IteratorResult<P>> {
    if (this.head < this.queue.length) {
      const value = this.queue[this.head++];
      this.compact();
      return Promise.resolve({ value, done: false });
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<P>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue = [];
    this.head = 0;
    this.release();
    if (this.piped) {
      this.piped.resolve();
      this.piped = null;
    }
    if (this.waiting) {
      this.waiting({ value: undefined, done: true });
      this.waiting = null;
    }
  }
}

export function createMemoryPubSub(): PubSub {
  const channels = new Map<string, Set<BoundedSubscription<unknown>>>();

  return {
    publish(topic, key, payload) {
      const subscribers = channels.get(`${topic}:${key}`);
      if (!subscribers) return;
      // Hot path: once per published event. Deleting from a Set while iterating it is safe.
      for (const subscriber of subscribers) subscriber.push(payload);
    },

    subscribe<T extends keyof Topics>(topic: T, key: string, options: SubscribeOptions) {
      const channel = `${topic}:${key}`;
      let subscribers = channels.get(channel);
      if (!subscribers) channels.set(channel, (subscribers = new Set()));
      const subscription: BoundedSubscription<Topics[T]> = new BoundedSubscription<Topics[T]>(options, () => {
        subscribers.delete(subscription as BoundedSubscription<unknown>);
        if (subscribers.size === 0 && channels.get(channel) === subscribers) channels.delete(channel);
      });
      subscribers.add(subscription as BoundedSubscription<unknown>);
      return subscription;
    },

    subscriberCount(topic, key) {
      return channels.get(`${topic}:${key}`)?.size ?? 0;
    },
  };
}
