// A room's timeline: the newest page, older pages on demand, and live events applied on top. The
// page query reads `room.lastSeq` before the messages, so the event stream opened from that seq
// misses nothing (see events/roomEventStream.ts for the resume after reconnects). Every event is
// also handed to the room's event bus for the other features of the room.
//
// Live events are applied once per animation frame (events/frameBatch.ts): a burst of them, in
// arrival order through the same merge, then published on the bus in that order — all in one task,
// so React renders the room once for the batch. The list keeps the timeline bounded (`trim`).
//
// A jump to a message far back (from search) shows it with the messages around it; pages then load
// in both directions until the stretch meets the newest message again (see timeline.ts).
//
// Longer than most files: every read that changes the stretch (newest page, older, newer, context,
// trims) shares the same guards (`epoch`, `stretch`, one request per slot), so they stay together.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoomEventBus } from '../events/roomEventBus';
import { frameBatch } from '../events/frameBatch';
import { isDurable, openRoomEventStream, type RoomEvent, type RoomEventStream } from '../events/roomEventStream';
import { useSocket } from '../events/useSocket';
import { readableError } from '../ui/readableError';
import { appendPage, applyRoomEvent, emptyTimeline, fromPage, prependPage, showContext, showNewest, upsertMessage, type Timeline, type TimelineMessage } from './timeline';
import { dropNewest, dropOldest, type TrimPlan } from './timelineBounds';
import { CONTEXT_SIZE, edgeAfter, messageContextQuery, newerMessagesQuery, newestMessagesQuery, olderMessagesQuery, PAGE_SIZE, toNewerPage, toPage } from './timelineQueries';

