import { describe, expect, it } from 'vitest';
import { clientAddress } from './clientAddress';

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '1.2.3.4', 0)).toBe('203.0.113.7');
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown');
  });

  it('takes the entry the outermost trusted proxy wrote, not what the client put before it', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.9', 1)).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.2', 'spoofed, 198.51.100.9', 1)).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.2', 'spoofed, 198.51.100.9, 10.0.0.1', 2)).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.2', ['a, 198.51.100.9', '10.0.0.1'], 2)).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.2', '198.51.100.9', 3)).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
  });

  it('unwraps IPv4-mapped IPv6 and keys IPv6 by its /64', () => {
    expect(clientAddress('::ffff:127.0.0.1', undefined, 0)).toBe('127.0.0.1');
    expect(clientAddress('2001:db8:1:2:aaaa::1', undefined, 0)).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8:1:2:bbbb:cccc:dddd:eeee', undefined, 0)).toBe('2001:db8:1:2::/64');
    expect(clientAddress('2001:db8::1', undefined, 0)).toBe('2001:db8:0:0::/64');
    expect(clientAddress('::1', undefined, 0)).toBe('0:0:0:0::/64');
  });
});
