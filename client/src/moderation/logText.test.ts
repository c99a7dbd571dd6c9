import { describe, expect, it } from 'vitest';
import { logEntryText, type LogEntryText } from './logText';

const mod = { id: 'mod', displayName: 'Mod' };
const ann = { id: 'ann', displayName: 'Ann' };
const entry = (fields: Partial<LogEntryText> & Pick<LogEntryText, 'action'>): LogEntryText => ({ actor: mod, targetUser: ann, reason: null, rule: null, ...fields });

describe('logEntryText', () => {
  it('says what a moderator did, to whom and why', () => {
    expect(logEntryText(entry({ action: 'USER_TIMED_OUT', reason: '600 s: spoilers' }))).toBe('Mod timed out Ann for 10 min: spoilers');
    expect(logEntryText(entry({ action: 'USER_TIMED_OUT', reason: '86400 s' }))).toBe('Mod timed out Ann for 24 h');
    expect(logEntryText(entry({ action: 'USER_TIMED_OUT', reason: 'lifted' }))).toBe('Mod lifted the timeout of Ann');
    expect(logEntryText(entry({ action: 'USER_BANNED', reason: 'abuse' }))).toBe('Mod banned Ann: abuse');
    expect(logEntryText(entry({ action: 'ROLE_CHANGED', reason: 'MEMBER → MODERATOR' }))).toBe('Mod made Ann a moderator');
    expect(logEntryText(entry({ action: 'SETTINGS_CHANGED', targetUser: null, reason: 'slow mode 30 s' }))).toBe('Mod changed the room settings: slow mode 30 s');
    expect(logEntryText(entry({ action: 'REPORT_RESOLVED', reason: 'DISMISSED' }))).toBe('Mod dismissed a report by Ann');
    expect(logEntryText(entry({ action: 'MESSAGE_PINNED' }))).toBe('Mod pinned a message by Ann');
    expect(logEntryText(entry({ action: 'MESSAGE_PINNED', targetUser: mod }))).toBe('Mod pinned their own message');
  });

  it('says what automated moderation decided, by which rule', () => {
    const held = entry({ action: 'MESSAGE_HELD', actor: null, rule: 'LINK', reason: 'Links wait for a moderator.' });
    expect(logEntryText(held)).toBe('Automod held a message by Ann (LINK): Links wait for a moderator.');
    expect(logEntryText({ ...held, action: 'MESSAGE_BLOCKED', rule: 'BLOCKED_TERM', targetUser: null, reason: null })).toBe('Automod blocked a message (BLOCKED_TERM)');
  });
});
