// Users looked up by id for resolvers of fields that name users: ids of users that no longer
// exist are left out (or null), never an error, since events and log entries outlive users.
import type { UserRow } from '../storage/rows';
import type { Users } from './users';

/** The users with these ids, in the same order, without the ones that do not exist. */
export async function usersByIds(users: Pick<Users, 'findById'>, ids: string[]): Promise<UserRow[]> {
  const found = await Promise.all(ids.map((id) => users.findById(id)));
  return found.filter((user): user is UserRow => user !== undefined);
}

/** The user with this id, or null for no id or no such user. */
export async function userOrNull(users: Pick<Users, 'findById'>, id: string | null): Promise<UserRow | null> {
  return id ? ((await users.findById(id)) ?? null) : null;
}
