// The `roomEvents` stream: replay from the event log, then live, with no gap and no duplicate.
import { CourtsideError } from '../errors';
import type { EventLog } from './eventLog';
import { isDurable, type DurableRoomEvent } from './durableEvents';
import type { PubSub, RoomEventPayload, Sink, Subscription, Topics } from '../pubsub';
import type { Rooms } from '../rooms/rooms';
import type { Viewer } from '../users/viewer';
import { planResume } from './resume';

/** Counts live streams per room: a viewer is present while one of their streams is open. */
export interface PresenceTracker {
  /** Returns the function that ends this stream's presence; calling it twice is harmless. */
  enter(roomId: string, userId: string | null): () => void;
}

export interface RoomEventsDeps {
  pubsub: PubSub;
  presence: PresenceTracker;
  rooms: Rooms;
  eventLog: EventLog;
  replayLimit: number;
  subscriberQueueLimit: number;
}

/** What the transport does when a subscriber falls too far behind (close its socket, retryably). */
export type SlowConsumerHandler = () => void;

const REPLAY_BATCH = 200;

const AsyncGeneratorPrototypeReturn = Object.getPrototypeOf(async function* () {}).prototype.return as (
  this: AsyncGenerator,
  value?: unknown,
) => Promise<IteratorResult<RoomEventPayload>>;

export type RoomEventStreams = ReturnType<typeof createRoomEventStreams>;

/** A `roomEvents` stream: an async iterator, or pushed to a sink (see Subscription.pipeTo). */
export type RoomEventStream = AsyncGenerator<RoomEventPayload> & { pipeTo(sink: Sink<RoomEventPayload>): Promise<void> };

export function createRoomEventStreams({ pubsub, presence, rooms, eventLog, replayLimit, subscriberQueueLimit }: RoomEventsDeps) {
  /**
   * Checks access and arguments at once (so a refusal is an error for the operation, not a broken
   * stream), then returns the stream.
   */
  async function stream(viewer: Viewer, roomId: string, afterSeq: number | null | undefined, onSlowConsumer: SlowConsumerHandler): Promise<RoomEventStream> {
    await rooms.readable(viewer, roomId);
    if (afterSeq != null && (!Number.isInteger(afterSeq) || afterSeq < 0)) {
      throw new CourtsideError('BAD_USER_INPUT', '`afterSeq` must be a whole number, 0 or more.');
    }
    const live = pubsub.subscribe('room', roomId, { limit: subscriberQueueLimit, onOverflow: onSlowConsumer });
    const leave = presence.enter(roomId, viewer?.user.id ?? null);
    const end = async () => {
      leave();
      await live.return?.();
    };
    const events = replayThenLive(viewer, roomId, afterSeq, live, end);
    // An async generator's return() waits behind a pending next(), which waits for the next live
    // event: a quiet room would keep an unsubscribed stream alive. Ending `live` first resolves it.
    return Object.assign(events, {
      return: async (value?: unknown) => {
        await end();
        return AsyncGeneratorPrototypeReturn.call(events, value);
      },
      pipeTo: (sink: Sink<RoomEventPayload>) => pipeReplayThenLive(viewer, roomId, afterSeq, live, end, sink),
    });
  }

  /**
   * Why there is no gap: the live subscription is opened *before* the room's last seq is read, and
   * events are published only after their commit. So every event is either at or below the seq read
   * (and replayed from the log) or published after the subscription opened (and queued). Returns the
   * last seq replayed.
   */
  async function* replay(viewer: Viewer, roomId: string, afterSeq: number | null | undefined): AsyncGenerator<RoomEventPayload, number> {
    const latestSeq = (await rooms.readable(viewer, roomId)).room.lastSeq;
    const plan = planResume(afterSeq, latestSeq, replayLimit);
    if (plan.resync) yield { type: 'ResyncRequired', roomId, latestSeq };
    let last = plan.from;
    while (last < plan.to) {
      const batch = await eventLog.eventsAfter(roomId, last, plan.to, REPLAY_BATCH);
      if (batch.length === 0) break;
      for (const event of batch) yield event;
      last = batch[batch.length - 1].seq;
    }
    return plan.to;
  }

  /**
   * What a subscriber that has seen up to seq `last` receives of each live event: live events at or
   * below the last seq delivered are duplicates and are skipped; a jump in seq (an event published
   * out of order by another process or a concurrent transaction) is filled from the log; only then is
   * the returned promise there, and the caller holds later events until it settles. Hot path: once
   * per live event per subscriber, so it calls `emit` rather than returning a list.
   */
  function followLive(viewer: Viewer, roomId: string, last: number) {
    return (event: Topics['room'], emit: (event: RoomEventPayload) => void): Promise<void> | void => {
      if (event.type === 'MembershipEnded') {
        if (event.readAccessLost && viewer && event.userId === viewer.user.id) {
          throw new CourtsideError('FORBIDDEN', 'You no longer have access to this room.');
        }
        return;
      }
      if (!isDurable(event)) return emit(event); // ephemeral: typing, presence, read markers, cheering
      if (event.seq <= last) return;
      if (event.seq > last + 1) return fillGap(event, emit);
      last = event.seq;
      emit(event);
    };

    async function fillGap(event: DurableRoomEvent, emit: (event: RoomEventPayload) => void): Promise<void> {
      const missed = await eventLog.eventsAfter(roomId, last, event.seq - 1, event.seq - 1 - last);
      for (const earlier of missed) {
        if (earlier.seq <= last) continue;
        last = earlier.seq;
        emit(earlier);
      }
      if (event.seq <= last) return;
      last = event.seq;
      emit(event);
    }
  }

  async function* replayThenLive(
    viewer: Viewer,
    roomId: string,
    afterSeq: number | null | undefined,
    live: Subscription<Topics['room']>,
    end: () => Promise<void>,
  ): AsyncGenerator<RoomEventPayload> {
    try {
      const last = yield* replay(viewer, roomId, afterSeq);
      const follow = followLive(viewer, roomId, last);
      const ready: RoomEventPayload[] = [];
      const emit = (event: RoomEventPayload) => void ready.push(event);
      for await (const event of live) {
        await follow(event, emit);
        while (ready.length > 0) yield ready.shift()!;
      }
    } finally {
      await end();
    }
  }

  /** The same stream pushed to `sink`: no promise per live event while the sink keeps up. */
  async function pipeReplayThenLive(
    viewer: Viewer,
    roomId: string,
    afterSeq: number | null | undefined,
    live: Subscription<Topics['room']>,
    end: () => Promise<void>,
    sink: Sink<RoomEventPayload>,
  ): Promise<void> {
    try {
      const replayed = replay(viewer, roomId, afterSeq);
      let step = await replayed.next();
      for (; !step.done; step = await replayed.next()) await sink(step.value);
      const follow = followLive(viewer, roomId, step.value);
      let behind: PromiseLike<void> | void;
      const emit = (event: RoomEventPayload) => {
        behind = sink(event) ?? behind;
      };
      await live.pipeTo((event) => {
        behind = undefined;
        const filling = follow(event, emit);
        return filling ? filling.then(() => behind) : behind;
      });
    } finally {
      await end();
    }
  }

  return { stream };
}
