// The messages domain wired as domains.ts wires it, over the store this run tests (openTestStore), or
// a SQLite file when a path is given (to share it with another connection), for domain tests:
// per-user limits off, no classifier.
import { createEventLog } from '../events/eventLog';
import { createMemoryPubSub } from '../memoryPubSub';
import { createHeldMessages } from '../messages/heldMessages';
import { createMessages } from '../messages/messages';
import { createMessageWriter } from '../messages/messageWriter';
import { createModerationLog } from '../moderation/moderationLog';
import { createModerationPipeline } from '../moderation/pipeline/pipeline';
import { createPostingGate } from '../moderation/postingGate';
import type { PubSub } from '../pubsub';
import { createRooms } from '../rooms/rooms';
import { createSqliteStore } from '../storage/sqlite/sqliteStore';
import { createUsers } from '../users/users';
import { onTestFinished } from 'vitest';
import { openTestStore } from './testStore';

export interface MessagesFixtureOptions {
  maxMessageLength?: number;
  pubsub?: PubSub;
  /** A SQLite file instead of the store under test, e.g. to share with another connection. */
  path?: string;
  busyTimeoutMs?: number;
  lockWaitMs?: number;
}

export async function messagesFixture({ maxMessageLength = 500, pubsub = createMemoryPubSub(), path, busyTimeoutMs, lockWaitMs }: MessagesFixtureOptions = {}) {
  const store = path ? createSqliteStore(path, { busyTimeoutMs, lockWaitMs }) : await openTestStore();
  const users = createUsers({ store, pubsub, tokenTtlDays: 1 });
  const rooms = createRooms({ store, pubsub, users });
  onTestFinished(() => rooms.dispose()); // its member-count timer must not outlive the store
  const eventLog = createEventLog(store);
  const log = createModerationLog(store);
  const writer = createMessageWriter(eventLog, pubsub);
  const held = createHeldMessages({ store, pubsub, writer, rooms, log });
  const gate = createPostingGate({ messageRateLimit: { count: 1, windowMs: 1 }, rateLimitsEnabled: false });
  const pipeline = createModerationPipeline({ webhookUrl: null, webhookTimeoutMs: 100, failMode: 'open' });
  const messages = createMessages({ store, pubsub, rooms, eventLog, writer, held, gate, pipeline, log, maxMessageLength });
  return { store, pubsub, users, rooms, eventLog, held, gate, messages };
}
