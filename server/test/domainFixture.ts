// Real domains over a store built from the migrations (the given one, e.g. openTestStore()'s, else an
// in-memory SQLite: fake-timer tests keep that one, since PostgreSQL's driver needs real timers),
// for shell tests that need rooms, members and presence without a server. Publishing is recorded as it happens (the pub/sub is
// the real one; the recorder only watches it), so fake-timer tests can assert synchronously.
import { createMemoryPubSub } from '../memoryPubSub';
import { createPresence } from '../presence/presence';
import type { Topics } from '../pubsub';
import { createRooms } from '../rooms/rooms';
import { createSqliteStore } from '../storage/sqlite/sqliteStore';
import type { Store } from '../storage/store';
import { createUsers } from '../users/users';
import type { Viewer } from '../users/viewer';

export interface Published {
  topic: keyof Topics;
  key: string;
  payload: Topics[keyof Topics];
  at: number;
}

export function domainFixture(options: { largeRoomViewers?: number; store?: Store } = {}) {
  const store = options.store ?? createSqliteStore(':memory:');
  const pubsub = createMemoryPubSub();
  const published: Published[] = [];
  const publish = pubsub.publish.bind(pubsub);
  pubsub.publish = (topic, key, payload) => {
    published.push({ topic, key, payload, at: Date.now() });
    publish(topic, key, payload);
  };
  const users = createUsers({ store, pubsub, tokenTtlDays: 1 });
  const rooms = createRooms({ store, pubsub, users });
  const presence = createPresence({ pubsub, largeRoomViewers: options.largeRoomViewers ?? 100 });
  /** Display names by user id, to read user ids in assertions. */
  const names = new Map<string, string>();

  /** A signed-in guest, as `authenticate` sees their token. */
  async function signIn(name: string): Promise<NonNullable<Viewer>> {
    const viewer = (await users.authenticate((await users.joinAsGuest(name)).token))!;
    names.set(viewer.user.id, name);
    return viewer;
  }
  /** The owner of the rooms `room` makes: signed in on first use. */
  let owner: Promise<Viewer> | undefined;

  return {
    store,
    pubsub,
    published,
    users,
    rooms,
    presence,
    names,
    signIn,

    /** What was published on room topics with this event type, and when. */
    roomEvents<T extends Topics['room']['type']>(type: T): { at: number; event: Extract<Topics['room'], { type: T }> }[] {
      return published
        .filter((p) => p.topic === 'room' && (p.payload as Topics['room']).type === type)
        .map((p) => ({ at: p.at, event: p.payload as Extract<Topics['room'], { type: T }> }));
    },

    /** A new public room; returns its id. */
    async room(name = 'Room'): Promise<string> {
      owner ??= signIn('Owner');
      return (await rooms.create(await owner, { name })).id;
    },

    /** A signed-in guest who joined the given rooms. */
    async member(name: string, roomIds: string[]): Promise<NonNullable<Viewer>> {
      const viewer = await signIn(name);
      for (const roomId of roomIds) await rooms.join(viewer, roomId);
      return viewer;
    },
  };
}
