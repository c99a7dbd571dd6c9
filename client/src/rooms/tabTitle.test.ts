import { describe, expect, it } from 'vitest';
import { tabTitle } from './tabTitle';

describe('tabTitle', () => {
  it('adds up the unread messages of every room the viewer is in', () => {
    expect(tabTitle([{ myMembership: { unreadCount: 2 } }, { myMembership: null }, { myMembership: { unreadCount: 1 } }])).toBe('(3) Courtside');
  });

  it('is the plain name with nothing unread, and caps a large count', () => {
    expect(tabTitle([{ myMembership: { unreadCount: 0 } }, {}])).toBe('Courtside');
    expect(tabTitle([{ myMembership: { unreadCount: 150 } }])).toBe('(99+) Courtside');
  });
});
