// Input rules for identity, as pure functions: each returns the cleaned value or throws BAD_USER_INPUT.
import { CourtsideError } from '../errors';
import { cleanText, isBlank } from '../text/plainText';

const USERNAME = /^[A-Za-z0-9_-]{3,32}$/;

export function cleanDisplayName(raw: string): string {
  const name = cleanText(raw, 'name', 'A display name', 'displayName');
  if (name.length > 50) {
    throw new CourtsideError('BAD_USER_INPUT', 'A display name must be 1 to 50 characters long.', { field: 'displayName' });
  }
  return name;
}

export function cleanUsername(raw: string): string {
  const username = raw.trim();
  if (!USERNAME.test(username)) {
    throw new CourtsideError('BAD_USER_INPUT', 'A username must be 3 to 32 letters, digits, underscores or hyphens.', { field: 'username' });
  }
  return username;
}

export function checkPassword(password: string): string {
  if (password.length < 8 || password.length > 200) {
    throw new CourtsideError('BAD_USER_INPUT', 'A password must be 8 to 200 characters long.', { field: 'password' });
  }
  if (isBlank(password)) throw new CourtsideError('BAD_USER_INPUT', 'A password cannot be only spaces.', { field: 'password' });
  return password;
}
