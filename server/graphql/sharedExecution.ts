// Shared execution of `roomEvents` over WebSocket: a live event reaches every subscriber of a room as
// the same payload object (the pub/sub hands one object to all), so each distinct subscription —
// same document, same variables apart from `afterSeq` — executes it once, and the other subscribers
// reuse the result. Fields marked `@viewerDependent` in the schema do not split the group: for each
// event only the viewers whose value can differ (found from the event's own data by the field's
// rule, e.g. the author for `clientMessageId`) get an execution of their own. Replayed events are
// read per subscriber and execute per subscriber, as before.
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import { isCourtsideError } from '../errors';
import type { Sink } from '../pubsub';
import type { Context } from './context';
import { EVERYONE, viewerDependence, type Differing, type ViewerDependence, type ViewerRules } from './viewerDependence';

export type { ViewerRules } from './viewerDependence';

/** An event's result for one group, and its JSON bytes, serialized once for every socket that shares it. */
interface Shared {
  result: ExecutionResult;
  json: Buffer;
}

/**
 * Writes one serialized `next` payload (UTF-8 JSON) to the subscriber's socket. Returns nothing
 * when the socket can take more at once, or a promise that resolves once it took this payload: the
 * piped source then queues events for this subscriber (bounded) until it does.
 */
export type SendPayload = (json: Buffer) => Promise<void> | undefined;

interface Shape {
  /** Names the document in group keys: yoga caches parsed documents, so the same text is the same object. */
  id: number;
  /** The variable passed as `afterSeq` to the root field, which shapes only the replay. */
  afterSeqVariable: string | null;
  dependence: ViewerDependence;
}

/** Is this the one subscription we share: a `roomEvents` operation? */
export function isSharedSubscription(operation: OperationDefinitionNode | null | undefined): operation is OperationDefinitionNode {
  const root = operation?.selectionSet.selections[0];
  return operation?.operation === 'subscription' && operation.selectionSet.selections.length === 1 && root?.kind === Kind.FIELD && root.name.value === 'roomEvents';
}

/**
 * Unexpected errors are masked like any other. Expected ones pass through: our CourtsideErrors, and
 * graphql-js's own errors about the request (a variable of the wrong type), which wrap nothing.
 */
function masked(cause: unknown, error: GraphQLError | unknown = cause): GraphQLError {
  const expected = isCourtsideError(cause) || (cause instanceof GraphQLError && !cause.originalError);
  if (expected) return error instanceof GraphQLError ? error : (cause as GraphQLError);
  console.error('roomEvents stream failed', cause);
  return new GraphQLError('Unexpected error.');
}

function serialized(executed: ExecutionResult): Shared {
  const result = executed.errors ? { ...executed, errors: executed.errors.map((error) => masked(error.originalError ?? error, error)) } : executed;
  const { errors, ...rest } = result;
  return { result, json: Buffer.from(JSON.stringify(errors ? { ...rest, errors: errors.map((error) => error.toJSON()) } : rest)) };
}

function isPipeable(events: AsyncIterator<unknown>): events is AsyncIterator<unknown> & { pipeTo(sink: Sink<unknown>): Promise<void> } {
  return typeof (events as { pipeTo?: unknown }).pipeTo === 'function';
}

export interface SharedExecution {
  /**
   * Subscribes like graphql-js (the subscribe resolver runs once, with its authorization), then maps
   * each event through one graphql-js execution per group. (Yoga's enveloped execute would subscribe
   * again for a subscription document, so the per-event execution is graphql-js's own, masked here.)
   */
  subscribe(args: ExecutionArgs, sendPayload?: SendPayload): Promise<AsyncIterable<ExecutionResult> | ExecutionResult>;
  /** Live and replayed events executed so far, all groups together: for tests and gauges. */
  executions(): number;
}

