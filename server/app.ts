// The one composition root: database, pub/sub, domains (wired in domains.ts), yoga, HTTP and WebSocket.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createYoga, maskError } from 'graphql-yoga';
import type { Config } from './config';
import { busyFieldError } from './db/busy';
import { createDomains } from './domains';
import { CourtsideError } from './errors';
import { queryLimitPlugins } from './graphql/armor';
import type { Context } from './graphql/context';
import { corsFor, useCrossSiteProtection } from './graphql/crossSite';
import { graphiqlOptions, graphiqlRenderer } from './graphql/graphiql';
import { useShortErrorEchoes } from './graphql/errorEchoes';
import { useNoIntrospection } from './graphql/introspection';
import { useMutationBudget } from './graphql/mutationBudget';
import { buildSchema, viewerRules } from './graphql/schema';
import { attachGraphQLWs } from './graphql/wsBridge';
import { clientAddress } from './http/clientAddress';
import { trackConnections } from './http/connections';
import { originPolicy } from './http/origin';
import { createStaticHandler } from './http/staticFiles';
import { handleUnsizedBody, hasUnsizedBody } from './http/unsizedBody';
import { createMemoryPubSub } from './memoryPubSub';
import type { PubSub } from './pubsub';
import { createPostgresStore } from './storage/postgres/postgresStore';
import { createSqliteStore } from './storage/sqlite/sqliteStore';
import type { Store } from './storage/store';
import type { Viewer } from './users/viewer';
import { PROJECT_ROOT } from './projectRoot';

const CLIENT_DIST = join(PROJECT_ROOT, 'dist/client');
/** Largest GraphQL request body over HTTP, and largest WebSocket frame. */
const MAX_REQUEST_BYTES = 1024 * 1024;

export interface AppOptions {
  /** Yoga's logger: masked errors are logged through it. */
  logging?: boolean | 'debug' | 'info' | 'warn' | 'error';
  pubsub?: PubSub;
  /** A store opened by the caller (tests); by default the one the config names. */
  store?: Store;
}

export type App = Awaited<ReturnType<typeof createApp>>;

/** The storage the config names: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export function openStore(config: Config): Promise<Store> | Store {
  if (config.databaseUrl) return createPostgresStore(config.databaseUrl, { max: config.databasePoolSize });
  return createSqliteStore(config.databasePath, { synchronous: config.sqliteSynchronous, lockWaitMs: config.sqliteLockWaitMs });
}

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

export async function createApp(config: Config, options: AppOptions = {}) {
  const store = options.store ?? (await openStore(config));
  const pubsub = options.pubsub ?? createMemoryPubSub();
  const { domains, dispose: disposeDomains } = createDomains(config, store, pubsub);
  const { users } = domains;

  const origins = originPolicy(config);
  const addressOf = (request: IncomingMessage | undefined) => clientAddress(request?.socket.remoteAddress, request?.headers['x-forwarded-for'], config.trustProxyHops);
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: graphiqlOptions,
    renderGraphiQL: graphiqlRenderer(),
    logging: options.logging ?? (config.production ? 'info' : 'warn'),
    landingPage: false,
    plugins: [
      useCrossSiteProtection(origins),
      ...queryLimitPlugins(config.queryLimits),
      useMutationBudget(domains.mutationBudget, config.rateLimitsEnabled),
      ...(config.introspection ? [] : [useNoIntrospection()]),
      useShortErrorEchoes(),
    ],
    cors: corsFor(origins),
    // The body cap is enforced before yoga (below, and in unsizedBody.ts for chunked bodies).
    maxRequestBodySize: false,
    // Never echo an original error, whatever NODE_ENV says (config.ts is the one reader of the environment).
    // A database another process keeps locked is a retryable refusal, not an unexpected error.
    maskedErrors: { isDev: false, maskError: (error, message, isDev) => busyFieldError(error) ?? maskError(error, message, isDev) },
    context: async (initial): Promise<Context> => {
      // WebSocket operations arrive with the viewer authenticated once at connection_init.
      const fromSocket = initial as Partial<Context>;
      let viewer: Viewer;
      if ('viewer' in fromSocket) viewer = fromSocket.viewer ?? null;
      else {
        try {
          viewer = await users.authenticate(bearerToken(initial.request as Request));
        } catch (error) {
          // A refused token is 401; a database that could not be asked keeps its own (retryable) status.
          if (error instanceof CourtsideError && error.extensions.code === 'UNAUTHENTICATED') error.extensions.http = { status: 401 };
          throw error;
        }
      }
      const address = fromSocket.clientAddress ?? addressOf((initial as { req?: IncomingMessage }).req);
      return { viewer, domains, clientAddress: address, onSlowConsumer: fromSocket.onSlowConsumer ?? (() => {}) };
    },
  });

  const serveStatic = createStaticHandler(CLIENT_DIST);
  const httpServer = createServer((request, response) => {
    if (request.url?.startsWith(yoga.graphqlEndpoint)) {
      if (Number(request.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES) return refuseTooLarge(response);
      if (hasUnsizedBody(request)) {
        handleUnsizedBody(request, response, async (whole) => yoga.fetch(whole, { req: request }), MAX_REQUEST_BYTES, refuseTooLarge).catch((error) => {
          yoga.logger.error(error);
          if (!response.headersSent) response.writeHead(500).end();
          else response.destroy();
        });
        return;
      }
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
    addressOf,
    production: config.production,
    viewerRules,
  });

  return {
    /** The storage, for its group-commit gauge and for tests that look underneath. */
    store,
    pubsub,
    domains,
    yoga,
    httpServer,
    wss: ws.wss,
    /** Live events executed for shared `roomEvents` subscriptions so far, all groups together. */
    sharedExecutions: ws.sharedExecutions,

    listen(port = config.port, host = config.host): Promise<AddressInfo> {
      return new Promise((resolveListen, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolveListen(httpServer.address() as AddressInfo));
      });
    },

    /**
     * Graceful stop: refuse new connections, close sockets with 1001 (clients reconnect and resume),
     * let in-flight HTTP requests finish and queued writes commit, then close the database.
     */
    async close(): Promise<void> {
      const httpClosed = new Promise<void>((done) => httpServer.close(() => done()));
      await ws.dispose();
      connections.endIdle();
      const deadline = setTimeout(() => httpServer.closeAllConnections(), 5000);
      await httpClosed;
      clearTimeout(deadline);
      disposeDomains();
      await store.close();
    },
  };
}
