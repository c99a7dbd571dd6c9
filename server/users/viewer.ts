import type { UserRow } from '../storage/rows';
import { CourtsideError } from '../errors';

/** Who is calling: a signed-in user and the hash of the token they used, or null when anonymous. */
export type Viewer = { user: UserRow; tokenHash: string } | null;

export function requireUser(viewer: Viewer, action = 'do this'): UserRow {
  if (!viewer) throw new CourtsideError('UNAUTHENTICATED', `Sign in or join as a guest to ${action}.`);
  return viewer.user;
}
