// What stands between the viewer and posting in the open room, as the server's posting gate decides
// it (server/moderation/postingGate.ts), so the composer can say so before a send is refused:
// - a timeout: the composer is closed until it ends, and opens again by itself then;
// - slow mode (members only): after each send the button counts down ("Wait 27 s");
// - a refused send: a RATE_LIMITED answer counts down from its retryAfterMs, a MESSAGE_BLOCKED one
//   shows its reason under the composer, as does any other refusal a retry cannot fix (too long, not
//   a member); a timeout or ban found on sending is applied as if notified.
// The countdown itself ticks in the composer, so the room does not re-render every second.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import type { RoomDetails } from '../rooms/useRoom';
import { durationText } from './durations';
import { writeTimeout } from './membershipCache';
import { isModeratorRole } from './roles';
import type { SendRefusal } from './sendRefusal';
import { useUntil } from './useUntil';

export interface PostingGate {
  /** The running timeout, or null. */
  timedOut: { until: string; reason: string | null } | null;
  /** When the next post is allowed (ms since the epoch), or null: now. */
  readyAt: number | null;
  /** "Slow mode: 30 s" while the room has it on; null when off. */
  hint: string | null;
  /** Why the last send was refused, until the next send. */
  notice: string | null;
  /** Call when a message is sent, and again when the server took it: slow mode counts from then. */
  sent(): void;
  refused(refusal: SendRefusal): void;
}

export function usePostingGate(room: RoomDetails | null, onBanned: () => void): PostingGate {
  const apollo = useApolloClient();
  /** When the viewer last posted here (as the server counts slow mode from it), and a refusal's end. */
  const [lastPostAt, setLastPostAt] = useState<number | null>(null);
  const [refusedUntil, setRefusedUntil] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const membership = room?.myMembership ?? null;
  const slowMode = room?.settings.slowModeSeconds ?? 0;
  const slowModeApplies = slowMode > 0 && membership !== null && !isModeratorRole(membership.role);
  const slowUntil = slowModeApplies && lastPostAt !== null ? lastPostAt + slowMode * 1000 : null;
  const readyAt = Math.max(slowUntil ?? 0, refusedUntil ?? 0) || null;

  // A changed slow mode counts from the last post anew; a refusal under the old one no longer holds.
  useEffect(() => setRefusedUntil(null), [slowMode]);

  const until = membership?.timedOutUntil ?? null;
  const timedOut = useUntil(until);

  const sent = useCallback(() => {
    setNotice(null);
    setLastPostAt(Date.now());
  }, []);

  const refused = useCallback(
    (refusal: SendRefusal) => {
      if (refusal.kind === 'blocked') setNotice(refusal.reason);
      else if (refusal.kind === 'invalid') setNotice(refusal.message);
      else if (refusal.kind === 'rateLimited') setRefusedUntil(Date.now() + refusal.retryAfterMs);
      else if (refusal.kind === 'timedOut') {
        if (room) writeTimeout(apollo.cache, room.id, refusal.until, refusal.reason);
      } else onBanned();
    },
    [apollo, room, onBanned],
  );

  return {
    timedOut: until && timedOut ? { until, reason: membership?.timeoutReason ?? null } : null,
    readyAt,
    hint: slowMode > 0 ? `Slow mode: ${durationText(slowMode)}${slowModeApplies ? '' : ' (moderators are exempt)'}` : null,
    notice,
    sent,
    refused,
  };
}
