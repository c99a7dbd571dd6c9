// The three ways in: a guest for this event, a new account, an existing account.
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';
import { readableError } from '../ui/readableError';
import { useSession } from './useSession';

const joinAsGuestMutation = graphql(`
  mutation JoinAsGuest($displayName: String!) {
    joinAsGuest(displayName: $displayName) {
      token
    }
  }
`);

const signUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
    }
  }
`);

const signInMutation = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      token
    }
  }
`);

export interface SignIn {
  joinAsGuest(displayName: string): Promise<boolean>;
  signUp(input: { username: string; password: string; displayName: string }): Promise<boolean>;
  signIn(username: string, password: string): Promise<boolean>;
  pending: boolean;
  error: string | null;
}

export function useSignIn(): SignIn {
  const apollo = useApolloClient();
  const { session } = useSession();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Runs one way in; true when it gave a token and the session started. */
  async function attempt(run: () => Promise<string | undefined>): Promise<boolean> {
    setPending(true);
    setError(null);
    try {
      const token = await run();
      if (!token) throw new Error('The server did not return a token.');
      session.start(token);
      return true;
    } catch (caught) {
      setError(readableError(caught));
      return false;
    } finally {
      setPending(false);
    }
  }

  return {
    pending,
    error,
    joinAsGuest: (displayName) => attempt(async () => (await apollo.mutate({ mutation: joinAsGuestMutation, variables: { displayName } })).data?.joinAsGuest.token),
    signUp: (input) => attempt(async () => (await apollo.mutate({ mutation: signUpMutation, variables: { input } })).data?.signUp.token),
    signIn: (username, password) => attempt(async () => (await apollo.mutate({ mutation: signInMutation, variables: { username, password } })).data?.signIn.token),
  };
}
