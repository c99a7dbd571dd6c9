import { createHash } from 'node:crypto';
// Pure rules for message input. Bodies are plain text: trimmed at the ends, otherwise kept byte-exact.
import { CourtsideError } from '../errors';
import { cleanText, wellFormedProblem } from '../text/plainText';

/** Length in characters as a person counts them (code points), not UTF-16 units. */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Refuses control characters other than newline and tab, and lone UTF-16 surrogates ("\ud83d",
 * valid in JSON, cannot be stored as UTF-8 byte-exact); a body of only invisible characters is empty.
 */
export function cleanBody(raw: string, maxLength: number): string {
  const body = cleanText(raw, 'body', 'A message', 'body');
  const length = characterCount(body);
  if (length > maxLength) {
    throw new CourtsideError('BAD_USER_INPUT', `A message can be at most ${maxLength} characters long; this one has ${length}.`, {
      field: 'body',
      maxLength,
    });
  }
  return body;
}

export function cleanClientMessageId(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const problem = wellFormedProblem(raw);
  if (problem) throw new CourtsideError('BAD_USER_INPUT', `The clientMessageId ${problem}.`, { field: 'clientMessageId' });
  // An id is a key, not text to show: no control characters (PostgreSQL cannot even store U+0000).
  if (/\p{Cc}/u.test(raw)) throw new CourtsideError('BAD_USER_INPUT', 'A clientMessageId cannot contain control characters.', { field: 'clientMessageId' });
  const length = characterCount(raw);
  if (length < 1 || length > 100) {
    throw new CourtsideError('BAD_USER_INPUT', 'A clientMessageId must be 1 to 100 characters long.', { field: 'clientMessageId' });
  }
  return raw;
}

/**
 * A digest of what a send asked for (room, reply, thread, body). A repeat with the same clientMessageId is the same send when
 * its fingerprint matches, even after the message was edited or deleted; otherwise it is a conflict.
 */
export function sendFingerprint(send: { roomId: string; body: string; replyToId: string | null; threadRootId: string | null }): string {
  return createHash('sha256')
    .update(JSON.stringify([send.roomId, send.replyToId, send.threadRootId, send.body]))
    .digest('base64url');
}
