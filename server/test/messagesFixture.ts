// The messages domain wired as domains.ts wires it, over a SQLite built from the real migrations (in
// memory unless a path is given), for domain tests: per-user limits off, no classifier.
import { openDatabase } from '../db/open';
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
import { createUsers } from '../users/users';

export interface MessagesFixtureOptions {
  maxMessageLength?: number;
  pubsub?: PubSub;
  /** A database file instead of memory, e.g. to share with another connection. */
  path?: string;
  busyTimeoutMs?: number;
  lockWaitMs?: number;
}

export function messagesFixture({ maxMessageLength = 500, pubsub = createMemoryPubSub(), path = ':memory:', busyTimeoutMs, lockWaitMs }: MessagesFixtureOptions = {}) {
  const db = openDatabase(path, busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
  const users = createUsers({ db, pubsub, tokenTtlDays: 1 });
  const rooms = createRooms({ db, pubsub, users });
  const eventLog = createEventLog(db, { lockWaitMs });
  const log = createModerationLog(db);
  const writer = createMessageWriter(db, eventLog, pubsub);
  const held = createHeldMessages({ db, pubsub, eventLog, writer, rooms, log });
  const gate = createPostingGate({ messageRateLimit: { count: 1, windowMs: 1 }, rateLimitsEnabled: false });
  const pipeline = createModerationPipeline({ webhookUrl: null, webhookTimeoutMs: 100, failMode: 'open' });
  const messages = createMessages({ db, pubsub, rooms, eventLog, writer, held, gate, pipeline, log, maxMessageLength });
  return { db, pubsub, users, rooms, eventLog, held, gate, messages };
}
