import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../gql';
import { useSession } from './useSession';

const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Revokes the token on the server (best effort), then forgets it here either way. */
export function useSignOut(): () => Promise<void> {
  const apollo = useApolloClient();
  const { session } = useSession();
  return async () => {
    try {
      await apollo.mutate({ mutation: signOutMutation });
    } catch {
      // Offline or already revoked: the token is forgotten below all the same.
    }
    session.end();
  };
}
