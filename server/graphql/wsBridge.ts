// graphql-ws on the HTTP server's /graphql path, sharing yoga's plugin chain through getEnveloped so
// that parsing, validation (query limits included), context, masking and every envelop plugin
// behave as over HTTP.
//
// Unlike the documented recipe, nothing an operation sends can close the socket: a syntax error, a
// failed validation, a refused limit or a failing subscription answers that operation with an
// `error` message, and the socket's other subscriptions live on. What closes a socket: a foreign
// Origin (refused before the upgrade, 403), no connection_init in time (4408), a bad token (4403),
// too many sockets for one user (4429), signOut or token expiry (4403), a slow consumer or a failed
// session re-check (1013, retried), an oversized frame (1009).
import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, getOperationAST, type DocumentNode, type ExecutionArgs, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { maskError, type YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer, type WebSocket } from 'ws';
import { busyFieldError } from '../db/busy';
import { CourtsideError, isCourtsideError } from '../errors';
import { isAllowedOrigin, type OriginPolicy } from '../http/origin';
import type { PubSub } from '../pubsub';
import type { Users } from '../users/users';
import type { Context } from './context';
import { createSharedExecution, isSharedSubscription, type SendPayload, type ViewerRules } from './sharedExecution';
import { createSocketSessions } from './socketSessions';
import { createWriteCoalescer } from './writeCoalescer';

/** Close codes the graphql-ws client retries, so it reconnects and resumes from its last seq. */
export const SLOW_CONSUMER_CLOSE = 1013;
export const GOING_AWAY_CLOSE = 1001;

export interface WsBridgeOptions {
  httpServer: Server;
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  users: Users;
  pubsub: PubSub;
  socketBufferLimit: number;
  /** Largest incoming frame in bytes. */
  maxPayload: number;
  /** Browser origins allowed to open a socket; any other is refused with 403 before the upgrade. */
  origins: OriginPolicy;
  connectionInitTimeoutMs: number;
  /** Operations (subscriptions, and queries in flight) one socket may run at once. */
  maxSubscriptionsPerSocket: number;
  maxSocketsPerUser: number;
  sessionRecheckMs: number;
  /** The client address of an upgrade request (TRUST_PROXY decides whether X-Forwarded-For counts). */
  addressOf: (request: IncomingMessage) => string;
  /** In production a close reason never carries an internal error's message. */
  production: boolean;
  /** Who differs on a live event, per `@viewerDependent` field (graphql/schema.ts). */
  viewerRules: ViewerRules;
}

/** Unsent bytes on a socket above which a shared stream waits for its frames to be taken. */
const SEND_PAUSE_BYTES = 64 * 1024;
const TEXT_FRAME = { binary: false };
const CLOSING_BRACE = 0x7d;

/** Where a shared subscription writes its frames: carried from onSubscribe to subscribe, and marks it shared. */
const OPERATION = Symbol('operation');

type Enveloped = ReturnType<YogaServerInstance<Record<string, unknown>, Context>['getEnveloped']>;

/** Closes a socket that fell behind with a retryable code; a peer that stopped reading is cut off. */
function closeSlowConsumer(socket: WebSocket): void {
  if (socket.readyState !== socket.OPEN) return;
  socket.close(SLOW_CONSUMER_CLOSE, 'Too far behind; reconnect and resume from your last seq');
  setTimeout(() => socket.terminate(), 2000).unref();
}

/** A stream that fails at once, so graphql-ws answers with an `error` message instead of `next`. */
// eslint-disable-next-line require-yield -- it yields nothing on purpose: its one step is the throw
async function* failing(errors: readonly GraphQLError[]): AsyncGenerator<never> {
  throw errors[0];
}

/** A GraphQLError all the way down: raised on purpose (CourtsideError, validation), safe to show. */
function isExpected(error: unknown): boolean {
  return error instanceof GraphQLError && (error.originalError == null || isExpected(error.originalError));
}

