// Rule 5, the effect: asks the external classifier over HTTP. Never throws: every way the call can
// fail (timeout, network, non-2xx, oversized or malformed answer) comes back as a failure sentence.
// Runs once per message when MODERATION_WEBHOOK_URL is set (hot path: adds one round trip).
import { parseClassifierAnswer, type ClassifierAnswer } from './classifierAnswer';

export interface ClassifierRequest {
  roomId: string;
  authorId: string;
  body: string;
  kind: 'send' | 'edit';
}

export type ClassifierResult = { ok: true; answer: ClassifierAnswer } | { ok: false; failure: string };

export interface ClassifierCall {
  url: string;
  timeoutMs: number;
  fetchFn: typeof fetch;
  /** Aborts the call from outside (the pipeline's dispose). */
  signal?: AbortSignal;
}

/** An answer is a few hundred bytes; anything past this is not one. */
const MAX_ANSWER_BYTES = 64 * 1024;

export async function askClassifier(call: ClassifierCall, request: ClassifierRequest): Promise<ClassifierResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, call.timeoutMs);
  const cancel = () => controller.abort();
  if (call.signal?.aborted) cancel();
  call.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const response = await call.fetchFn(call.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ roomId: request.roomId, authorId: request.authorId, body: request.body, kind: request.kind }),
      signal: controller.signal,
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, failure: `The moderation classifier answered HTTP ${response.status}.` };
    }
    const text = await readLimited(response, MAX_ANSWER_BYTES);
    const answer = text === null ? null : parseClassifierAnswer(text);
    return answer ? { ok: true, answer } : { ok: false, failure: 'The moderation classifier gave an answer that is not a moderation decision.' };
  } catch (error) {
    if (timedOut) return { ok: false, failure: `The moderation classifier did not answer within ${call.timeoutMs} ms.` };
    if (controller.signal.aborted) return { ok: false, failure: 'The moderation classifier call was cancelled.' };
    return { ok: false, failure: `The moderation classifier could not be reached: ${(error as Error).message}.` };
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', cancel);
  }
}

/** The response text, or null when it is longer than `limit` bytes. */
async function readLimited(response: Response, limit: number): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
