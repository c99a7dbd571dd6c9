// The `roomEvents` stream: replay from the event log, then live, with no gap and no duplicate.
import { CourtsideError } from '../errors';
import type { EventLog } from './eventLog';
import { isDurable, type PubSub, type RoomEventPayload, type Topics } from '../pubsub';
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

export function createRoomEventStreams({ pubsub, presence, rooms, eventLog, replayLimit, subscriberQueueLimit }: RoomEventsDeps) {
  /**
   * Why there is no gap: the live subscription is opened *before* the room's last seq is read, and
   * events are published only after their commit. So every event is either at or below the seq read
   * (and replayed from the log) or published after the subscription opened (and queued). Live events
   * at or below the last seq yielded are duplicates and are skipped; a jump in seq (an event
   * published out of order by another process) is filled from the log.
   */
  /**
   * Checks access and arguments at once (so a refusal is an error for the operation, not a broken
   * stream), then returns the stream.
   */
  function stream(
    viewer: Viewer,
    roomId: string,
    afterSeq: number | null | undefined,
    onSlowConsumer: SlowConsumerHandler,
  ): AsyncGenerator<RoomEventPayload> {
    rooms.readable(viewer, roomId);
    if (afterSeq != null && (!Number.isInteger(afterSeq) || afterSeq < 0)) {
      throw new CourtsideError('BAD_USER_INPUT', '`afterSeq` must be a whole number, 0 or more.');
    }
    const live = pubsub.subscribe('room', roomId, { limit: subscriberQueueLimit, onOverflow: onSlowConsumer });
    const leave = presence.enter(roomId, viewer?.user.id ?? null);
    const events = replayThenLive(viewer, roomId, afterSeq, live, leave);
    // An async generator's return() waits behind a pending next(), which waits for the next live
    // event: a quiet room would keep an unsubscribed stream alive. Ending `live` first resolves it.
    return Object.assign(events, {
      return: async (value?: unknown) => {
        leave();
        await live.return?.();
        return AsyncGeneratorPrototypeReturn.call(events, value);
      },
    });
  }

  /**
   * Why there is no gap: the live subscription is opened *before* the room's last seq is read, and
   * events are published only after their commit. So every event is either at or below the seq read
   * (and replayed from the log) or published after the subscription opened (and queued). Live events
   * at or below the last seq yielded are duplicates and are skipped; a jump in seq (an event
   * published out of order by another process) is filled from the log.
   */
  async function* replayThenLive(
    viewer: Viewer,
    roomId: string,
    afterSeq: number | null | undefined,
    live: AsyncIterableIterator<Topics['room']>,
    leave: () => void,
  ): AsyncGenerator<RoomEventPayload> {
    try {
      const latestSeq = rooms.readable(viewer, roomId).room.lastSeq;
      const plan = planResume(afterSeq, latestSeq, replayLimit);
      if (plan.resync) yield { type: 'ResyncRequired', roomId, latestSeq };
      let last = plan.from;
      while (last < plan.to) {
        const batch = eventLog.eventsAfter(roomId, last, plan.to, REPLAY_BATCH);
        if (batch.length === 0) break;
        for (const event of batch) yield event;
        last = batch[batch.length - 1].seq;
      }
      last = plan.to;
      // Hot path: runs once per live event per subscriber.
      for await (const event of live) {
        if (event.type === 'MembershipEnded') {
          if (event.readAccessLost && viewer && event.userId === viewer.user.id) {
            throw new CourtsideError('FORBIDDEN', 'You no longer have access to this room.');
          }
          continue;
        }
        if (!isDurable(event)) {
          yield event; // ephemeral: typing, presence, read markers, cheering
          continue;
        }
        if (event.seq <= last) continue;
        if (event.seq > last + 1) {
          for (const missed of eventLog.eventsAfter(roomId, last, event.seq - 1, event.seq - 1 - last)) yield missed;
        }
        last = event.seq;
        yield event;
      }
    } finally {
      leave();
      await live.return?.();
    }
  }

  return { stream };
}
