// Real domains over an in-memory SQLite built from the migrations, for shell tests that need rooms,
// members and presence without a server. Publishing is recorded as it happens (the pub/sub is the
// real one; the recorder only watches it), so fake-timer tests can assert synchronously.
import { openDatabase } from '../db/open';
import { createMemoryPubSub } from '../memoryPubSub';
import { createPresence } from '../presence/presence';
import type { Topics } from '../pubsub';
import { createRooms } from '../rooms/rooms';
import { createUsers } from '../users/users';
import type { Viewer } from '../users/viewer';

export interface Published {
  topic: keyof Topics;
  key: string;
  payload: Topics[keyof Topics];
  at: number;
}

export function domainFixture(options: { largeRoomViewers?: number } = {}) {
  const db = openDatabase(':memory:');
  const pubsub = createMemoryPubSub();
  const published: Published[] = [];
  const publish = pubsub.publish.bind(pubsub);
  pubsub.publish = (topic, key, payload) => {
    published.push({ topic, key, payload, at: Date.now() });
    publish(topic, key, payload);
  };
  const users = createUsers({ db, pubsub, tokenTtlDays: 1 });
  const rooms = createRooms({ db, pubsub, users });
  const presence = createPresence({ pubsub, largeRoomViewers: options.largeRoomViewers ?? 100 });
  const owner = users.authenticate(users.joinAsGuest('Owner').token);
  /** Display names by user id, to read user ids in assertions. */
  const names = new Map<string, string>();

  return {
    db,
    pubsub,
    published,
    users,
    rooms,
    presence,
    names,

    /** What was published on room topics with this event type, and when. */
    roomEvents<T extends Topics['room']['type']>(type: T): { at: number; event: Extract<Topics['room'], { type: T }> }[] {
      return published
        .filter((p) => p.topic === 'room' && (p.payload as Topics['room']).type === type)
        .map((p) => ({ at: p.at, event: p.payload as Extract<Topics['room'], { type: T }> }));
    },

    /** A new public room; returns its id. */
    room(name = 'Room'): string {
      return rooms.create(owner, { name }).id;
    },

    /** A signed-in guest who joined the given rooms. */
    member(name: string, roomIds: string[]): Viewer {
      const viewer = users.authenticate(users.joinAsGuest(name).token)!;
      names.set(viewer.user.id, name);
      for (const roomId of roomIds) rooms.join(viewer, roomId);
      return viewer;
    },
  };
}
