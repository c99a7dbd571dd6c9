import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, originPolicy, type OriginPolicy } from './origin';

const production: OriginPolicy = { allowedOrigins: ['https://app.example'], allowLoopback: false };
const development: OriginPolicy = { ...production, allowLoopback: true };

describe('isAllowedOrigin', () => {
  it('allows a request without an Origin header (curl, servers, native apps)', () => {
    expect(isAllowedOrigin(undefined, 'chat.example', production)).toBe(true);
    expect(isAllowedOrigin(null, 'chat.example', production)).toBe(true);
  });

  it("allows the server's own origin, whatever the scheme, case and default port", () => {
    expect(isAllowedOrigin('http://chat.example:4000', 'chat.example:4000', production)).toBe(true);
    expect(isAllowedOrigin('https://chat.example', 'chat.example', production)).toBe(true);
    expect(isAllowedOrigin('https://Chat.Example', 'chat.example:443', production)).toBe(true);
    expect(isAllowedOrigin('http://chat.example:4001', 'chat.example:4000', production)).toBe(false);
  });

  it('allows listed origins exactly and refuses every other site', () => {
    expect(isAllowedOrigin('https://app.example', 'chat.example', production)).toBe(true);
    expect(isAllowedOrigin('http://app.example', 'chat.example', production)).toBe(false);
    expect(isAllowedOrigin('https://evil.example', 'chat.example', production)).toBe(false);
    expect(isAllowedOrigin('https://app.example.evil.example', 'chat.example', production)).toBe(false);
  });

  it('refuses null, garbage and non-web origins', () => {
    for (const origin of ['null', '', 'not a url', 'file:///etc/passwd', 'chrome-extension://abc']) {
      expect(isAllowedOrigin(origin, 'chat.example', development)).toBe(false);
    }
  });

  it('refuses an Origin when the Host header is missing or malformed, unless listed', () => {
    expect(isAllowedOrigin('https://chat.example', undefined, production)).toBe(false);
    expect(isAllowedOrigin('https://chat.example', 'bad host/', production)).toBe(false);
    expect(isAllowedOrigin('https://app.example', undefined, production)).toBe(true);
  });

  it('allows http loopback origins on any port in development only', () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://[::1]:3000', 'http://localhost']) {
      expect(isAllowedOrigin(origin, 'chat.example', development)).toBe(true);
      expect(isAllowedOrigin(origin, 'chat.example', production)).toBe(false);
    }
    expect(isAllowedOrigin('https://localhost:5173', 'chat.example', development)).toBe(false);
    expect(isAllowedOrigin('http://localhost.evil.example', 'chat.example', development)).toBe(false);
  });

  it('turns loopback origins off in production', () => {
    expect(originPolicy({ allowedOrigins: [], production: true }).allowLoopback).toBe(false);
    expect(originPolicy({ allowedOrigins: [], production: false }).allowLoopback).toBe(true);
  });
});
