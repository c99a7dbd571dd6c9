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
    "\n    subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n      roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n        __typename\n        roomId\n        ... on DurableRoomEvent {\n          seq\n        }\n        ... on MessageAdded {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageEdited {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageDeleted {\n          messageId\n        }\n        ... on ResyncRequired {\n          latestSeq\n        }\n      }\n    }\n  ": typeof types.RoomEventsDocument,
    "\n  fragment MessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    editedAt\n    deletedAt\n    clientMessageId\n    threadRootId\n    author {\n      id\n      displayName\n      isGuest\n    }\n    replyTo {\n      id\n      body\n      deletedAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...MessageFields\n    }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n": typeof types.DeleteMessageDocument,
    "\n  query NewestMessages($roomId: ID!, $last: Int!) {\n    room(id: $roomId) {\n      id\n      lastSeq\n    }\n    messages(roomId: $roomId, last: $last) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n": typeof types.NewestMessagesDocument,
    "\n  query OlderMessages($roomId: ID!, $last: Int!, $before: String!) {\n    messages(roomId: $roomId, last: $last, before: $before) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n": typeof types.OlderMessagesDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  query Room($id: ID!) {\n    room(id: $id) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n": typeof types.RoomDocument,
    "\n  mutation JoinRoom($roomId: ID!) {\n    joinRoom(roomId: $roomId) {\n      id\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n": typeof types.JoinRoomDocument,
    "\n  query Rooms {\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          topic\n          kind\n          memberCount\n          myMembership {\n            role\n          }\n        }\n      }\n    }\n  }\n": typeof types.RoomsDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      username\n      isGuest\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation JoinAsGuest($displayName: String!) {\n    joinAsGuest(displayName: $displayName) {\n      token\n    }\n  }\n": typeof types.JoinAsGuestDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n    subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n      roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n        __typename\n        roomId\n        ... on DurableRoomEvent {\n          seq\n        }\n        ... on MessageAdded {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageEdited {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageDeleted {\n          messageId\n        }\n        ... on ResyncRequired {\n          latestSeq\n        }\n      }\n    }\n  ": types.RoomEventsDocument,
    "\n  fragment MessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    editedAt\n    deletedAt\n    clientMessageId\n    threadRootId\n    author {\n      id\n      displayName\n      isGuest\n    }\n    replyTo {\n      id\n      body\n      deletedAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...MessageFields\n    }\n  }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...MessageFields\n    }\n  }\n": types.DeleteMessageDocument,
    "\n  query NewestMessages($roomId: ID!, $last: Int!) {\n    room(id: $roomId) {\n      id\n      lastSeq\n    }\n    messages(roomId: $roomId, last: $last) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n": types.NewestMessagesDocument,
    "\n  query OlderMessages($roomId: ID!, $last: Int!, $before: String!) {\n    messages(roomId: $roomId, last: $last, before: $before) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n": types.OlderMessagesDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n": types.CreateRoomDocument,
    "\n  query Room($id: ID!) {\n    room(id: $id) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n": types.RoomDocument,
    "\n  mutation JoinRoom($roomId: ID!) {\n    joinRoom(roomId: $roomId) {\n      id\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n": types.JoinRoomDocument,
    "\n  query Rooms {\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          topic\n          kind\n          memberCount\n          myMembership {\n            role\n          }\n        }\n      }\n    }\n  }\n": types.RoomsDocument,
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
export function graphql(source: "\n    subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n      roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n        __typename\n        roomId\n        ... on DurableRoomEvent {\n          seq\n        }\n        ... on MessageAdded {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageEdited {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageDeleted {\n          messageId\n        }\n        ... on ResyncRequired {\n          latestSeq\n        }\n      }\n    }\n  "): (typeof documents)["\n    subscription RoomEvents($roomId: ID!, $afterSeq: Int) {\n      roomEvents(roomId: $roomId, afterSeq: $afterSeq) {\n        __typename\n        roomId\n        ... on DurableRoomEvent {\n          seq\n        }\n        ... on MessageAdded {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageEdited {\n          message {\n            ...MessageFields\n          }\n        }\n        ... on MessageDeleted {\n          messageId\n        }\n        ... on ResyncRequired {\n          latestSeq\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    editedAt\n    deletedAt\n    clientMessageId\n    threadRootId\n    author {\n      id\n      displayName\n      isGuest\n    }\n    replyTo {\n      id\n      body\n      deletedAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    editedAt\n    deletedAt\n    clientMessageId\n    threadRootId\n    author {\n      id\n      displayName\n      isGuest\n    }\n    replyTo {\n      id\n      body\n      deletedAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query NewestMessages($roomId: ID!, $last: Int!) {\n    room(id: $roomId) {\n      id\n      lastSeq\n    }\n    messages(roomId: $roomId, last: $last) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewestMessages($roomId: ID!, $last: Int!) {\n    room(id: $roomId) {\n      id\n      lastSeq\n    }\n    messages(roomId: $roomId, last: $last) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderMessages($roomId: ID!, $last: Int!, $before: String!) {\n    messages(roomId: $roomId, last: $last, before: $before) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OlderMessages($roomId: ID!, $last: Int!, $before: String!) {\n    messages(roomId: $roomId, last: $last, before: $before) {\n      edges {\n        node {\n          ...MessageFields\n        }\n      }\n      pageInfo {\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Room($id: ID!) {\n    room(id: $id) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query Room($id: ID!) {\n    room(id: $id) {\n      id\n      name\n      topic\n      kind\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinRoom($roomId: ID!) {\n    joinRoom(roomId: $roomId) {\n      id\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinRoom($roomId: ID!) {\n    joinRoom(roomId: $roomId) {\n      id\n      memberCount\n      myMembership {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rooms {\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          topic\n          kind\n          memberCount\n          myMembership {\n            role\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Rooms {\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          topic\n          kind\n          memberCount\n          myMembership {\n            role\n          }\n        }\n      }\n    }\n  }\n"];
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