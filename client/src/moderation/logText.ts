// One moderation log entry as a sentence: "Mod timed out Ann for 10 min: spoilers", or for automated
// decisions "Automod held a message by Ann (LINK): …". The reasons are as the server wrote them
// (server/moderation/*: "600 s: spoilers", "MEMBER → MODERATOR", "slow mode 30 s, …").
import type { ModerationAction } from '../gql/graphql';
import { durationText } from './durations';

export interface LogEntryText {
  action: ModerationAction;
  actor: { id: string; displayName: string } | null;
  targetUser: { id: string; displayName: string } | null;
  reason: string | null;
  rule: string | null;
}

const AUTOMATED: Partial<Record<ModerationAction, string>> = {
  MESSAGE_MASKED: 'masked',
  MESSAGE_BLOCKED: 'blocked',
  MESSAGE_HELD: 'held',
};

/** "600 s: spoilers" → "for 10 min: spoilers"; "lifted" stays apart (see below). */
function timeoutText(reason: string): string {
  const match = /^(\d+) s(?:: (.*))?$/s.exec(reason);
  if (!match) return `: ${reason}`;
  return `for ${durationText(Number(match[1]))}${match[2] ? `: ${match[2]}` : ''}`;
}

/** "MEMBER → MODERATOR" → "made Ann a moderator". */
function roleText(target: string, reason: string | null): string {
  const to = reason?.split('→')[1]?.trim().toLowerCase();
  return to ? `made ${target} ${to === 'owner' ? 'an owner' : `a ${to}`}` : `changed the role of ${target}`;
}

const withReason = (text: string, reason: string | null) => (reason ? `${text}: ${reason}` : text);

export function logEntryText({ action, actor, targetUser, reason, rule }: LogEntryText): string {
  const target = targetUser?.displayName ?? 'someone';
  const automated = AUTOMATED[action];
  if (automated && !actor) return withReason(`Automod ${automated} a message${targetUser ? ` by ${target}` : ''}${rule ? ` (${rule})` : ''}`, reason);

  const who = actor?.displayName ?? 'Automod';
  const byTarget = actor && targetUser && actor.id === targetUser.id ? 'their own message' : `a message by ${target}`;
  switch (action) {
    case 'ROLE_CHANGED':
      return `${who} ${roleText(target, reason)}`;
    case 'USER_TIMED_OUT':
      return reason === 'lifted' ? `${who} lifted the timeout of ${target}` : `${who} timed out ${target} ${reason ? timeoutText(reason) : ''}`.trimEnd();
    case 'USER_BANNED':
      return withReason(`${who} banned ${target}`, reason);
    case 'USER_UNBANNED':
      return `${who} unbanned ${target}`;
    case 'MESSAGE_DELETED':
      return `${who} deleted ${byTarget}`;
    case 'MESSAGE_PINNED':
      return `${who} pinned ${byTarget}`;
    case 'MESSAGE_UNPINNED':
      return `${who} unpinned ${byTarget}`;
    case 'SETTINGS_CHANGED':
      return withReason(`${who} changed the room settings`, reason);
    case 'MESSAGE_APPROVED':
      return `${who} approved a held message by ${target}`;
    case 'MESSAGE_REJECTED':
      return `${who} rejected a held message by ${target}`;
    case 'REPORT_RESOLVED':
      return reason === 'MESSAGE_DELETED' ? `${who} deleted a message reported by ${target}` : `${who} dismissed a report by ${target}`;
    default:
      return withReason(`${who} ${action.toLowerCase().replaceAll('_', ' ')}${targetUser ? ` (${target})` : ''}`, reason);
  }
}
