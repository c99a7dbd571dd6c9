// One config for both sides: server resolver types and the client's typed documents.
// `npm run codegen` writes them; `npm run codegen:check` (run by CI) fails when they are stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'server/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#Context',
        scalars: { DateTime: 'Date' },
        mappers: {
          User: '../../users/publicUser#PublicUser',
          Room: '../../storage/rows#RoomRow',
          Membership: '../../storage/rows#MembershipRow',
          Message: '../../messages/messageSnapshot#MessageSource',
          ReactionGroup: '../../reactions/reactionGroups#ReactionGroupSource',
          AuthPayload: '../../users/users#AuthResult',
          MessageAdded: '../../messages/messageEvents#MessageAddedEvent',
          MessageEdited: '../../messages/messageEvents#MessageEditedEvent',
          MessageDeleted: '../../messages/messageEvents#MessageDeletedEvent',
          ResyncRequired: '../../pubsub#ResyncRequiredEvent',
          ReactionChanged: '../../reactions/reactionEvents#ReactionChangedEvent',
          TypingChanged: '../../pubsub#TypingChangedEvent',
          PresenceChanged: '../../pubsub#PresenceChangedEvent',
          ReadMarkerMoved: '../../pubsub#ReadMarkerMovedEvent',
          RoomReactionBurst: '../../pubsub#RoomReactionBurstEvent',
          UnreadChanged: '../../pubsub#UnreadChangedEvent',
          Mentioned: '../../pubsub#MentionedEvent',
          RoomAdded: '../../pubsub#RoomAddedEvent',
          SearchHit: '../../search/search#SearchHitRow',
          ReadMarker: '../../readState/readState#ReadMarkerRow',
          MessagePinned: '../../moderatorActions/pinEvents#MessagePinnedEvent',
          MessageUnpinned: '../../moderatorActions/pinEvents#MessageUnpinnedEvent',
          RoomUpdated: '../../rooms/roomUpdated#RoomUpdatedEvent',
          ModerationNotice: '../../pubsub#ModerationNoticeEvent',
          MemberCountChanged: '../../pubsub#MemberCountChangedEvent',
          MessageHeld: '../../pubsub#MessageHeldEvent',
          HeldMessageDecided: '../../pubsub#HeldMessageDecidedEvent',
          RoomSettings: '../../storage/rows#RoomRow',
          Report: '../../storage/rows#ReportRow',
          ModerationLogEntry: '../../storage/rows#ModerationLogRow',
        },
      },
    },
    'client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
