// Adding and taking back reactions. The counts on screen move with the ReactionChanged events
// (the viewer's own included), which carry the count after each change; the mutation results are
// not applied, so an older result can never overwrite a newer event.
import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql';
import { readableError } from '../ui/readableError';

const addReactionMutation = graphql(`
  mutation AddReaction($messageId: ID!, $emoji: String!) {
    addReaction(messageId: $messageId, emoji: $emoji) {
      id
    }
  }
`);

const removeReactionMutation = graphql(`
  mutation RemoveReaction($messageId: ID!, $emoji: String!) {
    removeReaction(messageId: $messageId, emoji: $emoji) {
      id
    }
  }
`);

/** Resolves to null on success, or a sentence saying why it was refused (e.g. the 20-emoji cap). */
export type ToggleReaction = (messageId: string, emoji: string, reactedByMe: boolean) => Promise<string | null>;

export function useReactions(): ToggleReaction {
  const apollo = useApolloClient();
  return useCallback(
    async (messageId, emoji, reactedByMe) => {
      try {
        await apollo.mutate({
          mutation: reactedByMe ? removeReactionMutation : addReactionMutation,
          variables: { messageId, emoji },
          fetchPolicy: 'no-cache',
        });
        return null;
      } catch (caught) {
        return readableError(caught);
      }
    },
    [apollo],
  );
}
