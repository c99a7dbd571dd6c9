import { describe, expect, it } from 'vitest';
import { forcesPreflight } from './csrf';

const headers = (values: Record<string, string>) => new Headers(values);

describe('forcesPreflight', () => {
  it('accepts JSON and other non-simple content types, with or without parameters', () => {
    expect(forcesPreflight(headers({ 'content-type': 'application/json' }))).toBe(true);
    expect(forcesPreflight(headers({ 'content-type': 'Application/JSON; charset=utf-8' }))).toBe(true);
    expect(forcesPreflight(headers({ 'content-type': 'application/graphql-response+json' }))).toBe(true);
  });

  it('refuses the content types a form or a no-cors fetch can send cross-site', () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain;charset=UTF-8', ' TEXT/PLAIN ']) {
      expect(forcesPreflight(headers({ 'content-type': type }))).toBe(false);
    }
  });

  it('refuses a request without a content type (a GET) unless it carries a preflight header', () => {
    expect(forcesPreflight(headers({}))).toBe(false);
    expect(forcesPreflight(headers({ 'x-graphql-csrf': '1' }))).toBe(true);
    expect(forcesPreflight(headers({ 'graphql-require-preflight': 'yes' }))).toBe(true);
    expect(forcesPreflight(headers({ 'x-graphql-csrf': '' }))).toBe(false);
  });

  it('lets a preflight header vouch for a simple content type', () => {
    expect(forcesPreflight(headers({ 'content-type': 'text/plain', 'x-graphql-csrf': '1' }))).toBe(true);
  });
});
