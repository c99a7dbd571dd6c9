// A room follower that resumes like the bundled client (client/src/events/roomEventStream.ts): the
// subscription is dropped when the socket closes, and a new one starts with `afterSeq` = the last
// seq applied on every `connected`. Unlike the client it records everything it was sent, so a test
// can assert the guarantee itself: across every reconnect, each seq arrives exactly once, in order.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export const timelineSubscription = `subscription ($roomId: ID!, $afterSeq: Int) {
  roomEvents(roomId: $roomId, afterSeq: $afterSeq) {
    __typename
    ... on DurableRoomEvent { seq }
    ... on ResyncRequired { latestSeq }
  }
}`;

/** The same, selecting each message as the bundled client does: what a real subscriber is sent. */
export const fullTimelineSubscription = `subscription ($roomId: ID!, $afterSeq: Int) {
  roomEvents(roomId: $roomId, afterSeq: $afterSeq) {
    __typename
    roomId
    ... on DurableRoomEvent { seq }
    ... on MessageAdded { message { id roomId seq status body createdAt editedAt deletedAt threadRootId replyCount author { id displayName isGuest } reactions { emoji count } } }
    ... on ResyncRequired { latestSeq }
  }
}`;

export interface FollowLog {
  /** Every durable seq delivered, in arrival order, duplicates included. */
  received: number[];
  lastSeq: number;
  duplicates: number;
  /** A seq past lastSeq + 1: an event was skipped. */
  gaps: { after: number; got: number }[];
  resyncs: number;
  /** Subscription errors, and a fatal close of the client. */
  errors: string[];
  connects: number;
  closeCodes: number[];
}

export interface Follower {
  client: Client;
  log: FollowLog;
  /** Resolves once lastSeq reaches `seq`; rejects with what it saw after `timeoutMs`. */
  reached(seq: number, timeoutMs?: number): Promise<void>;
  dispose(): Promise<void>;
}

/** Retries every 100–400 ms, growing a little, with jitter so a thousand clients do not reconnect in step. */
export function quickBackoff(retries: number): Promise<void> {
  const ms = Math.min(100 * 2 ** Math.min(retries, 2), 400) + Math.random() * 200;
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function followRoom(wsUrl: string, roomId: string, options: { afterSeq?: number; token?: string | null; onSeq?: (seq: number) => void; query?: string } = {}): Follower {
  const log: FollowLog = { received: [], lastSeq: options.afterSeq ?? 0, duplicates: 0, gaps: [], resyncs: 0, errors: [], connects: 0, closeCodes: [] };
  const waiters: { seq: number; resolve: () => void }[] = [];
  let release: (() => void) | null = null;
  let generation = 0;

  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: options.token ? { authToken: options.token } : {},
    lazy: false,
    retryAttempts: 1000,
    retryWait: quickBackoff,
    shouldRetry: () => true,
    onNonLazyError: (error) => log.errors.push(`client gave up: ${JSON.stringify((error as { code?: number }).code ?? String(error))}`),
  });

  function apply(seq: number): void {
    log.received.push(seq);
    if (seq <= log.lastSeq) {
      log.duplicates++;
      return;
    }
    if (seq > log.lastSeq + 1) log.gaps.push({ after: log.lastSeq, got: seq });
    log.lastSeq = seq;
    options.onSeq?.(seq);
    for (const waiter of waiters.filter((w) => w.seq <= seq)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }

  function subscribe(): void {
    const mine = ++generation;
    release = client.subscribe<{ roomEvents: { __typename: string; seq?: number } }>(
      { query: options.query ?? timelineSubscription, variables: { roomId, afterSeq: log.lastSeq } },
      {
        next: (result) => {
          if (mine !== generation) return;
          const event = result.data?.roomEvents;
          if (!event) log.errors.push(JSON.stringify(result.errors));
          else if (event.__typename === 'ResyncRequired') log.resyncs++;
          else if (typeof event.seq === 'number') apply(event.seq);
        },
        error: (error) => {
          if (mine === generation) log.errors.push(JSON.stringify(error instanceof Error ? error.message : error));
        },
        complete: () => {
          if (mine === generation) release = null;
        },
      },
    );
  }

  client.on('closed', (event) => {
    log.closeCodes.push((event as { code?: number }).code ?? -1);
    generation++;
    release?.();
    release = null;
  });
  client.on('connected', () => {
    log.connects++;
    if (!release) subscribe();
  });
  subscribe();

  return {
    client,
    log,
    reached: (seq, timeoutMs = 30_000) => {
      if (log.lastSeq >= seq) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const waiter = {
          seq,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          const { received, ...rest } = log;
          reject(new Error(`Seq ${seq} not reached in ${timeoutMs} ms: ${JSON.stringify({ ...rest, receivedCount: received.length })}`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    dispose: async () => {
      generation++;
      release?.();
      await client.dispose();
    },
  };
}

/** What a follower should have been sent when the room's timeline is seq 1…last and it started from `from`. */
export function expectedSeqs(last: number, from = 0): number[] {
  return Array.from({ length: last - from }, (_, i) => from + i + 1);
}
