// A sender for fault tests: GraphQL over HTTP against any server URL, and a burst of numbered sends
// (each with its own clientMessageId) run with bounded concurrency, that remembers every
// acknowledgement and notices when a retry is answered with a different message.
import { connect } from 'node:net';
import { prose } from '../harness';

export interface HttpResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; retryAfterMs?: number; [key: string]: unknown } }[];
}

/** POST /graphql as JSON. Network failures (refused, reset, timed out) reject; every answer resolves. */
export async function gqlAt<T = any>(url: string, query: string, variables?: Record<string, unknown>, token?: string | null, timeoutMs = 20_000): Promise<HttpResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body: HttpResult<T>;
  try {
    body = JSON.parse(text) as HttpResult<T>;
  } catch {
    body = { status: response.status, errors: [{ message: `Not JSON: ${text.slice(0, 200)}` }] };
  }
  return { ...body, status: response.status };
}

export const sendMutation = `mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id seq body clientMessageId } }`;

export interface Ack {
  id: string;
  seq: number;
}

export interface BurstOptions {
  roomId: string;
  token: string;
  /** Distinguishes this burst's clientMessageIds and bodies from another's in the same room. */
  label: string;
  /** Characters per body (default 60), or per message index. */
  bodyLength?: number | ((index: number) => number);
}

export interface RunOptions {
  /** Where to send; read again for every request, so a restarted server can take over. */
  url: () => string;
  indices: number[];
  concurrency: number;
  /** Retry a send that failed on the network (server down, connection reset) until `deadline`. */
  retryNetwork: boolean;
  /** Epoch ms after which nothing is retried any more. */
  deadline: number;
  /** Called after every new acknowledgement, with the number acknowledged so far. */
  onAck?: (acked: number) => void;
  /** Which server process a request started now goes to, recorded in `answeredIn` (a test's own numbering). */
  epoch?: () => number;
}

/** A burst of sends numbered 0…count-1: message i always has the same clientMessageId and body. */
export class Burst {
  readonly acks = new Map<number, Ack>();
  /** The `epoch` in which the request that got each first acknowledgement was started. */
  readonly answeredIn = new Map<number, number>();
  /** A retry answered with a different id or seq than the first acknowledgement: must stay empty. */
  readonly changed: { index: number; first: Ack; later: Ack }[] = [];
  /** Answers that were neither an acknowledgement nor a retryable refusal: must stay empty. */
  readonly refusals: { index: number; status: number; errors: unknown }[] = [];
  /** Retryable refusals (RATE_LIMITED with retryAfterMs, retried), by HTTP status. */
  readonly retryable = new Map<number, number>();
  networkFailures = 0;
  /** Network failures by their cause (ECONNREFUSED, UND_ERR_SOCKET, …), for the test's log. */
  readonly networkCauses = new Map<string, number>();

  constructor(private readonly options: BurstOptions) {}

  clientMessageId(index: number): string {
    return `${this.options.label}-${index}`;
  }

