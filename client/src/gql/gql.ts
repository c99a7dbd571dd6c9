/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SendRoomReaction($roomId: ID!, $emoji: String!) {\n    sendRoomReaction(roomId: $roomId, emoji: $emoji)\n  }\n": typeof types.SendRoomReactionDocument,
    "\n    subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n      roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n        __typename\n        roomId\n        ... on DurableRoomEvent {\n          seq\n        }\n        ... on MessageAdded {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageEdited {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageDeleted {\n          messageId\n        }\n        ... on ReactionChanged {\n          messageId\n          emoji\n          count\n          added\n          user {\n            id\n          }\n        }\n        ... on TypingChanged {\n          users {\n            id\n            displayName\n          }\n        }\n        ... on PresenceChanged {\n          viewerCount\n          joined {\n            id\n            displayName\n            username\n            isGuest\n          }\n          left {\n            id\n          }\n        }\n        ... on ReadMarkerMoved {\n          reader: user {\n            id\n            displayName\n          }\n          # A read position, not a timeline seq: aliased so nothing can take it for one.\n          readSeq: seq\n        }\n        ... on RoomReactionBurst {\n          counts {\n            emoji\n            count\n          }\n        }\n        ... on ResyncRequired {\n          latestSeq\n        }\n        ... on MemberCountChanged {\n          memberCount\n        }\n        ... on MessagePinned {\n          message {\n            ...MessageFields\n            pinnedAt\n          }\n        }\n        ... on MessageUnpinned {\n          messageId\n        }\n        ... on RoomUpdated {\n          room {\n            ...RoomLiveFields\n          }\n        }\n      }\n    }\n  ": typeof types.RoomEventsDocument,
    "\n    subscription UserEvents {\n      userEvents {\n        __typename\n        room {\n          id\n        }\n        ... on UnreadChanged {\n          unreadCount\n          mentionCount\n        }\n        ... on Mentioned {\n          message {\n            id\n          }\n        }\n        ... on RoomAdded {\n          room {\n            ...RoomSummaryFields\n          }\n        }\n        ... on ModerationNotice {\n          action\n          messageId\n          until\n          reason\n        }\n        ... on HeldMessageDecided {\n          messageId\n          action\n          heldCount\n        }\n        ... on MessageHeld {\n          heldCount\n          message {\n            id\n            body\n            createdAt\n            moderationReason\n            threadRootId\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.UserEventsDocument,
    "\n  fragment MessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    editedAt\n    deletedAt\n    clientMessageId\n    threadRootId\n    replyCount\n    lastReplyAt\n    author {\n      id\n      displayName\n      username\n      isGuest\n    }\n    replyTo {\n      id\n      body\n      deletedAt\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      emoji\n      count\n      reactedByMe\n    }\n    mentions {\n      id\n      username\n    }\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  query NewestMessages($roomId: ID!, $last: Int!) {\n    room(id: $roomId) {\n      id\n      lastSeq\n      myMembership {\n        lastReadSeq\n      }\n    }\n    messages(roomId: $roomId, last: $last) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n": typeof types.NewestMessagesDocument,
    "\n  query OlderMessages($roomId: ID!, $last: Int!, $before: String!) {\n    messages(roomId: $roomId, last: $last, before: $before) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n": typeof types.OlderMessagesDocument,
    "\n  query NewerMessages($roomId: ID!, $first: Int!, $after: String!) {\n    messages(roomId: $roomId, first: $first, after: $after) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NewerMessagesDocument,
    "\n  query MessageContext($roomId: ID!, $cursor: String!, $size: Int!) {\n    before: messages(roomId: $roomId, last: $size, before: $cursor) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n    after: messages(roomId: $roomId, first: $size, after: $cursor) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MessageContextDocument,
    "\n  query MessageCursors($roomId: ID!, $first: Int!, $after: String) {\n    messages(roomId: $roomId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          seq\n        }\n      }\n    }\n  }\n": typeof types.MessageCursorsDocument,
    "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...MessageFields\n    }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n": typeof types.DeleteMessageDocument,
    "\n  query MyHeldMessages($roomId: ID!) {\n    myHeldMessages(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          body\n          clientMessageId\n          threadRootId\n          moderationReason\n          replyTo {\n            id\n            body\n            deletedAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyHeldMessagesDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n      status\n      moderationReason\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  query ApprovedMessage($id: ID!) {\n    message(id: $id) {\n      ...MessageFields\n      status\n    }\n  }\n": typeof types.ApprovedMessageDocument,
    "\n  fragment RoomSettingsFields on Room {\n    __typename\n    id\n    name\n    topic\n    settings {\n      __typename\n      slowModeSeconds\n      blockedTerms\n      linkPolicy\n      profanity\n    }\n  }\n": typeof types.RoomSettingsFieldsFragmentDoc,
    "\n  fragment RoomLiveFields on Room {\n    __typename\n    id\n    name\n    topic\n    settings {\n      __typename\n      slowModeSeconds\n      linkPolicy\n      profanity\n    }\n  }\n": typeof types.RoomLiveFieldsFragmentDoc,
    "\n  query RoomBlockedTerms($id: ID!) {\n    room(id: $id) {\n      id\n      settings {\n        blockedTerms\n      }\n    }\n  }\n": typeof types.RoomBlockedTermsDocument,
    "\n  query HeldMessages($roomId: ID!) {\n    heldMessages(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          moderationReason\n          threadRootId\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.HeldMessagesDocument,
    "\n  mutation ApproveMessage($id: ID!) {\n    approveMessage(id: $id) {\n      id\n      seq\n      status\n    }\n  }\n": typeof types.ApproveMessageDocument,
    "\n  mutation RejectMessage($id: ID!) {\n    rejectMessage(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RejectMessageDocument,
    "\n  query MemberRoles($roomId: ID!) {\n    room(id: $roomId) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            role\n            user {\n              id\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.MemberRolesDocument,
    "\n  mutation PinMessage($messageId: ID!) {\n    pinMessage(messageId: $messageId) {\n      id\n      pinnedAt\n    }\n  }\n": typeof types.PinMessageDocument,
    "\n  mutation UnpinMessage($messageId: ID!) {\n    unpinMessage(messageId: $messageId) {\n      id\n      pinnedAt\n    }\n  }\n": typeof types.UnpinMessageDocument,
    "\n  mutation TimeoutUser($roomId: ID!, $userId: ID!, $seconds: Int!, $reason: String) {\n    timeoutUser(roomId: $roomId, userId: $userId, seconds: $seconds, reason: $reason) {\n      role\n      timedOutUntil\n    }\n  }\n": typeof types.TimeoutUserDocument,
    "\n  mutation BanUser($roomId: ID!, $userId: ID!, $reason: String) {\n    banUser(roomId: $roomId, userId: $userId, reason: $reason)\n  }\n": typeof types.BanUserDocument,
    "\n  mutation UnbanUser($roomId: ID!, $userId: ID!) {\n    unbanUser(roomId: $roomId, userId: $userId)\n  }\n": typeof types.UnbanUserDocument,
    "\n  mutation SetRole($roomId: ID!, $userId: ID!, $role: RoomRole!) {\n    setRole(roomId: $roomId, userId: $userId, role: $role) {\n      role\n    }\n  }\n": typeof types.SetRoleDocument,
    "\n  mutation ReportMessage($messageId: ID!, $reason: String!) {\n    reportMessage(messageId: $messageId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.ReportMessageDocument,
    "\n  query ModerationLog($roomId: ID!) {\n    moderationLog(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          action\n          actor {\n            id\n            displayName\n          }\n          targetUser {\n            id\n            displayName\n          }\n          targetMessageId\n          reason\n          rule\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  query PinnedMessages($roomId: ID!) {\n    room(id: $roomId) {\n      id\n      lastSeq\n      pinnedMessages {\n        ...MessageFields\n        pinnedAt\n      }\n    }\n  }\n": typeof types.PinnedMessagesDocument,
    "\n  query Reports($roomId: ID!) {\n    reports(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            displayName\n          }\n          message {\n            id\n            body\n            createdAt\n            deletedAt\n            threadRootId\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ReportsDocument,
    "\n  mutation ResolveReport($id: ID!, $resolution: ReportResolution!) {\n    resolveReport(id: $id, resolution: $resolution) {\n      id\n      resolvedAt\n      resolution\n    }\n  }\n": typeof types.ResolveReportDocument,
    "\n  mutation UpdateRoomSettings($roomId: ID!, $settings: RoomSettingsInput!) {\n    updateRoomSettings(roomId: $roomId, settings: $settings) {\n      ...RoomSettingsFields\n    }\n  }\n": typeof types.UpdateRoomSettingsDocument,
    "\n  query RoomPresence($roomId: ID!, $first: Int!) {\n    room(id: $roomId) {\n      id\n      viewerCount\n    }\n    onlineMembers(roomId: $roomId, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          username\n          isGuest\n        }\n      }\n    }\n  }\n": typeof types.RoomPresenceDocument,
    "\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) {\n      id\n    }\n  }\n": typeof types.AddReactionDocument,
    "\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) {\n      id\n    }\n  }\n": typeof types.RemoveReactionDocument,
    "\n  mutation MarkRead($roomId: ID!, $seq: Int!) {\n    markRead(roomId: $roomId, seq: $seq) {\n      lastReadSeq\n      unreadCount\n      mentionCount\n    }\n  }\n": typeof types.MarkReadDocument,
    "\n  query ReadMarkers($roomId: ID!) {\n    readMarkers(roomId: $roomId) {\n      user {\n        id\n        displayName\n      }\n      seq\n    }\n  }\n": typeof types.ReadMarkersDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  query Room($id: ID!) {\n    room(id: $id) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      ...RoomSettingsFields\n      myMembership {\n        role\n        timedOutUntil\n        timeoutReason\n      }\n    }\n  }\n": typeof types.RoomDocument,
    "\n  mutation JoinRoom($roomId: ID!) {\n    joinRoom(roomId: $roomId) {\n      id\n      memberCount\n      myMembership {\n        role\n        timedOutUntil\n        timeoutReason\n        lastReadSeq\n        unreadCount\n        mentionCount\n      }\n    }\n  }\n": typeof types.JoinRoomDocument,
    "\n  fragment RoomSummaryFields on Room {\n    __typename\n    id\n    name\n    topic\n    kind\n    memberCount\n    myMembership {\n      __typename\n      role\n      lastReadSeq\n      unreadCount\n      mentionCount\n    }\n  }\n": typeof types.RoomSummaryFieldsFragmentDoc,
    "\n  query Rooms {\n    rooms(first: 50) {\n      edges {\n        node {\n          ...RoomSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.RoomsDocument,
    "\n  query SearchMessages($roomId: ID!, $query: String!, $first: Int!, $after: String) {\n    searchMessages(roomId: $roomId, query: $query, first: $first, after: $after) {\n      edges {\n        node {\n          snippet\n          messageCursor\n          message {\n            ...MessageFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchMessagesDocument,
    "\n  query Thread($rootId: ID!, $first: Int!, $after: String) {\n    thread(rootId: $rootId, first: $first, after: $after) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  mutation SetTyping($roomId: ID!, $typing: Boolean!) {\n    setTyping(roomId: $roomId, typing: $typing)\n  }\n": typeof types.SetTypingDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      username\n      isGuest\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation JoinAsGuest($displayName: String!) {\n    joinAsGuest(displayName: $displayName) {\n      token\n    }\n  }\n": typeof types.JoinAsGuestDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  mutation SendRoomReaction($roomId: ID!, $emoji: String!) {\n    sendRoomReaction(roomId: $roomId, emoji: $emoji)\n  }\n": types.SendRoomReactionDocument,
    "\n    subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n      roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n        __typename\n        roomId\n        ... on DurableRoomEvent {\n          seq\n        }\n        ... on MessageAdded {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageEdited {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageDeleted {\n          messageId\n        }\n        ... on ReactionChanged {\n          messageId\n          emoji\n          count\n          added\n          user {\n            id\n          }\n        }\n        ... on TypingChanged {\n          users {\n            id\n            displayName\n          }\n        }\n        ... on PresenceChanged {\n          viewerCount\n          joined {\n            id\n            displayName\n            username\n            isGuest\n          }\n          left {\n            id\n          }\n        }\n        ... on ReadMarkerMoved {\n          reader: user {\n            id\n            displayName\n          }\n          # A read position, not a timeline seq: aliased so nothing can take it for one.\n          readSeq: seq\n        }\n        ... on RoomReactionBurst {\n          counts {\n            emoji\n            count\n          }\n        }\n        ... on ResyncRequired {\n          latestSeq\n        }\n        ... on MemberCountChanged {\n          memberCount\n        }\n        ... on MessagePinned {\n          message {\n            ...MessageFields\n            pinnedAt\n          }\n        }\n        ... on MessageUnpinned {\n          messageId\n        }\n        ... on RoomUpdated {\n          room {\n            ...RoomLiveFields\n          }\n        }\n      }\n    }\n  ": types.RoomEventsDocument,
    "\n    subscription UserEvents {\n      userEvents {\n        __typename\n        room {\n          id\n        }\n        ... on UnreadChanged {\n          unreadCount\n          mentionCount\n        }\n        ... on Mentioned {\n          message {\n            id\n          }\n        }\n        ... on RoomAdded {\n          room {\n            ...RoomSummaryFields\n          }\n        }\n        ... on ModerationNotice {\n          action\n          messageId\n          until\n          reason\n        }\n        ... on HeldMessageDecided {\n          messageId\n          action\n          heldCount\n        }\n        ... on MessageHeld {\n          heldCount\n          message {\n            id\n            body\n            createdAt\n            moderationReason\n            threadRootId\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  ": types.UserEventsDocument,
    "\n  fragment MessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    editedAt\n    deletedAt\n    clientMessageId\n    threadRootId\n    replyCount\n    lastReplyAt\n    author {\n      id\n      displayName\n      username\n      isGuest\n    }\n    replyTo {\n      id\n      body\n      deletedAt\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      emoji\n      count\n      reactedByMe\n    }\n    mentions {\n      id\n      username\n    }\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  query NewestMessages($roomId: ID!, $last: Int!) {\n    room(id: $roomId) {\n      id\n      lastSeq\n      myMembership {\n        lastReadSeq\n      }\n    }\n    messages(roomId: $roomId, last: $last) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n": types.NewestMessagesDocument,
    "\n  query OlderMessages($roomId: ID!, $last: Int!, $before: String!) {\n    messages(roomId: $roomId, last: $last, before: $before) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n": types.OlderMessagesDocument,
    "\n  query NewerMessages($roomId: ID!, $first: Int!, $after: String!) {\n    messages(roomId: $roomId, first: $first, after: $after) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NewerMessagesDocument,
    "\n  query MessageContext($roomId: ID!, $cursor: String!, $size: Int!) {\n    before: messages(roomId: $roomId, last: $size, before: $cursor) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n    after: messages(roomId: $roomId, first: $size, after: $cursor) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MessageContextDocument,
    "\n  query MessageCursors($roomId: ID!, $first: Int!, $after: String) {\n    messages(roomId: $roomId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          seq\n        }\n      }\n    }\n  }\n": types.MessageCursorsDocument,
    "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...MessageFields\n    }\n  }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n": types.DeleteMessageDocument,
    "\n  query MyHeldMessages($roomId: ID!) {\n    myHeldMessages(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          body\n          clientMessageId\n          threadRootId\n          moderationReason\n          replyTo {\n            id\n            body\n            deletedAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyHeldMessagesDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n      status\n      moderationReason\n    }\n  }\n": types.SendMessageDocument,
    "\n  query ApprovedMessage($id: ID!) {\n    message(id: $id) {\n      ...MessageFields\n      status\n    }\n  }\n": types.ApprovedMessageDocument,
    "\n  fragment RoomSettingsFields on Room {\n    __typename\n    id\n    name\n    topic\n    settings {\n      __typename\n      slowModeSeconds\n      blockedTerms\n      linkPolicy\n      profanity\n    }\n  }\n": types.RoomSettingsFieldsFragmentDoc,
    "\n  fragment RoomLiveFields on Room {\n    __typename\n    id\n    name\n    topic\n    settings {\n      __typename\n      slowModeSeconds\n      linkPolicy\n      profanity\n    }\n  }\n": types.RoomLiveFieldsFragmentDoc,
    "\n  query RoomBlockedTerms($id: ID!) {\n    room(id: $id) {\n      id\n      settings {\n        blockedTerms\n      }\n    }\n  }\n": types.RoomBlockedTermsDocument,
    "\n  query HeldMessages($roomId: ID!) {\n    heldMessages(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          moderationReason\n          threadRootId\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.HeldMessagesDocument,
    "\n  mutation ApproveMessage($id: ID!) {\n    approveMessage(id: $id) {\n      id\n      seq\n      status\n    }\n  }\n": types.ApproveMessageDocument,
    "\n  mutation RejectMessage($id: ID!) {\n    rejectMessage(id: $id) {\n      id\n      status\n    }\n  }\n": types.RejectMessageDocument,
    "\n  query MemberRoles($roomId: ID!) {\n    room(id: $roomId) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            role\n            user {\n              id\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.MemberRolesDocument,
    "\n  mutation PinMessage($messageId: ID!) {\n    pinMessage(messageId: $messageId) {\n      id\n      pinnedAt\n    }\n  }\n": types.PinMessageDocument,
    "\n  mutation UnpinMessage($messageId: ID!) {\n    unpinMessage(messageId: $messageId) {\n      id\n      pinnedAt\n    }\n  }\n": types.UnpinMessageDocument,
    "\n  mutation TimeoutUser($roomId: ID!, $userId: ID!, $seconds: Int!, $reason: String) {\n    timeoutUser(roomId: $roomId, userId: $userId, seconds: $seconds, reason: $reason) {\n      role\n      timedOutUntil\n    }\n  }\n": types.TimeoutUserDocument,
    "\n  mutation BanUser($roomId: ID!, $userId: ID!, $reason: String) {\n    banUser(roomId: $roomId, userId: $userId, reason: $reason)\n  }\n": types.BanUserDocument,
    "\n  mutation UnbanUser($roomId: ID!, $userId: ID!) {\n    unbanUser(roomId: $roomId, userId: $userId)\n  }\n": types.UnbanUserDocument,
    "\n  mutation SetRole($roomId: ID!, $userId: ID!, $role: RoomRole!) {\n    setRole(roomId: $roomId, userId: $userId, role: $role) {\n      role\n    }\n  }\n": types.SetRoleDocument,
    "\n  mutation ReportMessage($messageId: ID!, $reason: String!) {\n    reportMessage(messageId: $messageId, reason: $reason) {\n      id\n    }\n  }\n": types.ReportMessageDocument,
    "\n  query ModerationLog($roomId: ID!) {\n    moderationLog(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          action\n          actor {\n            id\n            displayName\n          }\n          targetUser {\n            id\n            displayName\n          }\n          targetMessageId\n          reason\n          rule\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.ModerationLogDocument,
    "\n  query PinnedMessages($roomId: ID!) {\n    room(id: $roomId) {\n      id\n      lastSeq\n      pinnedMessages {\n        ...MessageFields\n        pinnedAt\n      }\n    }\n  }\n": types.PinnedMessagesDocument,
    "\n  query Reports($roomId: ID!) {\n    reports(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            displayName\n          }\n          message {\n            id\n            body\n            createdAt\n            deletedAt\n            threadRootId\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.ReportsDocument,
    "\n  mutation ResolveReport($id: ID!, $resolution: ReportResolution!) {\n    resolveReport(id: $id, resolution: $resolution) {\n      id\n      resolvedAt\n      resolution\n    }\n  }\n": types.ResolveReportDocument,
    "\n  mutation UpdateRoomSettings($roomId: ID!, $settings: RoomSettingsInput!) {\n    updateRoomSettings(roomId: $roomId, settings: $settings) {\n      ...RoomSettingsFields\n    }\n  }\n": types.UpdateRoomSettingsDocument,
    "\n  query RoomPresence($roomId: ID!, $first: Int!) {\n    room(id: $roomId) {\n      id\n      viewerCount\n    }\n    onlineMembers(roomId: $roomId, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          username\n          isGuest\n        }\n      }\n    }\n  }\n": types.RoomPresenceDocument,
    "\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) {\n      id\n    }\n  }\n": types.AddReactionDocument,
    "\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) {\n      id\n    }\n  }\n": types.RemoveReactionDocument,
    "\n  mutation MarkRead($roomId: ID!, $seq: Int!) {\n    markRead(roomId: $roomId, seq: $seq) {\n      lastReadSeq\n      unreadCount\n      mentionCount\n    }\n  }\n": types.MarkReadDocument,
    "\n  query ReadMarkers($roomId: ID!) {\n    readMarkers(roomId: $roomId) {\n      user {\n        id\n        displayName\n      }\n      seq\n    }\n  }\n": types.ReadMarkersDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n": types.CreateRoomDocument,
    "\n  query Room($id: ID!) {\n    room(id: $id) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      ...RoomSettingsFields\n      myMembership {\n        role\n        timedOutUntil\n        timeoutReason\n      }\n    }\n  }\n": types.RoomDocument,
    "\n  mutation JoinRoom($roomId: ID!) {\n    joinRoom(roomId: $roomId) {\n      id\n      memberCount\n      myMembership {\n        role\n        timedOutUntil\n        timeoutReason\n        lastReadSeq\n        unreadCount\n        mentionCount\n      }\n    }\n  }\n": types.JoinRoomDocument,
    "\n  fragment RoomSummaryFields on Room {\n    __typename\n    id\n    name\n    topic\n    kind\n    memberCount\n    myMembership {\n      __typename\n      role\n      lastReadSeq\n      unreadCount\n      mentionCount\n    }\n  }\n": types.RoomSummaryFieldsFragmentDoc,
    "\n  query Rooms {\n    rooms(first: 50) {\n      edges {\n        node {\n          ...RoomSummaryFields\n        }\n      }\n    }\n  }\n": types.RoomsDocument,
    "\n  query SearchMessages($roomId: ID!, $query: String!, $first: Int!, $after: String) {\n    searchMessages(roomId: $roomId, query: $query, first: $first, after: $after) {\n      edges {\n        node {\n          snippet\n          messageCursor\n          message {\n            ...MessageFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchMessagesDocument,
    "\n  query Thread($rootId: ID!, $first: Int!, $after: String) {\n    thread(rootId: $rootId, first: $first, after: $after) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  mutation SetTyping($roomId: ID!, $typing: Boolean!) {\n    setTyping(roomId: $roomId, typing: $typing)\n  }\n": types.SetTypingDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      username\n      isGuest\n    }\n  }\n": types.MeDocument,
    "\n  mutation JoinAsGuest($displayName: String!) {\n    joinAsGuest(displayName: $displayName) {\n      token\n    }\n  }\n": types.JoinAsGuestDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendRoomReaction($roomId: ID!, $emoji: String!) {\n    sendRoomReaction(roomId: $roomId, emoji: $emoji)\n  }\n"): (typeof documents)["\n  mutation SendRoomReaction($roomId: ID!, $emoji: String!) {\n    sendRoomReaction(roomId: $roomId, emoji: $emoji)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n      roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n        __typename\n        roomId\n        ... on DurableRoomEvent {\n          seq\n        }\n        ... on MessageAdded {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageEdited {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageDeleted {\n          messageId\n        }\n        ... on ReactionChanged {\n          messageId\n          emoji\n          count\n          added\n          user {\n            id\n          }\n        }\n        ... on TypingChanged {\n          users {\n            id\n            displayName\n          }\n        }\n        ... on PresenceChanged {\n          viewerCount\n          joined {\n            id\n            displayName\n            username\n            isGuest\n          }\n          left {\n            id\n          }\n        }\n        ... on ReadMarkerMoved {\n          reader: user {\n            id\n            displayName\n          }\n          # A read position, not a timeline seq: aliased so nothing can take it for one.\n          readSeq: seq\n        }\n        ... on RoomReactionBurst {\n          counts {\n            emoji\n            count\n          }\n        }\n        ... on ResyncRequired {\n          latestSeq\n        }\n        ... on MemberCountChanged {\n          memberCount\n        }\n        ... on MessagePinned {\n          message {\n            ...MessageFields\n            pinnedAt\n          }\n        }\n        ... on MessageUnpinned {\n          messageId\n        }\n        ... on RoomUpdated {\n          room {\n            ...RoomLiveFields\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n      roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n        __typename\n        roomId\n        ... on DurableRoomEvent {\n          seq\n        }\n        ... on MessageAdded {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageEdited {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageDeleted {\n          messageId\n        }\n        ... on ReactionChanged {\n          messageId\n          emoji\n          count\n          added\n          user {\n            id\n          }\n        }\n        ... on TypingChanged {\n          users {\n            id\n            displayName\n          }\n        }\n        ... on PresenceChanged {\n          viewerCount\n          joined {\n            id\n            displayName\n            username\n            isGuest\n          }\n          left {\n            id\n          }\n        }\n        ... on ReadMarkerMoved {\n          reader: user {\n            id\n            displayName\n          }\n          # A read position, not a timeline seq: aliased so nothing can take it for one.\n          readSeq: seq\n        }\n        ... on RoomReactionBurst {\n          counts {\n            emoji\n            count\n          }\n        }\n        ... on ResyncRequired {\n          latestSeq\n        }\n        ... on MemberCountChanged {\n          memberCount\n        }\n        ... on MessagePinned {\n          message {\n            ...MessageFields\n            pinnedAt\n          }\n        }\n        ... on MessageUnpinned {\n          messageId\n        }\n        ... on RoomUpdated {\n          room {\n            ...RoomLiveFields\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription UserEvents {\n      userEvents {\n        __typename\n        room {\n          id\n        }\n        ... on UnreadChanged {\n          unreadCount\n          mentionCount\n        }\n        ... on Mentioned {\n          message {\n            id\n          }\n        }\n        ... on RoomAdded {\n          room {\n            ...RoomSummaryFields\n          }\n        }\n        ... on ModerationNotice {\n          action\n          messageId\n          until\n          reason\n        }\n        ... on HeldMessageDecided {\n          messageId\n          action\n          heldCount\n        }\n        ... on MessageHeld {\n          heldCount\n          message {\n            id\n            body\n            createdAt\n            moderationReason\n            threadRootId\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    subscription UserEvents {\n      userEvents {\n        __typename\n        room {\n          id\n        }\n        ... on UnreadChanged {\n          unreadCount\n          mentionCount\n        }\n        ... on Mentioned {\n          message {\n            id\n          }\n        }\n        ... on RoomAdded {\n          room {\n            ...RoomSummaryFields\n          }\n        }\n        ... on ModerationNotice {\n          action\n          messageId\n          until\n          reason\n        }\n        ... on HeldMessageDecided {\n          messageId\n          action\n          heldCount\n        }\n        ... on MessageHeld {\n          heldCount\n          message {\n            id\n            body\n            createdAt\n            moderationReason\n            threadRootId\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    editedAt\n    deletedAt\n    clientMessageId\n    threadRootId\n    replyCount\n    lastReplyAt\n    author {\n      id\n      displayName\n      username\n      isGuest\n    }\n    replyTo {\n      id\n      body\n      deletedAt\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      emoji\n      count\n      reactedByMe\n    }\n    mentions {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    editedAt\n    deletedAt\n    clientMessageId\n    threadRootId\n    replyCount\n    lastReplyAt\n    author {\n      id\n      displayName\n      username\n      isGuest\n    }\n    replyTo {\n      id\n      body\n      deletedAt\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      emoji\n      count\n      reactedByMe\n    }\n    mentions {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewestMessages($roomId: ID!, $last: Int!) {\n    room(id: $roomId) {\n      id\n      lastSeq\n      myMembership {\n        lastReadSeq\n      }\n    }\n    messages(roomId: $roomId, last: $last) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewestMessages($roomId: ID!, $last: Int!) {\n    room(id: $roomId) {\n      id\n      lastSeq\n      myMembership {\n        lastReadSeq\n      }\n    }\n    messages(roomId: $roomId, last: $last) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderMessages($roomId: ID!, $last: Int!, $before: String!) {\n    messages(roomId: $roomId, last: $last, before: $before) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OlderMessages($roomId: ID!, $last: Int!, $before: String!) {\n    messages(roomId: $roomId, last: $last, before: $before) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewerMessages($roomId: ID!, $first: Int!, $after: String!) {\n    messages(roomId: $roomId, first: $first, after: $after) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewerMessages($roomId: ID!, $first: Int!, $after: String!) {\n    messages(roomId: $roomId, first: $first, after: $after) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageContext($roomId: ID!, $cursor: String!, $size: Int!) {\n    before: messages(roomId: $roomId, last: $size, before: $cursor) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n    after: messages(roomId: $roomId, first: $size, after: $cursor) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessageContext($roomId: ID!, $cursor: String!, $size: Int!) {\n    before: messages(roomId: $roomId, last: $size, before: $cursor) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n    after: messages(roomId: $roomId, first: $size, after: $cursor) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageCursors($roomId: ID!, $first: Int!, $after: String) {\n    messages(roomId: $roomId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          seq\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessageCursors($roomId: ID!, $first: Int!, $after: String) {\n    messages(roomId: $roomId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          seq\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHeldMessages($roomId: ID!) {\n    myHeldMessages(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          body\n          clientMessageId\n          threadRootId\n          moderationReason\n          replyTo {\n            id\n            body\n            deletedAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyHeldMessages($roomId: ID!) {\n    myHeldMessages(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          body\n          clientMessageId\n          threadRootId\n          moderationReason\n          replyTo {\n            id\n            body\n            deletedAt\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n      status\n      moderationReason\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n      status\n      moderationReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovedMessage($id: ID!) {\n    message(id: $id) {\n      ...MessageFields\n      status\n    }\n  }\n"): (typeof documents)["\n  query ApprovedMessage($id: ID!) {\n    message(id: $id) {\n      ...MessageFields\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomSettingsFields on Room {\n    __typename\n    id\n    name\n    topic\n    settings {\n      __typename\n      slowModeSeconds\n      blockedTerms\n      linkPolicy\n      profanity\n    }\n  }\n"): (typeof documents)["\n  fragment RoomSettingsFields on Room {\n    __typename\n    id\n    name\n    topic\n    settings {\n      __typename\n      slowModeSeconds\n      blockedTerms\n      linkPolicy\n      profanity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomLiveFields on Room {\n    __typename\n    id\n    name\n    topic\n    settings {\n      __typename\n      slowModeSeconds\n      linkPolicy\n      profanity\n    }\n  }\n"): (typeof documents)["\n  fragment RoomLiveFields on Room {\n    __typename\n    id\n    name\n    topic\n    settings {\n      __typename\n      slowModeSeconds\n      linkPolicy\n      profanity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomBlockedTerms($id: ID!) {\n    room(id: $id) {\n      id\n      settings {\n        blockedTerms\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomBlockedTerms($id: ID!) {\n    room(id: $id) {\n      id\n      settings {\n        blockedTerms\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeldMessages($roomId: ID!) {\n    heldMessages(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          moderationReason\n          threadRootId\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query HeldMessages($roomId: ID!) {\n    heldMessages(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          moderationReason\n          threadRootId\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMessage($id: ID!) {\n    approveMessage(id: $id) {\n      id\n      seq\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMessage($id: ID!) {\n    approveMessage(id: $id) {\n      id\n      seq\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMessage($id: ID!) {\n    rejectMessage(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMessage($id: ID!) {\n    rejectMessage(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberRoles($roomId: ID!) {\n    room(id: $roomId) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            role\n            user {\n              id\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberRoles($roomId: ID!) {\n    room(id: $roomId) {\n      id\n      members(first: 100) {\n        edges {\n          node {\n            role\n            user {\n              id\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinMessage($messageId: ID!) {\n    pinMessage(messageId: $messageId) {\n      id\n      pinnedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PinMessage($messageId: ID!) {\n    pinMessage(messageId: $messageId) {\n      id\n      pinnedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinMessage($messageId: ID!) {\n    unpinMessage(messageId: $messageId) {\n      id\n      pinnedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnpinMessage($messageId: ID!) {\n    unpinMessage(messageId: $messageId) {\n      id\n      pinnedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimeoutUser($roomId: ID!, $userId: ID!, $seconds: Int!, $reason: String) {\n    timeoutUser(roomId: $roomId, userId: $userId, seconds: $seconds, reason: $reason) {\n      role\n      timedOutUntil\n    }\n  }\n"): (typeof documents)["\n  mutation TimeoutUser($roomId: ID!, $userId: ID!, $seconds: Int!, $reason: String) {\n    timeoutUser(roomId: $roomId, userId: $userId, seconds: $seconds, reason: $reason) {\n      role\n      timedOutUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BanUser($roomId: ID!, $userId: ID!, $reason: String) {\n    banUser(roomId: $roomId, userId: $userId, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation BanUser($roomId: ID!, $userId: ID!, $reason: String) {\n    banUser(roomId: $roomId, userId: $userId, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnbanUser($roomId: ID!, $userId: ID!) {\n    unbanUser(roomId: $roomId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation UnbanUser($roomId: ID!, $userId: ID!) {\n    unbanUser(roomId: $roomId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRole($roomId: ID!, $userId: ID!, $role: RoomRole!) {\n    setRole(roomId: $roomId, userId: $userId, role: $role) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetRole($roomId: ID!, $userId: ID!, $role: RoomRole!) {\n    setRole(roomId: $roomId, userId: $userId, role: $role) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportMessage($messageId: ID!, $reason: String!) {\n    reportMessage(messageId: $messageId, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportMessage($messageId: ID!, $reason: String!) {\n    reportMessage(messageId: $messageId, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLog($roomId: ID!) {\n    moderationLog(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          action\n          actor {\n            id\n            displayName\n          }\n          targetUser {\n            id\n            displayName\n          }\n          targetMessageId\n          reason\n          rule\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationLog($roomId: ID!) {\n    moderationLog(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          action\n          actor {\n            id\n            displayName\n          }\n          targetUser {\n            id\n            displayName\n          }\n          targetMessageId\n          reason\n          rule\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PinnedMessages($roomId: ID!) {\n    room(id: $roomId) {\n      id\n      lastSeq\n      pinnedMessages {\n        ...MessageFields\n        pinnedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PinnedMessages($roomId: ID!) {\n    room(id: $roomId) {\n      id\n      lastSeq\n      pinnedMessages {\n        ...MessageFields\n        pinnedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reports($roomId: ID!) {\n    reports(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            displayName\n          }\n          message {\n            id\n            body\n            createdAt\n            deletedAt\n            threadRootId\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Reports($roomId: ID!) {\n    reports(roomId: $roomId, first: 50) {\n      edges {\n        node {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            displayName\n          }\n          message {\n            id\n            body\n            createdAt\n            deletedAt\n            threadRootId\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReport($id: ID!, $resolution: ReportResolution!) {\n    resolveReport(id: $id, resolution: $resolution) {\n      id\n      resolvedAt\n      resolution\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReport($id: ID!, $resolution: ReportResolution!) {\n    resolveReport(id: $id, resolution: $resolution) {\n      id\n      resolvedAt\n      resolution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoomSettings($roomId: ID!, $settings: RoomSettingsInput!) {\n    updateRoomSettings(roomId: $roomId, settings: $settings) {\n      ...RoomSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoomSettings($roomId: ID!, $settings: RoomSettingsInput!) {\n    updateRoomSettings(roomId: $roomId, settings: $settings) {\n      ...RoomSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomPresence($roomId: ID!, $first: Int!) {\n    room(id: $roomId) {\n      id\n      viewerCount\n    }\n    onlineMembers(roomId: $roomId, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          username\n          isGuest\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomPresence($roomId: ID!, $first: Int!) {\n    room(id: $roomId) {\n      id\n      viewerCount\n    }\n    onlineMembers(roomId: $roomId, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          username\n          isGuest\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($roomId: ID!, $seq: Int!) {\n    markRead(roomId: $roomId, seq: $seq) {\n      lastReadSeq\n      unreadCount\n      mentionCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkRead($roomId: ID!, $seq: Int!) {\n    markRead(roomId: $roomId, seq: $seq) {\n      lastReadSeq\n      unreadCount\n      mentionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadMarkers($roomId: ID!) {\n    readMarkers(roomId: $roomId) {\n      user {\n        id\n        displayName\n      }\n      seq\n    }\n  }\n"): (typeof documents)["\n  query ReadMarkers($roomId: ID!) {\n    readMarkers(roomId: $roomId) {\n      user {\n        id\n        displayName\n      }\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Room($id: ID!) {\n    room(id: $id) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      ...RoomSettingsFields\n      myMembership {\n        role\n        timedOutUntil\n        timeoutReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query Room($id: ID!) {\n    room(id: $id) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      ...RoomSettingsFields\n      myMembership {\n        role\n        timedOutUntil\n        timeoutReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinRoom($roomId: ID!) {\n    joinRoom(roomId: $roomId) {\n      id\n      memberCount\n      myMembership {\n        role\n        timedOutUntil\n        timeoutReason\n        lastReadSeq\n        unreadCount\n        mentionCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinRoom($roomId: ID!) {\n    joinRoom(roomId: $roomId) {\n      id\n      memberCount\n      myMembership {\n        role\n        timedOutUntil\n        timeoutReason\n        lastReadSeq\n        unreadCount\n        mentionCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomSummaryFields on Room {\n    __typename\n    id\n    name\n    topic\n    kind\n    memberCount\n    myMembership {\n      __typename\n      role\n      lastReadSeq\n      unreadCount\n      mentionCount\n    }\n  }\n"): (typeof documents)["\n  fragment RoomSummaryFields on Room {\n    __typename\n    id\n    name\n    topic\n    kind\n    memberCount\n    myMembership {\n      __typename\n      role\n      lastReadSeq\n      unreadCount\n      mentionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rooms {\n    rooms(first: 50) {\n      edges {\n        node {\n          ...RoomSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Rooms {\n    rooms(first: 50) {\n      edges {\n        node {\n          ...RoomSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMessages($roomId: ID!, $query: String!, $first: Int!, $after: String) {\n    searchMessages(roomId: $roomId, query: $query, first: $first, after: $after) {\n      edges {\n        node {\n          snippet\n          messageCursor\n          message {\n            ...MessageFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchMessages($roomId: ID!, $query: String!, $first: Int!, $after: String) {\n    searchMessages(roomId: $roomId, query: $query, first: $first, after: $after) {\n      edges {\n        node {\n          snippet\n          messageCursor\n          message {\n            ...MessageFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($rootId: ID!, $first: Int!, $after: String) {\n    thread(rootId: $rootId, first: $first, after: $after) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($rootId: ID!, $first: Int!, $after: String) {\n    thread(rootId: $rootId, first: $first, after: $after) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($roomId: ID!, $typing: Boolean!) {\n    setTyping(roomId: $roomId, typing: $typing)\n  }\n"): (typeof documents)["\n  mutation SetTyping($roomId: ID!, $typing: Boolean!) {\n    setTyping(roomId: $roomId, typing: $typing)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      username\n      isGuest\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      username\n      isGuest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinAsGuest($displayName: String!) {\n    joinAsGuest(displayName: $displayName) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation JoinAsGuest($displayName: String!) {\n    joinAsGuest(displayName: $displayName) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;