export interface RoomTimeline {
  messages: TimelineMessage[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** The live stream was refused (e.g. access removed); the timeline no longer updates. */
  liveError: string | null;
  hasOlder: boolean;
  loadingOlder: boolean;
  /** The shown stretch stops short of the newest message (after a jump into history). */
  hasNewer: boolean;
  /** The seq of the newest durable event applied: the room is read up to here once it is shown. */
  lastSeq: number;
  /** The viewer's read marker when the room was opened; null when not a member. */
  openedReadSeq: number | null;
  /** Loads the page before the oldest loaded message; resolves when it is in the timeline. */
  loadOlder(): Promise<void>;
  /** Loads the page after the newest loaded message while `hasNewer`. */
  loadNewer(): Promise<void>;
  /** Shows `message` (from a search hit, with its cursor) with the messages around it, unless it is loaded. */
  reveal(message: TimelineMessage, cursor: string): Promise<boolean>;
  /** Back to the newest page after a jump. */
  showLatest(): Promise<void>;
  /** Drops messages as planned (see timelineBounds.ts), if still `wanted` when ready; one trim at a time. */
  trim(plan: TrimPlan, wanted: () => boolean): Promise<void>;
  /** Puts a message from a mutation result into the timeline (deduplicated by id). */
  upsert(message: TimelineMessage): void;
  reload(): void;
}

export function useRoomTimeline(roomId: string, bus: RoomEventBus, meId: string | null): RoomTimeline {
  const apollo = useApolloClient();
  const socket = useSocket();
  const [timeline, setTimeline] = useState<Timeline>(emptyTimeline);
  const [status, setStatus] = useState<RoomTimeline['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [liveError, setLiveError] = useState<string | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [lastSeq, setLastSeq] = useState(0);
  const [openedReadSeq, setOpenedReadSeq] = useState<number | null>(null);
  const [reloads, setReloads] = useState(0);
  /** Bumped by every newest-page load, so a load overtaken by another is dropped. */
  const epoch = useRef(0);
  /** Bumped whenever the shown stretch is replaced, so a page read for the old one is dropped. */
  const stretch = useRef(0);
  const older = useRef<Promise<void> | null>(null);
  const newer = useRef<Promise<void> | null>(null);
  const trimming = useRef<Promise<void> | null>(null);
  const latest = useRef(timeline);
  latest.current = timeline;
  const me = useRef(meId);
  me.current = meId;

  useEffect(() => {
    let cancelled = false;
    let stream: RoomEventStream | null = null;
    // Hot path: once per animation frame with events.
    const batch = frameBatch<RoomEvent>((events) => {
      setTimeline((current) => events.reduce((timeline, event) => applyRoomEvent(timeline, event, { meId: me.current, threadRootId: null }), current));
      const durable = events.findLast(isDurable);
      if (durable) setLastSeq(durable.seq);
      for (const event of events) bus.publish(event);
    });

    async function load(): Promise<void> {
      const mine = ++epoch.current;
      stretch.current++;
      try {
        const { data } = await apollo.query({ query: newestMessagesQuery, variables: { roomId, last: PAGE_SIZE }, fetchPolicy: 'no-cache' });
        if (cancelled || mine !== epoch.current) return;
        if (!data) throw new Error('The server sent no messages.');
        setTimeline(fromPage(toPage(data.messages)));
        setLastSeq(data.room.lastSeq);
        setOpenedReadSeq((opened) => opened ?? data.room.myMembership?.lastReadSeq ?? null);
        setStatus('ready');
        setError(null);
        setLiveError(null);
        stream = openRoomEventStream(socket.client, {
          roomId,
          afterSeq: data.room.lastSeq,
          // Hot path: once per delivered event.
          onEvent: batch.push,
          onResync: () => {
            batch.flush();
            void load();
          },
          onError: (message) => !cancelled && setLiveError(message),
        });
      } catch (caught) {
        if (cancelled || mine !== epoch.current) return;
        setStatus('error');
        setError(readableError(caught));
      }
    }

    void load();
    return () => {
      cancelled = true;
      stream?.close();
      batch.cancel();
    };
  }, [apollo, socket, bus, roomId, reloads]);

  // A failed load (server unreachable, store reset) is retried once the socket is back.
  useEffect(() => {
    if (status !== 'error') return;
    return socket.client.on('connected', () => setReloads((n) => n + 1));
  }, [socket, status]);

  /** One page request at a time per direction; its result is dropped if the stretch was replaced. */
  const page = useCallback((slot: typeof older, read: () => Promise<((current: Timeline) => Timeline) | null>, busy?: (on: boolean) => void): Promise<void> => {
    if (slot.current) return slot.current;
    const mine = stretch.current;
    busy?.(true);
    const request = read()
      .then((change) => {
        if (change && mine === stretch.current) setTimeline(change);
      })
      .catch(() => {
        // Scrolling again retries.
      })
      .finally(() => {
        slot.current = null;
        busy?.(false);
      });
    slot.current = request;
    return request;
  }, []);

  const loadOlder = useCallback((): Promise<void> => {
    const { startCursor, hasOlder } = latest.current;
    if (!hasOlder || !startCursor) return Promise.resolve();
    return page(
      older,
      async () => {
        const { data } = await apollo.query({ query: olderMessagesQuery, variables: { roomId, last: PAGE_SIZE, before: startCursor }, fetchPolicy: 'no-cache' });
        // Only before the start it was read for: a trim may have moved the start meanwhile.
        return data ? (current) => (current.startCursor === startCursor ? prependPage(current, toPage(data.messages), me.current) : current) : null;
      },
      setLoadingOlder,
    );
  }, [apollo, roomId, page]);

  const loadNewer = useCallback((): Promise<void> => {
    const { endCursor, hasNewer } = latest.current;
    if (!hasNewer || !endCursor) return Promise.resolve();
    return page(newer, async () => {
      const { data } = await apollo.query({ query: newerMessagesQuery, variables: { roomId, first: PAGE_SIZE, after: endCursor }, fetchPolicy: 'no-cache' });
      return data ? (current) => (current.endCursor === endCursor ? appendPage(current, toNewerPage(data.messages), me.current) : current) : null;
    });
  }, [apollo, roomId, page]);

  const reveal = useCallback(
    async (message: TimelineMessage, cursor: string): Promise<boolean> => {
      if (latest.current.messages.some((m) => m.id === message.id)) return true;
      const mine = ++stretch.current;
      try {
        const { data } = await apollo.query({ query: messageContextQuery, variables: { roomId, cursor, size: CONTEXT_SIZE }, fetchPolicy: 'no-cache' });
        if (!data || mine !== stretch.current) return false;
        setTimeline((current) => showContext(current, toPage(data.before), message, toNewerPage(data.after), me.current));
        return true;
      } catch {
        return false;
      }
    },
    [apollo, roomId],
  );

  const showLatest = useCallback(async (): Promise<void> => {
    if (!latest.current.hasNewer) return;
    const mine = ++stretch.current;
    try {
      const { data } = await apollo.query({ query: newestMessagesQuery, variables: { roomId, last: PAGE_SIZE }, fetchPolicy: 'no-cache' });
      if (data && mine === stretch.current) setTimeline((current) => showNewest(current, toPage(data.messages), me.current));
    } catch {
      // The button stays; pressing it again retries.
    }
  }, [apollo, roomId]);

  const trim = useCallback(
    (plan: TrimPlan, wanted: () => boolean): Promise<void> => {
      const { startCursor: from, hasOlder } = latest.current;
      if (hasOlder && !from) return Promise.resolve();
      return page(trimming, async () => {
        const edge = await edgeAfter(apollo, roomId, from, plan.drop === 'oldest' ? plan.count : plan.keep - 1);
        if (!edge || !wanted()) return null;
        return (current) => (plan.drop === 'oldest' ? dropOldest(current, from, edge) : dropNewest(current, from, edge));
      });
    },
    [apollo, roomId, page],
  );

  const upsert = useCallback((message: TimelineMessage) => setTimeline((current) => upsertMessage(current, message, me.current)), []);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  return {
    messages: timeline.messages,
    status,
    error,
    liveError,
    hasOlder: timeline.hasOlder,
    loadingOlder,
    hasNewer: timeline.hasNewer,
    lastSeq,
    openedReadSeq,
    loadOlder,
    loadNewer,
    reveal,
    showLatest,
    trim,
    upsert,
    reload,
  };
}