  body(index: number): string {
    const { bodyLength = 60 } = this.options;
    return prose(typeof bodyLength === 'number' ? bodyLength : bodyLength(index), index).replace(/^#\d+/, `#${this.options.label}-${index}`);
  }

  /**
   * Sends message `index` and hangs up without reading the answer, as a client whose connection
   * drops right after sending would: the server may well commit it, but no acknowledgement arrives.
   */
  sendAndHangUp(url: string, index: number): Promise<void> {
    const { hostname, port, pathname } = new URL(url);
    const input = { roomId: this.options.roomId, body: this.body(index), clientMessageId: this.clientMessageId(index) };
    const body = Buffer.from(JSON.stringify({ query: sendMutation, variables: { input } }));
    const head = [
      `POST ${pathname} HTTP/1.1`,
      `host: ${hostname}:${port}`,
      'content-type: application/json',
      `authorization: Bearer ${this.options.token}`,
      `content-length: ${body.length}`,
      'connection: close',
    ];
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]), () => {
          socket.destroy();
          resolve();
        });
      });
      socket.on('error', reject);
    });
  }

  unacknowledged(indices: number[]): number[] {
    return indices.filter((index) => !this.acks.has(index));
  }

  /**
   * Sends every index once (more on a retryable failure), `concurrency` at a time. Without
   * `retryNetwork`, the first network failure stops the run: the indices not acknowledged are left
   * for the caller to retry.
   */
  async run({ url, indices, concurrency, retryNetwork, deadline, onAck, epoch = () => 0 }: RunOptions): Promise<void> {
    const queue = [...indices];
    let stopped = false;
    const worker = async () => {
      for (let index = queue.shift(); index !== undefined && !stopped; index = queue.shift()) {
        for (let attempt = 0; !stopped; attempt++) {
          const outcome = await this.sendOnce(url(), index, epoch());
          if (outcome === 'done') {
            if (onAck && this.acks.size > 0) onAck(this.acks.size);
            break;
          }
          if (outcome === 'network' && !retryNetwork) {
            stopped = true;
            break;
          }
          if (Date.now() > deadline) break;
          await new Promise((resolve) => setTimeout(resolve, typeof outcome === 'number' ? outcome : Math.min(50 * 2 ** attempt, 500)));
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }

  /** 'done' (acknowledged, or refused for good), 'network', or the ms to wait before retrying. */
  private async sendOnce(url: string, index: number, epoch: number): Promise<'done' | 'network' | number> {
    const input = { roomId: this.options.roomId, body: this.body(index), clientMessageId: this.clientMessageId(index) };
    let result: HttpResult;
    try {
      result = await gqlAt(url, sendMutation, { input }, this.options.token);
    } catch (error) {
      this.networkFailures++;
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      this.networkCauses.set(cause, (this.networkCauses.get(cause) ?? 0) + 1);
      return 'network';
    }
    const sent = result.data?.sendMessage as (Ack & { body: string; clientMessageId: string }) | undefined;
    if (sent) {
      const ack = { id: sent.id, seq: sent.seq };
      const first = this.acks.get(index);
      if (!first) {
        this.acks.set(index, ack);
        this.answeredIn.set(index, epoch);
      } else if (first.id !== ack.id || first.seq !== ack.seq) this.changed.push({ index, first, later: ack });
      return 'done';
    }
    const error = result.errors?.[0];
    if (error?.extensions?.code === 'RATE_LIMITED') {
      this.retryable.set(result.status, (this.retryable.get(result.status) ?? 0) + 1);
      return Number(error.extensions.retryAfterMs ?? 100);
    }
    this.refusals.push({ index, status: result.status, errors: result.errors });
    return 'done';
  }
}

/**
 * A guest who owns a PUBLIC room with profanity ALLOW: obscenity reads digit runs as leetspeak
 * ("455" is masked as "***"), which would change numbered bodies. The settings change is the room's
 * first durable event, seq 1, so a burst's messages take seq 2 onwards.
 */
export async function guestWithRoom(url: string, name = 'Ana'): Promise<{ token: string; roomId: string }> {
  const joined = await gqlAt(url, `mutation ($name: String!) { joinAsGuest(displayName: $name) { token } }`, { name });
  const token = joined.data?.joinAsGuest.token as string;
  const created = await gqlAt(url, `mutation { createRoom(input: { name: "Final", kind: PUBLIC }) { id } }`, {}, token);
  const roomId = created.data?.createRoom.id as string;
  const settings = await gqlAt(url, `mutation ($id: ID!) { updateRoomSettings(roomId: $id, settings: { profanity: ALLOW }) { lastSeq } }`, { id: roomId }, token);
  if (settings.data?.updateRoomSettings.lastSeq !== 1) throw new Error(`Could not set up the room: ${JSON.stringify([joined, created, settings])}`);
  return { token, roomId };
}

const history = `query ($roomId: ID!, $after: String) {
  messages(roomId: $roomId, first: 100, after: $after) {
    edges { node { id seq body clientMessageId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface StoredMessage {
  id: string;
  seq: number;
  body: string;
  clientMessageId: string | null;
}

/** Every message of the room's main timeline, oldest first, paged forwards 100 at a time. */
export async function storedMessages(url: string, roomId: string, token: string): Promise<StoredMessage[]> {
  const nodes: StoredMessage[] = [];
  for (let after: string | null = null; ;) {
    const page: HttpResult = await gqlAt(url, history, { roomId, after }, token);
    if (!page.data) throw new Error(JSON.stringify(page.errors));
    nodes.push(...page.data.messages.edges.map((edge: { node: StoredMessage }) => edge.node));
    if (!page.data.messages.pageInfo.hasNextPage) return nodes;
    after = page.data.messages.pageInfo.endCursor;
  }
}
