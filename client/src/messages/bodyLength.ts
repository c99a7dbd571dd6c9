// How long a message is as the server counts it (server/messages/body.ts): trimmed, then in
// characters (code points), not UTF-16 units — "😀" is one. The composer shows a counter near the
// limit and refuses to send past it, so a message the server would refuse is never sent.

/** The server's default MAX_MESSAGE_LENGTH; the schema documents it on SendMessageInput.body. */
export const MAX_MESSAGE_LENGTH = 4000;

/** The counter shows once a message is this close to the limit. */
const COUNTER_MARGIN = 500;

export interface BodyLength {
  /** Characters after trimming. */
  count: number;
  /** More than the limit: Send is disabled. */
  over: boolean;
  /** Near or past the limit: show the counter. */
  showCounter: boolean;
}

export function bodyLength(body: string, max = MAX_MESSAGE_LENGTH): BodyLength {
  let count = 0;
  for (const _ of body.trim()) count++;
  return { count, over: count > max, showCounter: count >= max - COUNTER_MARGIN };
}

/** "3,950 / 4,000", as the counter reads. */
export function counterText(count: number, max = MAX_MESSAGE_LENGTH): string {
  return `${count.toLocaleString('en-US')} / ${max.toLocaleString('en-US')}`;
}
