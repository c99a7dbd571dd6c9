import { GraphQLScalarType, Kind } from 'graphql';
import { CourtsideError, echo } from '../errors';

function toDate(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new CourtsideError('BAD_USER_INPUT', `"${echo(String(value))}" is not an ISO-8601 date-time.`);
  return date;
}

/** Dates leave as ISO-8601 strings in UTC and arrive the same way. */
export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value : new Date(value as number)).toISOString(),
  parseValue: toDate,
  parseLiteral: (ast) => toDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
