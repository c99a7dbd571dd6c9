import { describe, expect, it } from 'vitest';
import { checkLinks, containsLink, LINK_BLOCK_REASON, LINK_HOLD_REASON } from './links';

describe('links', () => {
  it('finds scheme URLs, www hosts and bare domains with common TLDs', () => {
    for (const body of [
      'see https://example.org/x',
      'HTTP://EXAMPLE.ORG',
      'ftp://files.example',
      'go to www.example.net now',
      'example.com/x',
      'visit Example.COM.',
      'join discord.gg/abc',
      'watch twitch.tv',
      'shop.example.co.uk',
      'localhost.com:8080/x',
      'join t.me/spam',
      'youtu.be/abc',
      'пример.рф is not common but пример.com is',
    ]) {
      expect(containsLink(body), body).toBe(true);
    }
  });

  it('does not mistake abbreviations, numbers, file names, e-mail or sloppy spacing for links', () => {
    for (const body of [
      'e.g. this, i.e. that',
      'pi is 3.14 and v1.2.3',
      'open notes.txt and index.html in Node.js',
      'mail me at ana@example.com',
      'call.me later',
      'ok.so what now',
      'I went home.Then slept',
      'the U.S.A. won',
      'wwwhat',
    ]) {
      expect(containsLink(body), body).toBe(false);
    }
  });

  it('follows the room policy', () => {
    expect(checkLinks('example.com', 'ALLOW')).toBeNull();
    expect(checkLinks('example.com', 'BLOCK')).toEqual({ action: 'BLOCK', rule: 'LINK', reason: LINK_BLOCK_REASON });
    expect(checkLinks('see example.com', 'HOLD')).toEqual({ action: 'HOLD', rule: 'LINK', reason: LINK_HOLD_REASON, body: 'see example.com' });
    expect(checkLinks('no link here', 'BLOCK')).toBeNull();
  });
});
