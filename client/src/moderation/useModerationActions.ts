// What moderators (and, for reports, members) do to messages and people in one room. Each action
// resolves to null when done, or to a sentence saying why not. Pins come back through the room's
// MessagePinned/MessageUnpinned events; the moderation log is read again after each action.
import { useApolloClient } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../gql';
import type { RoomRole } from '../gql/graphql';
import { graphqlErrors, readableError } from '../ui/readableError';

const pinMessageMutation = graphql(`
  mutation PinMessage($messageId: ID!) {
    pinMessage(messageId: $messageId) {
      id
      pinnedAt
    }
  }
`);

const unpinMessageMutation = graphql(`
  mutation UnpinMessage($messageId: ID!) {
    unpinMessage(messageId: $messageId) {
      id
      pinnedAt
    }
  }
`);

const timeoutUserMutation = graphql(`
  mutation TimeoutUser($roomId: ID!, $userId: ID!, $seconds: Int!, $reason: String) {
    timeoutUser(roomId: $roomId, userId: $userId, seconds: $seconds, reason: $reason) {
      role
      timedOutUntil
    }
  }
`);

const banUserMutation = graphql(`
  mutation BanUser($roomId: ID!, $userId: ID!, $reason: String) {
    banUser(roomId: $roomId, userId: $userId, reason: $reason)
  }
`);

const unbanUserMutation = graphql(`
  mutation UnbanUser($roomId: ID!, $userId: ID!) {
    unbanUser(roomId: $roomId, userId: $userId)
  }
`);

const setRoleMutation = graphql(`
  mutation SetRole($roomId: ID!, $userId: ID!, $role: RoomRole!) {
    setRole(roomId: $roomId, userId: $userId, role: $role) {
      role
    }
  }
`);

const reportMessageMutation = graphql(`
  mutation ReportMessage($messageId: ID!, $reason: String!) {
    reportMessage(messageId: $messageId, reason: $reason) {
      id
    }
  }
`);

/** Read again after every action: it records them all. */
const REFETCH = ['ModerationLog', 'MemberRoles'];

export interface ModerationActions {
  setPinned(messageId: string, pinned: boolean): Promise<string | null>;
  timeout(userId: string, seconds: number, reason: string): Promise<string | null>;
  ban(userId: string, reason: string): Promise<string | null>;
  unban(userId: string): Promise<string | null>;
  setRole(userId: string, role: RoomRole): Promise<string | null>;
  report(messageId: string, reason: string): Promise<string | null>;
}

/** `learnRole` hears of a member's role from an action's answer, or of a refusal that shows they outrank the viewer. */
export function useModerationActions(roomId: string, learnRole: (userId: string, role: RoomRole | 'OUTRANKS_ME') => void): ModerationActions {
  const apollo = useApolloClient();

  return useMemo(() => {
    async function run(work: () => Promise<unknown>, userId?: string): Promise<string | null> {
      try {
        await work();
        return null;
      } catch (caught) {
        const outranked = graphqlErrors(caught).some((e) => e.extensions?.code === 'FORBIDDEN' && /do not outrank/i.test(e.message));
        if (userId && outranked) learnRole(userId, 'OUTRANKS_ME');
        return readableError(caught);
      }
    }
    const optional = (reason: string) => reason.trim() || null;

    return {
      setPinned: (messageId, pinned) =>
        run(() => apollo.mutate({ mutation: pinned ? pinMessageMutation : unpinMessageMutation, variables: { messageId }, refetchQueries: REFETCH })),
      timeout: (userId, seconds, reason) =>
        run(async () => {
          const { data } = await apollo.mutate({ mutation: timeoutUserMutation, variables: { roomId, userId, seconds, reason: optional(reason) }, refetchQueries: REFETCH });
          if (data) learnRole(userId, data.timeoutUser.role);
        }, userId),
      ban: (userId, reason) => run(() => apollo.mutate({ mutation: banUserMutation, variables: { roomId, userId, reason: optional(reason) }, refetchQueries: REFETCH }), userId),
      unban: (userId) => run(() => apollo.mutate({ mutation: unbanUserMutation, variables: { roomId, userId }, refetchQueries: REFETCH })),
      setRole: (userId, role) =>
        run(async () => {
          const { data } = await apollo.mutate({ mutation: setRoleMutation, variables: { roomId, userId, role }, refetchQueries: REFETCH, awaitRefetchQueries: true });
          if (data) learnRole(userId, data.setRole.role);
        }, userId),
      report: (messageId, reason) => run(() => apollo.mutate({ mutation: reportMessageMutation, variables: { messageId, reason } })),
    };
  }, [apollo, roomId, learnRole]);
}
