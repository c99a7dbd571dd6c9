// The one composition root: database, pub/sub, domains, yoga, HTTP and WebSocket.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createYoga } from 'graphql-yoga';
import type { Config } from './config';
import { openDatabase } from './db/open';
import { CourtsideError } from './errors';
import { createEventLog } from './events/eventLog';
import { createRoomEventStreams } from './events/roomEvents';
import { createUserEventStreams } from './events/userEvents';
import { queryLimitPlugins } from './graphql/armor';
import type { Context } from './graphql/context';
import { corsFor, useCrossSiteProtection } from './graphql/crossSite';
import { useCloseAfterTooLarge } from './graphql/requestBody';
import { useMutationBudget } from './graphql/mutationBudget';
import { buildSchema } from './graphql/schema';
import { attachGraphQLWs } from './graphql/wsBridge';
import { trackConnections } from './http/connections';
import { originPolicy } from './http/origin';
import { createStaticHandler } from './http/staticFiles';
import { createCheering } from './cheering/cheering';
import { createMemoryPubSub } from './memoryPubSub';
import { createHeldMessages } from './messages/heldMessages';
import { createMessages } from './messages/messages';
import { createMessageWriter } from './messages/messageWriter';
import { createBudget } from './moderation/budget';
import { createModeration } from './moderation/moderation';
import { createModerationLog } from './moderation/moderationLog';
import { createModerationPipeline } from './moderation/pipeline/pipeline';
import { createPostingGate } from './moderation/postingGate';
import { createReports } from './moderation/reports';
import { createOnlineMembers } from './presence/onlineMembers';
import { createPresence } from './presence/presence';
import type { PubSub } from './pubsub';
import { createReactions } from './reactions/reactions';
import { createReadState } from './readState/readState';
import { createRooms } from './rooms/rooms';
import { createSearch } from './search/search';
import { createTyping } from './typing/typing';
import { createUsers } from './users/users';
import type { Viewer } from './users/viewer';

const CLIENT_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../dist/client');
/** Largest GraphQL request body over HTTP, and largest WebSocket frame. */
const MAX_REQUEST_BYTES = 1024 * 1024;

export interface AppOptions {
  /** Yoga's logger: masked errors are logged through it. */
  logging?: boolean | 'debug' | 'info' | 'warn' | 'error';
  pubsub?: PubSub;
}

export type App = ReturnType<typeof createApp>;

function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new CourtsideError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".', { http: { status: 401 } });
  return match[1];
}

function refuseTooLarge(response: ServerResponse): void {
  const message = `The request body is too large: the limit is ${MAX_REQUEST_BYTES} bytes.`;
  response.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }));
}

