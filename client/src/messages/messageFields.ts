// The fields every message view needs, shared by pages, live events and mutation results so that
// all three produce the same shape and can replace each other in the timeline.
import { graphql } from '../gql';

/** Referenced by name (`...MessageFields`) in the documents; codegen finds it here. */
export const messageFields = graphql(`
  fragment MessageFields on Message {
    id
    seq
    body
    createdAt
    editedAt
    deletedAt
    clientMessageId
    threadRootId
    replyCount
    lastReplyAt
    author {
      id
      displayName
      username
      isGuest
    }
    replyTo {
      id
      body
      deletedAt
      author {
        id
        displayName
      }
    }
    reactions {
      emoji
      count
      reactedByMe
    }
    mentions {
      id
      username
    }
  }
`);
