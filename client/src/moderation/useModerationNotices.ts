// What moderators did to the viewer, from the one userEvents stream (ModerationNotice), applied to
// the cached rooms: a timeout (or its lifting) on the viewer's membership, a ban as the end of it.
// The reasons of bans are kept for the session, so the banned room can say why. Held messages'
// decisions are for their sender (messages/useSendMessage.ts).
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useUserEventListener } from '../events/useUserEventListener';
import { roomQuery } from '../rooms/useRoom';
import { writeMembershipEnded, writeTimeout } from './membershipCache';

export interface Ban {
  reason: string | null;
}

export interface ModerationNotices {
  /** The rooms the viewer was banned from in this session, with the moderator's reason. */
  bans: ReadonlyMap<string, Ban>;
  /** How many times a ban on the room was lifted: the room is then opened afresh. */
  readmissions: ReadonlyMap<string, number>;
}

export function useModerationNotices(): ModerationNotices {
  const apollo = useApolloClient();
  const [bans, setBans] = useState<ReadonlyMap<string, Ban>>(new Map());
  const [readmissions, setReadmissions] = useState<ReadonlyMap<string, number>>(new Map());

  useUserEventListener((event) => {
    if (event.__typename !== 'ModerationNotice') return;
    const roomId = event.room.id;
    if (event.action === 'USER_TIMED_OUT') writeTimeout(apollo.cache, roomId, event.until, event.reason);
    else if (event.action === 'USER_BANNED') {
      writeMembershipEnded(apollo.cache, roomId);
      setBans((current) => new Map(current).set(roomId, { reason: event.reason }));
    } else if (event.action === 'USER_UNBANNED') {
      setBans((current) => {
        const next = new Map(current);
        next.delete(roomId);
        return next;
      });
      setReadmissions((current) => new Map(current).set(roomId, (current.get(roomId) ?? 0) + 1));
      void apollo.refetchQueries({ include: [roomQuery] }).catch(() => {});
    }
  });

  return { bans, readmissions };
}
