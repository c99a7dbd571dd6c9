// The page reads of a room's main timeline, and their conversion to timeline pages.
import { graphql } from '../gql';
import type { MessageContextQuery, NewestMessagesQuery } from '../gql/graphql';
import type { NewerPage, Page } from './timeline';

export const PAGE_SIZE = 50;
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
