// Relay-style pages: opaque cursors and page-size rules shared by every list.
import { CourtsideError, echo } from './errors';

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export const MAX_PAGE_SIZE = 100;

export function encodeCursor(kind: string, key: unknown): string {
  return Buffer.from(JSON.stringify([kind, key])).toString('base64url');
}

/** The key inside a cursor made by `encodeCursor(kind, …)`; BAD_USER_INPUT for anything else. */
export function decodeCursor<K>(kind: string, cursor: string, isKey: (key: unknown) => key is K): K {
  try {
    const [cursorKind, key] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (cursorKind === kind && isKey(key)) return key;
  } catch {
    // fall through to the error below
  }
  throw new CourtsideError('BAD_USER_INPUT', `The cursor "${echo(cursor)}" is not a ${kind} cursor from this API.`);
}

export function pageSize(value: number | null | undefined, fallback: number, argument: string): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new CourtsideError('BAD_USER_INPUT', `\`${argument}\` must be from 1 to ${MAX_PAGE_SIZE}.`);
  }
  return size;
}

/** Builds a page from rows fetched in page order, where `more` says whether rows exist beyond them. */
export function toPage<T>(nodes: T[], cursorOf: (node: T) => string, flags: { hasNextPage: boolean; hasPreviousPage: boolean }): Page<T> {
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      ...flags,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
