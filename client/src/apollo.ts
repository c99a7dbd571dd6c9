// The only place that builds the Apollo client: queries and mutations over HTTP to same-origin
// /graphql with the bearer token, subscriptions over the shared graphql-ws socket.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import type { Socket } from './socket';

export interface ApolloOptions {
  token: () => string | null;
  socket: Socket;
  /** An HTTP request made with `token` was refused with 401: the token expired or was revoked. */
  onUnauthenticated: (token: string) => void;
}

const bearer = (token: string) => `Bearer ${token}`;

export function createApolloClient({ token, socket, onUnauthenticated }: ApolloOptions): ApolloClient {
  const withToken = new SetContextLink((previous) => {
    const current = token();
    return current ? { headers: { ...previous.headers, authorization: bearer(current) } } : {};
  });

  // A refused bearer token is a 401 (a GraphQL result or not, depending on the media type);
  // a wrong password is a 200 with UNAUTHENTICATED and must not end the session.
  const refusedToken = new ErrorLink(({ error, operation }) => {
    const { headers, response } = operation.getContext() as { headers?: Record<string, string>; response?: Response };
    const status = ServerError.is(error) ? error.statusCode : response?.status;
    const current = token();
    if (status === 401 && current && headers?.authorization === bearer(current)) onUnauthenticated(current);
  });

  const http = ApolloLink.from([refusedToken, withToken, new HttpLink({ uri: '/graphql' })]);
  const ws = new GraphQLWsLink(socket.client);

  return new ApolloClient({
    link: ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, ws, http),
    cache: new InMemoryCache({
      typePolicies: {
        // A room's membership and settings have no id of their own: they belong to the room.
        Membership: { merge: true },
        RoomSettings: { merge: true },
      },
    }),
  });
}
