// The `roomEvents` stream: replay from the event log, then live, with no gap and no duplicate.
import { CourtsideError } from '../errors';
import type { Messages } from '../messages/messages';
import type { PubSub, RoomEventPayload, Topics } from '../pubsub';
import type { Rooms } from '../rooms/rooms';
import type { Viewer } from '../users/viewer';
import { planResume } from './resume';

export interface RoomEventsDeps {
  pubsub: PubSub;
  rooms: Rooms;
  messages: Messages;
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

export function createRoomEventStreams({ pubsub, rooms, messages, replayLimit, subscriberQueueLimit }: RoomEventsDeps) {
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
    const events = replayThenLive(viewer, roomId, afterSeq, live);
    // An async generator's return() waits behind a pending next(), which waits for the next live
    // event: a quiet room would keep an unsubscribed stream alive. Ending `live` first resolves it.
    return Object.assign(events, {
      return: async (value?: unknown) => {
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
  ): AsyncGenerator<RoomEventPayload> {
    try {
      const latestSeq = rooms.readable(viewer, roomId).room.lastSeq;
      const plan = planResume(afterSeq, latestSeq, replayLimit);
      if (plan.resync) yield { type: 'ResyncRequired', roomId, latestSeq };
      let last = plan.from;
      while (last < plan.to) {
        const batch = messages.eventsAfter(roomId, last, plan.to, REPLAY_BATCH);
        if (batch.length === 0) break;
        for (const event of batch) yield event;
        last = batch[batch.length - 1].seq;
      }
      last = plan.to;
      // Hot path: runs once per live event per subscriber.
      for await (const event of live) {
        if (event.type === 'AccessRevoked') {
          if (viewer && event.userId === viewer.user.id) {
            throw new CourtsideError('FORBIDDEN', 'You no longer have access to this room.');
          }
          continue;
        }
        if (event.seq <= last) continue;
        if (event.seq > last + 1) {
          for (const missed of messages.eventsAfter(roomId, last, event.seq - 1, event.seq - 1 - last)) yield missed;
        }
        last = event.seq;
        yield event;
      }
    } finally {
      await live.return?.();
    }
  }

  return { stream };
}
