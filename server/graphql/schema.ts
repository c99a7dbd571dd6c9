// Schema assembly: schema.graphql plus every domain's resolvers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSchema, type YogaInitialContext } from 'graphql-yoga';
import { cheeringResolvers } from '../cheering/cheering.resolvers';
import { eventsResolvers } from '../events/events.resolvers';
import { messagesResolvers, messagesViewerRules } from '../messages/messages.resolvers';
import { presenceResolvers } from '../presence/presence.resolvers';
import { reactionsResolvers, reactionsViewerRules } from '../reactions/reactions.resolvers';
import { readStateResolvers } from '../readState/readState.resolvers';
import { moderationResolvers } from '../moderatorActions/moderatorActions.resolvers';
import { roomsResolvers } from '../rooms/rooms.resolvers';
import { searchResolvers } from '../search/search.resolvers';
import { typingResolvers } from '../typing/typing.resolvers';
import { usersResolvers } from '../users/users.resolvers';
import type { Context } from './context';
import { DateTime } from './scalars';
import type { ViewerRules } from './viewerDependence';
import { PROJECT_ROOT } from '../projectRoot';

const SCHEMA_FILE = join(PROJECT_ROOT, 'schema.graphql');

/** Every domain's resolvers, in the order they are merged. */
export const resolverMaps = [
  { DateTime },
  usersResolvers,
  roomsResolvers,
  messagesResolvers,
  reactionsResolvers,
  readStateResolvers,
  searchResolvers,
  eventsResolvers,
  presenceResolvers,
  typingResolvers,
  cheeringResolvers,
  moderationResolvers,
];

/** For each `@viewerDependent` field that live events select: which viewers can see another value. */
export const viewerRules: ViewerRules = { ...messagesViewerRules, ...reactionsViewerRules };

export function buildSchema() {
  return createSchema<Record<string, unknown> & YogaInitialContext & Context>({
    typeDefs: readFileSync(SCHEMA_FILE, 'utf8'),
    resolvers: resolverMaps,
  });
}
