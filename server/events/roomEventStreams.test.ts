// The roomEvents stream over real domains and the store under test, read both ways it can be read: as an async
// iterator (yoga over HTTP, the unit tests of shared execution) and piped to a sink (the WebSocket
// fan-out). Both must replay, skip duplicates, fill a jump in seq from the log and end a reader who
// lost access, identically.
import { describe, expect, it } from 'vitest';
import { CourtsideError } from '../errors';
import { isDurable } from './durableEvents';
import type { RoomEventPayload } from '../pubsub';
import { domainFixture } from '../test/domainFixture';
import { openTestStore } from '../test/testStore';
import { createEventLog } from './eventLog';
import { createRoomEventStreams, type RoomEventStream } from './roomEvents';
import { roomUpdated } from '../rooms/roomUpdated';

async function setup() {
  const fixture = domainFixture({ store: await openTestStore() });
  const eventLog = createEventLog(fixture.store);
  const streams = createRoomEventStreams({ ...fixture, eventLog, replayLimit: 100, subscriberQueueLimit: 100 });
  const roomId = await fixture.room();
  const reader = await fixture.member('Ana', [roomId]);
  /** Commits a durable event without publishing it, as another process would before its publish arrives. */
  const commit = async () => (await fixture.store.transaction((tx) => eventLog.append(tx, roomId, roomUpdated, {}))).seq;
  const publish = (seq: number) => fixture.pubsub.publish('room', roomId, { type: 'RoomUpdated', roomId, seq });
  return { ...fixture, streams, roomId, reader, commit, publish };
}

/** Reads a stream until `count` durable events arrived (or it ends or fails), one of the two ways; presence is left out. */
type Read = (stream: RoomEventStream, count: number) => { events: RoomEventPayload[]; done: Promise<unknown> };

const iterated: Read = (stream, count) => {
  const events: RoomEventPayload[] = [];
  const done = (async () => {
    while (events.length < count) {
      const step = await stream.next();
      if (step.done) return;
      if (isDurable(step.value)) events.push(step.value);
    }
  })();
  return { events, done };
};

const piped: Read = (stream, count) => {
  const events: RoomEventPayload[] = [];
  const done = stream.pipeTo((event) => {
    if (!isDurable(event)) return;
    events.push(event);
    if (events.length === count) void stream.return(undefined);
  });
  return { events, done };
};

const seqs = (events: RoomEventPayload[]) => events.map((event) => (isDurable(event) ? event.seq : event.type));

describe.each([
  ['iterated', iterated],
  ['piped', piped],
])('a roomEvents stream, %s', (_, read) => {
  it('replays after afterSeq, then goes live without a duplicate, filling a jump in seq from the log', async () => {
    const { streams, reader, roomId, commit, publish, pubsub } = await setup();
    await commit();
    await commit(); // seq 1 and 2 before the reader subscribes
    const stream = await streams.stream(reader, roomId, 1, () => {});
    const { events, done } = read(stream, 4);
    publish(2); // replayed: skipped
    publish(await commit()); // 3
    publish(3); // a duplicate: skipped
    await commit(); // 4: committed, but its publish has not arrived
    publish(await commit()); // 5: 4 is read from the log first
    await done;
    expect(seqs(events)).toEqual([2, 3, 4, 5]);
    await stream.return(undefined);
    expect(pubsub.subscriberCount('room', roomId)).toBe(0);
  });

  it('ends with FORBIDDEN when the reader loses access, not when someone else does', async () => {
    const { streams, reader, roomId, commit, publish, pubsub, member } = await setup();
    const other = await member('Ben', [roomId]);
    const stream = await streams.stream(reader, roomId, null, () => {});
    const { events, done } = read(stream, 10);
    // Watched from the start: the stream may end while a commit below is still under way.
    const refused = expect(done).rejects.toSatisfy((error) => error instanceof CourtsideError && error.extensions.code === 'FORBIDDEN');
    const ended = (userId: string) => pubsub.publish('room', roomId, { type: 'MembershipEnded', roomId, userId, readAccessLost: true });
    ended(other.user.id);
    publish(await commit());
    ended(reader.user.id);
    publish(await commit());
    await refused;
    expect(seqs(events)).toEqual([1]);
    expect(pubsub.subscriberCount('room', roomId)).toBe(0);
  });
});