export function createApp(config: Config, options: AppOptions = {}) {
  const db = openDatabase(config.databasePath, { synchronous: config.sqliteSynchronous });
  const pubsub = options.pubsub ?? createMemoryPubSub();
  const users = createUsers({ db, pubsub, tokenTtlDays: config.tokenTtlDays });
  const rooms = createRooms({ db, pubsub, users });
  const eventLog = createEventLog(db);
  const log = createModerationLog(db);
  const mutationBudget = createBudget(config.mutationRateLimit);
  const gate = createPostingGate({ messageRateLimit: config.messageRateLimit, rateLimitsEnabled: config.rateLimitsEnabled });
  const pipeline = createModerationPipeline({
    webhookUrl: config.moderationWebhookUrl,
    webhookTimeoutMs: config.moderationWebhookTimeoutMs,
    failMode: config.moderationFailMode,
  });
  const writer = createMessageWriter(db, eventLog, pubsub);
  const held = createHeldMessages({ db, pubsub, eventLog, writer, rooms, log });
  const messages = createMessages({ db, pubsub, rooms, eventLog, writer, held, gate, pipeline, log, maxMessageLength: config.maxMessageLength });
  const moderation = createModeration({ db, pubsub, rooms, users, messages, eventLog, log });
  const reports = createReports({ db, rooms, messages, log });
  const reactions = createReactions({ db, pubsub, rooms, messages, eventLog });
  const presence = createPresence({ pubsub, largeRoomViewers: config.largeRoomViewers });
  const onlineMembers = createOnlineMembers({ db, rooms, users, presence });
  const typing = createTyping({ pubsub, rooms, presence });
  const cheering = createCheering({ pubsub, rooms });
  const readState = createReadState({ db, pubsub, rooms, isLarge: (roomId) => presence.isLarge(roomId) });
  const roomEvents = createRoomEventStreams({
    pubsub,
    presence,
    rooms,
    eventLog,
    replayLimit: config.replayLimit,
    subscriberQueueLimit: config.subscriberQueueLimit,
  });
  const search = createSearch({ db, rooms });
  const userEvents = createUserEventStreams({ pubsub, rooms, subscriberQueueLimit: config.subscriberQueueLimit });
  const domains = { users, rooms, messages, held, moderation, reports, reactions, readState, roomEvents, userEvents, presence, search, onlineMembers, typing, cheering };

  const origins = originPolicy(config);
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Courtside GraphiQL', subscriptionsProtocol: 'WS' },
    logging: options.logging ?? (config.production ? 'info' : 'warn'),
    landingPage: false,
    plugins: [
      useCrossSiteProtection(origins),
      ...queryLimitPlugins(config.queryLimits),
      useCloseAfterTooLarge(),
      useMutationBudget(mutationBudget, config.rateLimitsEnabled),
    ],
    cors: corsFor(origins),
    // Also holds for chunked bodies, which carry no Content-Length for the check below.
    maxRequestBodySize: MAX_REQUEST_BYTES,
    // Never echo an original error, whatever NODE_ENV says (config.ts is the one reader of the environment).
    maskedErrors: { isDev: false },
    context: (initial): Context => {
      // WebSocket operations arrive with the viewer authenticated once at connection_init.
      const fromSocket = initial as Partial<Context>;
      let viewer: Viewer;
      if ('viewer' in fromSocket) viewer = fromSocket.viewer ?? null;
      else {
        try {
          viewer = users.authenticate(bearerToken(initial.request as Request));
        } catch (error) {
          if (error instanceof CourtsideError) error.extensions.http = { status: 401 };
          throw error;
        }
      }
      return { viewer, domains, onSlowConsumer: fromSocket.onSlowConsumer ?? (() => {}) };
    },
  });

  const serveStatic = createStaticHandler(CLIENT_DIST);
  const httpServer = createServer((request, response) => {
    if (request.url?.startsWith(yoga.graphqlEndpoint)) {
      if (Number(request.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES) return refuseTooLarge(response);
      return yoga(request, response);
    }
    if (config.serveClient && (request.method === 'GET' || request.method === 'HEAD') && serveStatic(request, response)) return;
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found. The API and GraphiQL are at /graphql.\n');
  });
  const connections = trackConnections(httpServer);
  const ws = attachGraphQLWs({
    httpServer,
    yoga,
    users,
    pubsub,
    socketBufferLimit: config.socketBufferLimit,
    maxPayload: MAX_REQUEST_BYTES,
    origins,
    connectionInitTimeoutMs: config.connectionInitTimeoutMs,
    maxSubscriptionsPerSocket: config.maxSubscriptionsPerSocket,
    maxSocketsPerUser: config.maxSocketsPerUser,
    sessionRecheckMs: config.sessionRecheckMs,
    production: config.production,
  });

  return {
    db,
    pubsub,
    /** The event log, for its group-commit gauge. */
    eventLog,
    domains,
    yoga,
    httpServer,
    wss: ws.wss,

    listen(port = config.port, host = config.host): Promise<AddressInfo> {
      return new Promise((resolveListen, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolveListen(httpServer.address() as AddressInfo));
      });
    },

    /**
     * Graceful stop: refuse new connections, close sockets with 1001 (clients reconnect and resume),
     * let in-flight HTTP requests finish, then close the database. Writes are synchronous
     * transactions, so none is ever half done when this runs.
     */
    async close(): Promise<void> {
      const httpClosed = new Promise<void>((done) => httpServer.close(() => done()));
      await ws.dispose();
      connections.endIdle();
      const deadline = setTimeout(() => httpServer.closeAllConnections(), 5000);
      await httpClosed;
      clearTimeout(deadline);
      gate.dispose();
      mutationBudget.dispose();
      pipeline.dispose();
      presence.dispose();
      typing.dispose();
      cheering.dispose();
      db.$client.close();
    },
  };
}
