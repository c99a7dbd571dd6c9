// The domains, wired together: every dependency is passed in here, none is a module singleton.
// Part of the composition root (app.ts), kept apart so that file stays about transports.
import type { Config } from './config';
import { createCheering } from './cheering/cheering';
import { createEventLog } from './events/eventLog';
import { createRoomEventStreams } from './events/roomEvents';
import { createUserEventStreams } from './events/userEvents';
import { createHeldMessages } from './messages/heldMessages';
import { createMessages } from './messages/messages';
import { createMessageWriter } from './messages/messageWriter';
import { createBudget } from './moderation/budget';
import { createModeration } from './moderatorActions/moderatorActions';
import { createModerationLog } from './moderation/moderationLog';
import { createModerationPipeline } from './moderation/pipeline/pipeline';
import { createPostingGate } from './moderation/postingGate';
import { createReports } from './moderatorActions/reports';
import { createOnlineMembers } from './presence/onlineMembers';
import { createPresence } from './presence/presence';
import type { PubSub } from './pubsub';
import { createReactions } from './reactions/reactions';
import { createReadState } from './readState/readState';
import { createRooms } from './rooms/rooms';
import { createSearch } from './search/search';
import type { Store } from './storage/store';
import { createTyping } from './typing/typing';
import { createAuthLimits } from './users/authLimits';
import { createUsers } from './users/users';

export type Domains = ReturnType<typeof createDomains>['domains'];

export function createDomains(config: Config, store: Store, pubsub: PubSub) {
  const authLimits = createAuthLimits({
    accountRateLimit: config.accountRateLimit,
    signInRateLimit: config.signInRateLimit,
    signInFailureLimit: config.signInFailureLimit,
    enabled: config.rateLimitsEnabled,
  });
  const users = createUsers({ store, pubsub, tokenTtlDays: config.tokenTtlDays, limits: authLimits });
  const rooms = createRooms({ store, pubsub, users });
  const eventLog = createEventLog(store);
  const log = createModerationLog(store);
  const mutationBudget = createBudget(config.mutationRateLimit);
  const gate = createPostingGate({ messageRateLimit: config.messageRateLimit, rateLimitsEnabled: config.rateLimitsEnabled });
  const pipeline = createModerationPipeline({
    webhookUrl: config.moderationWebhookUrl,
    webhookTimeoutMs: config.moderationWebhookTimeoutMs,
    failMode: config.moderationFailMode,
  });
  const writer = createMessageWriter(eventLog, pubsub);
  const held = createHeldMessages({ store, pubsub, writer, rooms, log });
  const messages = createMessages({ store, pubsub, rooms, eventLog, writer, held, gate, pipeline, log, maxMessageLength: config.maxMessageLength });
  const moderation = createModeration({ store, pubsub, rooms, users, messages, eventLog, log });
  const reports = createReports({ store, rooms, messages, log });
  const reactions = createReactions({ store, pubsub, rooms, messages, eventLog });
  const presence = createPresence({ pubsub, largeRoomViewers: config.largeRoomViewers });
  const onlineMembers = createOnlineMembers({ store, rooms, users, presence });
  const typing = createTyping({ pubsub, rooms, presence });
  const cheering = createCheering({ pubsub, rooms });
  const readState = createReadState({ store, pubsub, rooms, isLarge: (roomId) => presence.isLarge(roomId) });
  const roomEvents = createRoomEventStreams({
    pubsub,
    presence,
    rooms,
    eventLog,
    replayLimit: config.replayLimit,
    subscriberQueueLimit: config.subscriberQueueLimit,
  });
  const search = createSearch({ store, rooms });
  const userEvents = createUserEventStreams({ pubsub, rooms, subscriberQueueLimit: config.subscriberQueueLimit });
  const domains = {
    users,
    rooms,
    messages,
    held,
    moderation,
    reports,
    reactions,
    readState,
    roomEvents,
    userEvents,
    presence,
    search,
    onlineMembers,
    typing,
    cheering,
    mutationBudget,
  };

  return {
    domains,
    /** Releases every timer the domains hold. */
    dispose(): void {
      gate.dispose();
      authLimits.dispose();
      mutationBudget.dispose();
      pipeline.dispose();
      presence.dispose();
      typing.dispose();
      cheering.dispose();
      rooms.dispose();
    },
  };
}
