// Other members' roles in the open room, for moderators: which menu entries apply to whom (see
// knownRoles.ts). Read when the room opens, after each moderator action (the actions refetch it by
// name) and after a reconnect.
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../gql';
import { rolesFromMembers, type KnownRoles } from './knownRoles';
import { useQueueRefresh } from './useQueueRefresh';

export const memberRolesQuery = graphql(`
  query MemberRoles($roomId: ID!) {
    room(id: $roomId) {
      id
      members(first: 100) {
        edges {
          node {
            role
            user {
              id
            }
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

const NOTHING_KNOWN: KnownRoles = { roles: new Map(), unlisted: undefined };

export function useMemberRoles(roomId: string, enabled: boolean): KnownRoles {
  const { data, refetch } = useQuery(memberRolesQuery, { variables: { roomId }, skip: !enabled });
  useQueueRefresh(enabled, refetch);
  return useMemo(() => {
    const members = data?.room.members;
    return members
      ? rolesFromMembers(
          members.edges.map((edge) => edge.node),
          members.pageInfo.hasNextPage,
        )
      : NOTHING_KNOWN;
  }, [data]);
}
