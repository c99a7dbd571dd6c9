// A user as other people see them: the row without its secrets. Live events carry users in this
// form, so an event can be copied to every subscriber (or, later, to another process) with no
// password hash in it.
import type { UserRow } from '../storage/rows';

export type PublicUser = Omit<UserRow, 'passwordHash' | 'usernameKey'>;

export function publicUser(row: UserRow): PublicUser {
  const { passwordHash: _passwordHash, usernameKey: _usernameKey, ...user } = row;
  return user;
}
