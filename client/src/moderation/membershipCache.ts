// The viewer's own standing in a room, kept in the cached Room: a timeout (from a ModerationNotice or
// a refused send) and the end of the membership on a ban.
import type { ApolloCache } from '@apollo/client';

/** Sets or lifts (`until` null) the viewer's timeout in `roomId`. */
export function writeTimeout(cache: ApolloCache, roomId: string, until: string | null, reason: string | null): void {
  cache.modify({
    id: cache.identify({ __typename: 'Room', id: roomId }),
    fields: {
      myMembership: (membership) => (membership ? { ...membership, timedOutUntil: until, timeoutReason: until ? reason : null } : membership),
    },
  });
}

/** Banned: the viewer is no longer a member of `roomId`. */
export function writeMembershipEnded(cache: ApolloCache, roomId: string): void {
  cache.modify({
    id: cache.identify({ __typename: 'Room', id: roomId }),
    fields: { myMembership: () => null },
  });
}