/** `rules` say, per marked field, which viewers can see another value on an event (viewerDependence.ts). */
export function createSharedExecution(rules: ViewerRules): SharedExecution {
  /** Per live event object: the results per group key, and per document who differs. Gone with the event. */
  const resultsByEvent = new WeakMap<object, Map<string, Shared | Promise<Shared>>>();
  const differingByEvent = new WeakMap<object, Map<number, Differing>>();
  const shapes = new WeakMap<DocumentNode, Shape>();
  let nextShapeId = 0;
  let executions = 0;

  function shapeOf(args: ExecutionArgs, operation: OperationDefinitionNode): Shape {
    let shape = shapes.get(args.document);
    if (shape) return shape;
    const root = operation.selectionSet.selections[0];
    const afterSeq = root?.kind === Kind.FIELD ? root.arguments?.find((arg) => arg.name.value === 'afterSeq') : undefined;
    const afterSeqVariable = afterSeq?.value.kind === Kind.VARIABLE ? afterSeq.value.name.value : null;
    shape = { id: nextShapeId++, afterSeqVariable, dependence: viewerDependence(args.schema, args.document, operation, rules) };
    shapes.set(args.document, shape);
    return shape;
  }

  /** Who may see another result of this event than the rest of the group; once per event per document. */
  function differingOn(event: object, shape: Shape): Differing {
    let byShape = differingByEvent.get(event);
    if (!byShape) differingByEvent.set(event, (byShape = new Map()));
    let differing = byShape.get(shape.id);
    if (differing === undefined) byShape.set(shape.id, (differing = shape.dependence.differing(event)));
    return differing;
  }

  /**
   * Executes one event for a group, masks unexpected errors as yoga would, and serializes it once.
   * Synchronous when no resolver returns a promise (every roomEvents field today), so the other
   * subscribers of the group take the result without waiting a tick.
   */
  function executeEvent(args: ExecutionArgs, event: object): Shared | Promise<Shared> {
    executions++;
    const executed = execute({ ...args, rootValue: event });
    return executed instanceof Promise ? executed.then(serialized) : serialized(executed);
  }

  async function subscribe(args: ExecutionArgs, sendPayload?: SendPayload): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
    const operation = getOperationAST(args.document, args.operationName)!;
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return { ...source, errors: source.errors?.map((error) => masked(error.originalError ?? error, error)) };
    const shape = shapeOf(args, operation);
    const variables = { ...(args.variableValues ?? {}) };
    if (shape.afterSeqVariable) delete variables[shape.afterSeqVariable];
    const groupKey = `${shape.id}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    const viewerId = (args.contextValue as Context).viewer?.user.id ?? null;
    const ownKey = `${groupKey}\u0000${viewerId ?? 'anonymous'}`;
    const events = source[Symbol.asyncIterator]();

    /**
     * This subscriber's result for an event: the group's, executed by the first subscriber of the
     * group to take it (whose marked fields read as everyone else's), or its own when it is among
     * those who differ. Hot path: once per delivered event per subscriber.
     */
    const sharedFor = (event: object): Shared | Promise<Shared> => {
      let byGroup = resultsByEvent.get(event);
      if (!byGroup) resultsByEvent.set(event, (byGroup = new Map()));
      let key = groupKey;
      if (shape.dependence.marked) {
        const differing = differingOn(event, shape);
        if (differing === EVERYONE || (viewerId !== null && differing.has(viewerId))) key = ownKey;
      }
      let shared = byGroup.get(key);
      if (!shared) {
        shared = executeEvent(args, event);
        byGroup.set(key, shared);
      }
      return shared;
    };

    /** Hot path: once per delivered event per subscriber when the source is piped. */
    const sendShared = (event: unknown): Promise<void> | undefined => {
      const shared = sharedFor(event as object);
      return shared instanceof Promise ? shared.then((ready) => sendPayload!(ready.json)) : sendPayload!(shared.json);
    };

    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      /**
       * With `sendPayload` and a source that can be piped (a roomEvents stream), the shared JSON goes
       * straight to the socket with no promise per event, and nothing is yielded until the stream
       * ends. Otherwise each shared result is yielded, for the transport to send. Executes and
       * serializes once per event per group.
       */
      async next(): Promise<IteratorResult<ExecutionResult>> {
        if (sendPayload && isPipeable(events)) {
          try {
            await events.pipeTo(sendShared);
          } catch (error) {
            throw masked(error);
          }
          return { done: true, value: undefined };
        }
        let step: IteratorResult<unknown>;
        try {
          step = await events.next();
        } catch (error) {
          throw masked(error);
        }
        if (step.done) return { done: true, value: undefined };
        const shared = sharedFor(step.value as object);
        return { done: false, value: (shared instanceof Promise ? await shared : shared).result };
      },
      async return(): Promise<IteratorResult<ExecutionResult>> {
        await events.return?.();
        return { done: true, value: undefined };
      },
    } as AsyncIterableIterator<ExecutionResult>;
  }

  return { subscribe, executions: () => executions };
}
