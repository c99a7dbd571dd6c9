import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

const meQuery = graphql(`
  query Me {
    me {
      id
      displayName
      username
      isGuest
    }
  }
`);

export type Me = NonNullable<MeQuery['me']>;

/** The signed-in user, or null when anonymous (or still loading). */
export function useMe(): { me: Me | null; loading: boolean } {
  const { data, loading } = useQuery(meQuery);
  return { me: data?.me ?? null, loading };
}
