// Pure presence decisions: which stream openings and closings are joins and leaves, and what a
// change should broadcast. Plain data in, decisions out; no clock, timer or I/O (the caller passes
// `now`). A user with several streams (tabs) in a room is one viewer; each anonymous stream is one.
import { onChange, sentOutside, type Throttle } from './throttle';

/** Above LARGE_ROOM_VIEWERS a room's viewer count goes out at most this often, without user ids. */
export const LARGE_ROOM_INTERVAL_MS = 5000;

interface RoomViewers {
  /** Open streams per signed-in user. */
  users: Map<string, number>;
  anonymous: number;
}

export interface PresenceState {
  rooms: Map<string, RoomViewers>;
  /** Open streams per signed-in user, over all rooms. */
  streamsPerUser: Map<string, number>;
}

export interface PresenceChange {
  roomId: string;
  /** Viewers after the change. */
  viewerCount: number;
  /** False when the count stayed the same (a user's second tab opened or closed). */
  counted: boolean;
  joinedId: string | null;
  leftId: string | null;
}

export function createPresenceState(): PresenceState {
  return { rooms: new Map(), streamsPerUser: new Map() };
}

function bump(counts: Map<string, number>, key: string, by: 1 | -1): number {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
  return next;
}

export function viewerCount(state: PresenceState, roomId: string): number {
  const room = state.rooms.get(roomId);
  return room ? room.users.size + room.anonymous : 0;
}

export function presentUserIds(state: PresenceState, roomId: string): string[] {
  return [...(state.rooms.get(roomId)?.users.keys() ?? [])];
}

export function isOnline(state: PresenceState, userId: string): boolean {
  return state.streamsPerUser.has(userId);
}

/** A roomEvents stream started. The user joins on their first stream in the room. */
export function openStream(state: PresenceState, roomId: string, userId: string | null): PresenceChange {
  let room = state.rooms.get(roomId);
  if (!room) state.rooms.set(roomId, (room = { users: new Map(), anonymous: 0 }));
  let joinedId: string | null = null;
  if (userId === null) room.anonymous++;
  else {
    bump(state.streamsPerUser, userId, 1);
    if (bump(room.users, userId, 1) === 1) joinedId = userId;
  }
  const counted = userId === null || joinedId !== null;
  return { roomId, viewerCount: viewerCount(state, roomId), counted, joinedId, leftId: null };
}

/** A stream opened by `openStream` ended (call once per stream). The user leaves with their last one. */
export function closeStream(state: PresenceState, roomId: string, userId: string | null): PresenceChange {
  const room = state.rooms.get(roomId);
  let counted = false;
  let leftId: string | null = null;
  if (room && userId === null && room.anonymous > 0) {
    room.anonymous--;
    counted = true;
  } else if (room && userId !== null && room.users.has(userId)) {
    bump(state.streamsPerUser, userId, -1);
    if (bump(room.users, userId, -1) === 0) leftId = userId;
    counted = leftId !== null;
  }
  if (room && room.users.size === 0 && room.anonymous === 0) state.rooms.delete(roomId);
  return { roomId, viewerCount: viewerCount(state, roomId), counted, joinedId: null, leftId };
}

export interface BroadcastPlan {
  /** Publish now, with these ids (empty above the threshold). */
  send: { joinedIds: string[]; leftIds: string[] } | null;
  next: Throttle;
  /** A trailing send is waiting: wake up at this time. */
  wakeAt: number | null;
}

/**
 * What a change broadcasts. Small rooms (at most `largeRoomViewers` after the change): at once, with
 * the user who came or went. Large rooms: only the count, at most every LARGE_ROOM_INTERVAL_MS, and
 * the last change always goes out on the trailing edge. Every send, small or large, starts the
 * interval, so a room hovering at the threshold still cannot exceed the large-room rate going up.
 */
export function planBroadcast(throttle: Throttle, change: PresenceChange, now: number, largeRoomViewers: number): BroadcastPlan {
  if (!change.counted) return { send: null, next: throttle, wakeAt: null };
  if (change.viewerCount <= largeRoomViewers) {
    const send = { joinedIds: change.joinedId ? [change.joinedId] : [], leftIds: change.leftId ? [change.leftId] : [] };
    return { send, next: sentOutside(now), wakeAt: null };
  }
  const decision = onChange(throttle, now, LARGE_ROOM_INTERVAL_MS);
  if (decision.send) return { send: { joinedIds: [], leftIds: [] }, next: decision.next, wakeAt: null };
  return { send: null, next: decision.next, wakeAt: decision.wakeAt };
}
