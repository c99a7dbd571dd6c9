// The page reads of a room's main timeline, and their conversion to timeline pages.
import type { ApolloClient } from '@apollo/client';
import { graphql } from '../gql';
import type { MessageContextQuery, NewestMessagesQuery } from '../gql/graphql';
import type { NewerPage, Page } from './timeline';
import type { Edge } from './timelineBounds';

export const PAGE_SIZE = 50;
/** The server's largest page. */
const MAX_PAGE_SIZE = 100;
/** Messages shown on each side of a message jumped to. */
export const CONTEXT_SIZE = 25;

/** Reads `room.lastSeq` (and the viewer's read marker) with the newest page. */
export const newestMessagesQuery = graphql(`
  query NewestMessages($roomId: ID!, $last: Int!) {
    room(id: $roomId) {
      id
      lastSeq
      myMembership {
        lastReadSeq
      }
    }
    messages(roomId: $roomId, last: $last) {
      edges {
        node {
          ...MessageFields
        }
      }
      pageInfo {
        hasPreviousPage
        startCursor
      }
    }
  }
`);

export const olderMessagesQuery = graphql(`
  query OlderMessages($roomId: ID!, $last: Int!, $before: String!) {
    messages(roomId: $roomId, last: $last, before: $before) {
      edges {
        node {
          ...MessageFields
        }
      }
      pageInfo {
        hasPreviousPage
        startCursor
      }
    }
  }
`);

export const newerMessagesQuery = graphql(`
  query NewerMessages($roomId: ID!, $first: Int!, $after: String!) {
    messages(roomId: $roomId, first: $first, after: $after) {
      edges {
        node {
          ...MessageFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The messages on both sides of one message's cursor (from a search hit). */
export const messageContextQuery = graphql(`
  query MessageContext($roomId: ID!, $cursor: String!, $size: Int!) {
    before: messages(roomId: $roomId, last: $size, before: $cursor) {
      edges {
        node {
          ...MessageFields
        }
      }
      pageInfo {
        hasPreviousPage
        startCursor
      }
    }
    after: messages(roomId: $roomId, first: $size, after: $cursor) {
      edges {
        node {
          ...MessageFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Only where messages are: their cursors, to move the start or end of a stretch (see timelineBounds.ts). */
export const messageCursorsQuery = graphql(`
  query MessageCursors($roomId: ID!, $first: Int!, $after: String) {
    messages(roomId: $roomId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          seq
        }
      }
    }
  }
`);

/**
 * The `count`-th message after the cursor `after` (null: from the room's first message), or the last
 * one there is; null when there is none. Reads at most a page of cursors per hundred messages.
 */
export async function edgeAfter(apollo: ApolloClient, roomId: string, after: string | null, count: number): Promise<Edge | null> {
  let edge: Edge | null = null;
  for (let left = count; left > 0;) {
    const first = Math.min(left, MAX_PAGE_SIZE);
    const { data } = await apollo.query({ query: messageCursorsQuery, variables: { roomId, first, after }, fetchPolicy: 'no-cache' });
    const edges = data?.messages.edges ?? [];
    if (edges.length === 0) break;
    edge = edges[edges.length - 1];
    after = edge.cursor;
    left = edges.length < first ? 0 : left - first;
  }
  return edge;
}

export function toPage(connection: NewestMessagesQuery['messages']): Page {
  return {
    messages: connection.edges.map((edge) => edge.node),
    startCursor: connection.pageInfo.startCursor ?? null,
    hasOlder: connection.pageInfo.hasPreviousPage,
  };
}

export function toNewerPage(connection: MessageContextQuery['after']): NewerPage {
  return {
    messages: connection.edges.map((edge) => edge.node),
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNewer: connection.pageInfo.hasNextPage,
  };
}
