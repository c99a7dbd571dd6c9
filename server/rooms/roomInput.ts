// Pure rules for room input.
import type { RoomRow } from '../storage/rows';
import { CourtsideError } from '../errors';
import { cleanText } from '../text/plainText';

export function cleanRoomInput(input: { name: string; topic?: string | null; kind?: RoomRow['kind'] | null }) {
  const name = cleanText(input.name, 'name', 'A room name', 'name');
  if (name.length > 80) {
    throw new CourtsideError('BAD_USER_INPUT', 'A room name must be 1 to 80 characters long.', { field: 'name' });
  }
  const topic = cleanText(input.topic ?? '', 'name', 'A room topic', 'topic', true);
  if (topic.length > 500) {
    throw new CourtsideError('BAD_USER_INPUT', 'A room topic must be at most 500 characters long.', { field: 'topic' });
  }
  if (input.kind === 'DIRECT') {
    throw new CourtsideError('BAD_USER_INPUT', 'Open a DIRECT room with openDirectRoom(userId), not createRoom.', { field: 'kind' });
  }
  return { name, topic, kind: input.kind ?? 'PUBLIC' };
}

/** The same key for a pair of users in either order. */
export function directKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}
