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
