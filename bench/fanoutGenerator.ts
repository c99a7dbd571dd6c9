// A load-generator process of the fan-out benchmark (started by fanoutGenerators.ts with an IPC
// channel): holds its share of the subscribers, records what they receive in one DeliveryLog per
// rung, and answers the orchestrator's commands. Prints "fanout generator: ready" once listening
// for commands; exits when the orchestrator goes away.
import type WebSocket from 'ws';
import { createDeliveryLog, WARMUP, type DeliveryLog, type RoomEvent } from './deliveries';
import type { Command, Drain, Reply, RungReport } from './fanoutGenerators';
import { nowMs } from './openLoop';
import { closeSockets, openWsSubscriber, type SubscribeRequest } from './wsSubscriber';

let sockets: WebSocket[] = [];
let first = 0;
let log: DeliveryLog | null = null;
/** Per subscriber, the highest warm-up message received. */
let warmupSeen = new Int32Array(0);
let closing = false;
let troubles = 0;
/** Trouble lines still to forward for this connect (all are counted). */
let troubleLinesLeft = 0;

const send = (reply: Reply) => process.send?.(reply);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function trouble(what: string): void {
  troubles++;
  if (troubleLinesLeft-- > 0) send({ type: 'trouble', what });
}

/** Hot path: once per delivered event per subscriber. */
function onEvent(subscriber: number, event: RoomEvent): void {
  if (log) return log.record(subscriber, event);
  const body = event.message?.body ?? '';
  if (body.startsWith(WARMUP)) warmupSeen[subscriber] = Math.max(warmupSeen[subscriber], Number(body.slice(WARMUP.length)));
  else if (event.__typename === 'MessageAdded') trouble(`subscriber ${first + subscriber} got "${body}" between rungs`);
}

/** Subscriber i's request: `request` with `{ authToken: tokens[i] }` when it has a token, else as it is. */
const requestFor = (request: SubscribeRequest | null, token: string | undefined): SubscribeRequest | null =>
  request && token ? { ...request, connectionParams: { ...request.connectionParams, authToken: token } } : request;

async function connect(url: string, request: SubscribeRequest | null, tokens: string[], count: number, batch: number): Promise<number> {
  const started = nowMs();
  closing = false;
  troubleLinesLeft = 20;
  warmupSeen = new Int32Array(count);
  for (let from = 0; from < count; from += batch) {
    const opened = await Promise.all(
      Array.from({ length: Math.min(batch, count - from) }, (_, i) =>
        openWsSubscriber({
          url,
          request: requestFor(request, tokens[from + i]),
          onEvent: (event) => onEvent(from + i, event),
          onTrouble: trouble,
          closing: () => closing,
          label: `subscriber ${first + from + i}`,
        }),
      ),
    );
    sockets.push(...opened);
  }
  return (nowMs() - started) / 1000;
}

/**
 * Waits until every subscriber has `seqs.length` messages of this rung. Gives up when no delivery
 * arrived for `stallMs` (something was lost) or after `capMs` (still arriving: a backlog too long
 * to wait for).
 */
async function finishRung(seqs: number[], stallMs: number, capMs: number): Promise<RungReport> {
  const rung = log!;
  const started = nowMs();
  let drain: Drain = 'drained';
  let last = { count: -1, at: started };
  while (rung.subscribersWithAtLeast(seqs.length) < sockets.length) {
    const now = nowMs();
    const count = rung.delivered().sinceStart;
    if (count !== last.count) last = { count, at: now };
    if (now - last.at > stallMs) drain = 'stalled';
    else if (now - started > capMs) drain = 'cap';
    if (drain !== 'drained') break;
    await sleep(20);
  }
  log = null;
  return { drain, order: rung.checkOrder(seqs), samples: rung.samples(), delivered: rung.delivered().sinceStart, lastDeliveryAt: rung.lastDeliveryAt() };
}

async function handle(command: Command): Promise<Omit<Extract<Reply, { type: 'answer' }>, 'type' | 'id'>> {
  switch (command.type) {
    case 'connect':
      first = command.first;
      return { connectSeconds: await connect(command.url, command.request, command.tokens, command.count, command.batch) };
    case 'disconnect':
      closing = true;
      await closeSockets(sockets);
      sockets = [];
      log = null;
      return {};
    case 'warmupSeen':
      return { seen: warmupSeen.filter((seen) => seen >= command.warmup).length };
    case 'startRung':
      log = createDeliveryLog(sockets.length, 0);
      log.startLoad(command.startAt, command.endAt);
      return {};
    case 'finishRung':
      return { report: await finishRung(command.seqs, command.stallMs, command.capMs) };
  }
}

process.on('message', (message) => {
  const command = message as Command;
  handle(command).then(
    (answer) => send({ type: 'answer', id: command.id, ...answer }),
    (error: Error) => send({ type: 'answer', id: command.id, error: error.message }),
  );
});
// The orchestrator is gone (finished or killed): so is this process, and its sockets with it.
process.on('disconnect', () => process.exit(0));
setInterval(() => send({ type: 'progress', connected: sockets.length, delivered: log?.delivered().sinceStart ?? 0, troubles }), 250);
console.log('fanout generator: ready');
