// Everything the message menus and the members panel need to moderate in the open room: the
// viewer's role, other members' roles (see knownRoles.ts), which messages are pinned, and the
// actions.
import { useCallback, useMemo, useState } from 'react';
import type { RoomRole } from '../gql/graphql';
import { isModeratorRole } from './roles';
import { useMemberRoles } from './useMemberRoles';
import { useModerationActions, type ModerationActions } from './useModerationActions';

export interface Moderation {
  /** The viewer's role here; null when not a member (or anonymous). */
  role: RoomRole | null;
  meId: string | null;
  /** Another member's role, when it is known. */
  roleOf(userId: string): RoomRole | undefined;
  isPinned(messageId: string): boolean;
  actions: ModerationActions;
}

export function useModeration(roomId: string, role: RoomRole | null, meId: string | null, pinnedIds: ReadonlySet<string>): Moderation {
  const members = useMemberRoles(roomId, isModeratorRole(role));
  // What an action's answer or refusal showed, for the moment before the member list is read again.
  const [learned, setLearned] = useState<ReadonlyMap<string, RoomRole>>(new Map());

  const learnRole = useCallback(
    (userId: string, learnt: RoomRole | 'OUTRANKS_ME') => {
      // Refused for rank: they are at least the viewer's equal. Only a moderator can be refused so.
      const known: RoomRole = learnt === 'OUTRANKS_ME' ? (role === 'MODERATOR' ? 'MODERATOR' : 'OWNER') : learnt;
      setLearned((current) => new Map(current).set(userId, known));
    },
    [role],
  );
  const actions = useModerationActions(roomId, learnRole);

  return useMemo(
    () => ({
      role,
      meId,
      // The list is read again after every action, so it is the newest word when it has one.
      roleOf: (userId: string) => members.roles.get(userId) ?? learned.get(userId) ?? members.unlisted,
      isPinned: (messageId: string) => pinnedIds.has(messageId),
      actions,
    }),
    [role, meId, learned, members, pinnedIds, actions],
  );
}
