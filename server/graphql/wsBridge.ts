// graphql-ws on the HTTP server's /graphql path, sharing yoga's plugin chain through getEnveloped so
// that parsing, validation, context, masking and every envelop plugin behave as over HTTP.
//
// Unlike the documented recipe, nothing an operation sends can close the socket: a syntax error, a
// failed validation or a failing subscription answers that operation with an `error` message, and
// the socket's other subscriptions live on.
import type { Server } from 'node:http';
import { GraphQLError, getOperationAST, type ExecutionArgs } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer, type WebSocket } from 'ws';
import { isCourtsideError } from '../errors';
import type { PubSub } from '../pubsub';
import type { Users } from '../users/users';
import type { Viewer } from '../users/viewer';
import type { Context } from './context';

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
}

interface SocketState {
  viewer: Viewer;
  release: () => void;
}

type Enveloped = ReturnType<YogaServerInstance<Record<string, unknown>, Context>['getEnveloped']>;

/** Closes a socket that fell behind with a retryable code; a peer that stopped reading is cut off. */
function closeSlowConsumer(socket: WebSocket): void {
  if (socket.readyState !== socket.OPEN) return;
  socket.close(SLOW_CONSUMER_CLOSE, 'Too far behind; reconnect and resume from your last seq');
  setTimeout(() => socket.terminate(), 2000).unref();
}

/** A stream that fails at once, so graphql-ws answers with an `error` message instead of `next`. */
async function* failing(errors: readonly GraphQLError[]): AsyncGenerator<never> {
  throw errors[0];
}

export function attachGraphQLWs({ httpServer, yoga, users, pubsub, socketBufferLimit, maxPayload }: WsBridgeOptions) {
  const wss = new WebSocketServer({ server: httpServer, path: yoga.graphqlEndpoint, maxPayload });
  const sockets = new WeakMap<WebSocket, SocketState>();

  /** Ends the socket with 4403 as soon as the token it was opened with is revoked. */
  function watchRevocation(socket: WebSocket, viewer: NonNullable<Viewer>): () => void {
    const revocations = pubsub.subscribe('sessionRevoked', viewer.user.id, { limit: 100, onOverflow: () => {} });
    void (async () => {
      for await (const revoked of revocations) {
        if (revoked.tokenHash === viewer.tokenHash) socket.close(CloseCode.Forbidden, 'Signed out');
      }
    })();
    return () => void revocations.return?.();
  }

  const server = useServer<Record<string, unknown>, { socket: WebSocket }>(
    {
      execute: (args) => (args.rootValue as Enveloped).execute(args),
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args),

      onConnect(ctx) {
        const { socket } = ctx.extra;
        let viewer: Viewer;
        try {
          const token = ctx.connectionParams?.authToken;
          viewer = users.authenticate(typeof token === 'string' ? token : null);
        } catch (error) {
          if (isCourtsideError(error)) return false; // graphql-ws closes with 4403 Forbidden
          throw error;
        }
        sockets.set(socket, { viewer, release: viewer ? watchRevocation(socket, viewer) : () => {} });
        return true;
      },

      onClose(ctx) {
        sockets.get(ctx.extra.socket)?.release();
      },

      async onSubscribe(ctx, _id, params): Promise<ExecutionArgs | readonly GraphQLError[]> {
        const { socket } = ctx.extra;
        const enveloped = yoga.getEnveloped({
          viewer: sockets.get(socket)?.viewer ?? null,
          onSlowConsumer: () => closeSlowConsumer(socket),
          params,
        });
        let document;
        try {
          document = enveloped.parse(params.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The document could not be parsed.')];
        }
        const errors = enveloped.validate(enveloped.schema, document);
        if (errors.length > 0) return errors;
        if (!getOperationAST(document, params.operationName)) {
          return [new GraphQLError('The document has no operation to run (or operationName does not match one).')];
        }
        return {
          schema: enveloped.schema,
          document,
          operationName: params.operationName,
          variableValues: params.variables,
          contextValue: await enveloped.contextFactory(),
          rootValue: enveloped,
        };
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
        const { socket } = ctx.extra;
        if (socket.bufferedAmount > socketBufferLimit) closeSlowConsumer(socket);
      },
    },
    wss,
  );

  return {
    wss,
    /** Closes every socket with 1001 (clients reconnect) and stops accepting new ones. */
    dispose: () => server.dispose(),
  };
}
