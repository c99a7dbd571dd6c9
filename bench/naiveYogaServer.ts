// The floor: the documented graphql-yoga + graphql-ws recipe, nothing added. Yoga's `createPubSub`,
// a `Subscription.messageAdded` resolver that subscribes to it, and graphql-ws's `useServer` on a
// `ws` server whose `onSubscribe` builds the execution arguments with `yoga.getEnveloped`, as the
// yoga docs show. Every subscriber's stream executes and serializes every event for itself. No
// database: a message is numbered in memory and published at once.
//
//   POST /graphql  mutation sendMessage(roomId, body) { seq }   publish one MessageAdded
//   WS   /graphql  subscription messageAdded(roomId) { … }      graphql-transport-ws
//
// Env: PORT (0 picks one), HOST. Prints "naive-yoga: listening at http://HOST:PORT/" once ready.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createPubSub, createSchema, createYoga } from 'graphql-yoga';
import { WebSocketServer } from 'ws';

interface MessageAdded {
  seq: number;
  message: { id: string; body: string; createdAt: string };
}

const pubSub = createPubSub<{ messageAdded: [roomId: string, payload: MessageAdded] }>();
let seq = 0;

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Message {
      id: ID!
      body: String!
      createdAt: String!
    }
    type MessageAdded {
      seq: Int!
      message: Message!
    }
    type Query {
      lastSeq: Int!
    }
    type Mutation {
      sendMessage(roomId: ID!, body: String!): MessageAdded!
    }
    type Subscription {
      messageAdded(roomId: ID!): MessageAdded!
    }
  `,
  resolvers: {
    Query: { lastSeq: () => seq },
    Mutation: {
      sendMessage: (_: unknown, { roomId, body }: { roomId: string; body: string }) => {
        seq++;
        const payload = { seq, message: { id: `n${seq}`, body, createdAt: new Date().toISOString() } };
        pubSub.publish('messageAdded', roomId, payload);
        return payload;
      },
    },
    Subscription: {
      messageAdded: {
        subscribe: (_: unknown, { roomId }: { roomId: string }) => pubSub.subscribe('messageAdded', roomId),
        resolve: (payload: MessageAdded) => payload,
      },
    },
  },
});

const yoga = createYoga({ schema, graphiql: false, logging: 'warn' });
const httpServer = createServer(yoga);
const wsServer = new WebSocketServer({ server: httpServer, path: yoga.graphqlEndpoint });

type Enveloped = ReturnType<typeof yoga.getEnveloped>;

useServer(
  {
    execute: (args: ExecutionArgs) => (args.rootValue as Enveloped).execute(args),
    subscribe: (args: ExecutionArgs) => (args.rootValue as Enveloped).subscribe(args),
    onSubscribe: async (ctx, _id, params) => {
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
        ...ctx,
        req: ctx.extra.request,
        socket: ctx.extra.socket,
        params,
      });
      const args = {
        schema,
        operationName: params.operationName,
        document: parse(params.query),
        variableValues: params.variables,
        contextValue: await contextFactory(),
        rootValue: { execute, subscribe },
      };
      const errors = validate(args.schema, args.document);
      if (errors.length) return errors;
      return args;
    },
  },
  wsServer,
);

httpServer.listen(Number(process.env.PORT ?? 0), process.env.HOST || '127.0.0.1', () => {
  const { address, port } = httpServer.address() as AddressInfo;
  console.log(`naive-yoga: listening at http://${address}:${port}/`);
});

const stop = () => {
  for (const socket of wsServer.clients) socket.terminate();
  wsServer.close();
  httpServer.close(() => process.exit(0));
  httpServer.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
