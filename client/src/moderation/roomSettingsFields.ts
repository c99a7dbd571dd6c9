// A room's name, topic and moderation settings: read with the room, returned by
// updateRoomSettings, and brought by the live RoomUpdated event, so each can replace the other in
// the cache. The type names are spelled out: the room event stream is not sent through Apollo,
// which would add them, and the cache needs them.
import { graphql } from '../gql';

export const roomSettingsFields = graphql(`
  fragment RoomSettingsFields on Room {
    __typename
    id
    name
    topic
    settings {
      __typename
      slowModeSeconds
      blockedTerms
      linkPolicy
      profanity
    }
  }
`);

/**
 * What the live RoomUpdated brings: the settings every viewer sees. `blockedTerms` is for moderators
 * only, so it differs per viewer; kept out of the one live document that every viewer shares, it is
 * read again by moderators when the room changes.
 */
export const roomLiveFields = graphql(`
  fragment RoomLiveFields on Room {
    __typename
    id
    name
    topic
    settings {
      __typename
      slowModeSeconds
      linkPolicy
      profanity
    }
  }
`);

export const roomBlockedTermsQuery = graphql(`
  query RoomBlockedTerms($id: ID!) {
    room(id: $id) {
      id
      settings {
        blockedTerms
      }
    }
  }
`);