export function attachGraphQLWs(options: WsBridgeOptions) {
  const { httpServer, yoga, users, pubsub, socketBufferLimit, maxPayload, origins, maxSubscriptionsPerSocket } = options;
  const wss = new WebSocketServer({
    server: httpServer,
    path: yoga.graphqlEndpoint,
    maxPayload,
    verifyClient: ({ origin, req }, done) => {
      if (isAllowedOrigin(origin, req.headers.host, origins)) done(true);
      else done(false, 403, 'Origin not allowed');
    },
  });
  const shared = createSharedExecution(options.viewerRules);
  /** Each socket's client address, taken at the handshake (the upgrade request is dropped then). */
  const addresses = new WeakMap<WebSocket, string>();
  const coalescer = createWriteCoalescer();
  /** The first query text seen for each parsed document (yoga caches documents by text). */
  const queryTexts = new WeakMap<DocumentNode, string>();
  const sessions = createSocketSessions({
    users,
    pubsub,
    maxSocketsPerUser: options.maxSocketsPerUser,
    recheckMs: options.sessionRecheckMs,
    logError: (error) => yoga.logger.error(error),
  });

  /** What the socket may show of an error: unexpected ones are masked (and logged) as over HTTP. */
  function shown(error: unknown): GraphQLError {
    if (isExpected(error)) return error as GraphQLError;
    const busy = busyFieldError(error);
    if (busy) return busy;
    yoga.logger.error(error instanceof GraphQLError ? (error.originalError ?? error) : error);
    return maskError(error, 'Unexpected error.', false) as GraphQLError;
  }

  function cutOffIfBehind(socket: WebSocket): void {
    if (socket.bufferedAmount > socketBufferLimit) closeSlowConsumer(socket);
  }

  /**
   * Writes a shared `roomEvents` payload as this operation's `next` frame: only the id differs
   * between subscribers, so the frame is this operation's prefix and the shared JSON bytes, copied
   * into one buffer (no per-socket string encoding). While the socket keeps up nothing waits; once
   * it holds more than SEND_PAUSE_BYTES unsent, the stream waits for this frame to be taken, so a
   * peer that stops reading stops pulling (its queue then overflows, or the buffer limit cuts it
   * off). Hot path: once per delivered event.
   */
  function payloadSender(socket: WebSocket, id: string): SendPayload {
    // Its own small allocation: a slice of Buffer's shared 8 KiB pool would keep a whole slab alive
    // per socket for as long as the subscription lasts.
    const text = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
    const prefix = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
    prefix.write(text);
    return (json) => {
      if (socket.readyState !== socket.OPEN) return undefined;
      const frame = Buffer.allocUnsafe(prefix.length + json.length + 1);
      prefix.copy(frame, 0);
      json.copy(frame, prefix.length);
      frame[frame.length - 1] = CLOSING_BRACE;
      coalescer.hold(socket, frame.length);
      if (socket.bufferedAmount < SEND_PAUSE_BYTES) {
        socket.send(frame, TEXT_FRAME);
        return undefined;
      }
      return new Promise<void>((resolve) => {
        socket.send(frame, TEXT_FRAME, () => resolve());
        cutOffIfBehind(socket);
      });
    };
  }

  const server = useServer<Record<string, unknown>, { socket: WebSocket }>(
    {
      isProd: options.production,
      connectionInitWaitTimeout: options.connectionInitTimeoutMs,
      execute: (args) => (args.rootValue as Enveloped).execute(args),
      subscribe: (args) => {
        const operation = (args as ExecutionArgs & { [OPERATION]?: { socket: WebSocket; id: string } })[OPERATION];
        if (!operation) return (args.rootValue as Enveloped).subscribe(args);
        return shared.subscribe(args, payloadSender(operation.socket, operation.id));
      },

      async onConnect(ctx) {
        const { socket } = ctx.extra;
        // The upgrade request (headers and all) would otherwise live as long as the socket; nothing
        // reads it after the handshake. ~1.5 KB per connection in a room of thousands.
        addresses.set(socket, options.addressOf(ctx.extra.request));
        delete (ctx.extra as { request?: unknown }).request;
        let admission;
        try {
          admission = await sessions.admit(socket, ctx.connectionParams?.authToken);
        } catch (error) {
          if (isCourtsideError(error)) return false; // graphql-ws closes with 4403 Forbidden
          throw error;
        }
        // Closed while the token was being checked: onClose ran before admit registered the socket.
        if (socket.readyState !== socket.OPEN) {
          sessions.release(socket);
          return false;
        }
        if ('refused' in admission) {
          socket.close(admission.refused.code, admission.refused.reason);
          return false; // graphql-ws's own close (4403) is a no-op on a closing socket
        }
        return true;
      },

      onClose(ctx) {
        sessions.release(ctx.extra.socket);
      },

      async onSubscribe(ctx, id, params): Promise<ExecutionArgs | readonly GraphQLError[]> {
        const { socket } = ctx.extra;
        // This operation is already in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > maxSubscriptionsPerSocket) {
          const message = `This socket already runs ${maxSubscriptionsPerSocket} operations, the limit; complete one before starting another.`;
          return [new CourtsideError('RATE_LIMITED', message, { limit: maxSubscriptionsPerSocket })];
        }
        const enveloped = yoga.getEnveloped({
          viewer: sessions.viewerOf(socket),
          clientAddress: addresses.get(socket) ?? 'unknown',
          onSlowConsumer: () => closeSlowConsumer(socket),
          params,
        });
        try {
          const document = enveloped.parse(params.query);
          const errors = enveloped.validate(enveloped.schema, document);
          if (errors.length > 0) return errors;
          const operation = getOperationAST(document, params.operationName);
          if (!operation) {
            return [new GraphQLError('The document has no operation to run (or operationName does not match one).')];
          }
          const args = { schema: enveloped.schema, document, operationName: params.operationName, variableValues: params.variables };
          const context = (await enveloped.contextFactory()) as unknown as Context;
          if (!isSharedSubscription(operation)) return { ...args, contextValue: context, rootValue: enveloped };
          // Shared subscriptions run outside yoga's chain (sharedExecution.ts), and live as long as the
          // socket: they keep only what their resolvers read, not the envelop and its whole context.
          // graphql-ws keeps the subscribe message as long as the operation runs: one copy of the
          // query text per document instead of one per socket (~2 KB each for the client's document).
          (params as { query: string }).query = queryTexts.get(document) ?? (queryTexts.set(document, params.query), params.query);
          const { viewer, domains, clientAddress, onSlowConsumer } = context;
          return { ...args, contextValue: { viewer, domains, clientAddress, onSlowConsumer } satisfies Context, [OPERATION]: { socket, id } } as ExecutionArgs;
        } catch (error) {
          // A syntax error, a limit refused while parsing, a context that could not be built.
          return [shown(error)];
        }
      },

      async onOperation(_ctx, _id, _params, args, pending) {
        const result = await pending;
        // A subscription that could not start (no such room, no access, bad argument) comes back as a
        // plain result with errors: answer with an `error` message, as for a bad document.
        const operation = getOperationAST(args.document, args.operationName);
        if (operation?.operation === 'subscription' && !(Symbol.asyncIterator in result) && result.errors?.length) {
          return failing(result.errors);
        }
        return undefined;
      },

      onNext(ctx) {
        // Hot path: once per delivered event. A peer that stopped reading is cut off here before
        // its unsent bytes grow past the bound.
        cutOffIfBehind(ctx.extra.socket);
      },

      onError(_ctx, _id, _payload, errors): GraphQLFormattedError[] {
        // graphql-ws re-wraps an error thrown by a running stream: anything that is not expected is
        // masked here too (yoga's chain masks what passes through it; this is the last gate before
        // the socket). Yoga's HTTP-only `extensions.http` is left out.
        return errors.map((error) => {
          const { extensions, ...rest } = shown(error).toJSON();
          if (!extensions) return rest;
          const { http: _http, ...shownExtensions } = extensions;
          return { ...rest, extensions: shownExtensions };
        });
      },
    },
    wss,
  );

  return {
    wss,
    /** Live events executed for shared subscriptions so far (all groups): for tests and gauges. */
    sharedExecutions: () => shared.executions(),
    /** Closes every socket with 1001 (clients reconnect) and stops accepting new ones. */
    dispose: () => server.dispose(),
  };
}
