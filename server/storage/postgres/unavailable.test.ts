import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { CourtsideError } from '../../errors';
import { UniqueViolation } from '../store';
import { isUnavailable, asDomainError, uniqueAsViolation } from './unavailable';

const pgError = (code: string, message = 'x', more: object = {}) => Object.assign(new Error(message), { code, ...more });
const wrapped = (cause: Error) => new DrizzleQueryError('select 1', [], cause);

describe("PostgreSQL errors in the domains' terms", () => {
  it.each([
    ['an administrator shutdown', wrapped(pgError('57P01', 'terminating connection due to administrator command'))],
    ['a serialization failure', wrapped(pgError('40001'))],
    ['a deadlock', wrapped(pgError('40P01'))],
    ['a refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', wrapped(pgError('ECONNRESET'))],
    ['a connection that ended', wrapped(new Error('Connection terminated unexpectedly'))],
    ['a client broken earlier', wrapped(new Error('Client has encountered a connection error and is not queryable'))],
    ['every address refused', new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')])],
  ])('refuses %s as retryable', (_, error) => {
    expect(isUnavailable(error)).toBe(true);
    const refusal = asDomainError(error);
    expect(refusal).toBeInstanceOf(CourtsideError);
    expect(refusal).toMatchObject({ extensions: { code: 'RATE_LIMITED', retryAfterMs: 1000, http: { status: 503, headers: { 'retry-after': '1' } } } });
  });

  it('refuses U+0000 in text or an id (22021), which PostgreSQL cannot store, as bad input', () => {
    const nul = wrapped(pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00'));
    expect(asDomainError(nul)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const otherEncoding = wrapped(pgError('22021', 'invalid byte sequence for encoding "UTF8": 0xc3 0x28'));
    expect(asDomainError(otherEncoding)).toBe(otherEncoding);
  });

  it('leaves other errors as they are', () => {
    const syntax = wrapped(pgError('42601'));
    expect(asDomainError(syntax)).toBe(syntax);
    const violation = new UniqueViolation('messages_room_seq');
    expect(asDomainError(violation)).toBe(violation);
  });

  it('turns a unique violation into UniqueViolation naming its index', () => {
    const raced = uniqueAsViolation(wrapped(pgError('23505', 'duplicate key', { constraint: 'messages_author_client_id' })));
    expect(raced).toBeInstanceOf(UniqueViolation);
    expect(raced).toMatchObject({ constraint: 'messages_author_client_id' });
    const other = wrapped(pgError('23503'));
    expect(uniqueAsViolation(other)).toBe(other);
  });
});
