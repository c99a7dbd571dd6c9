// Editing and deleting. Results go straight into the timeline; the live events that follow are
// the same change and merge away.
import { useApolloClient } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../gql';
import { readableError } from '../ui/readableError';
import type { TimelineMessage } from './timeline';

const editMessageMutation = graphql(`
  mutation EditMessage($id: ID!, $body: String!) {
    editMessage(id: $id, body: $body) {
      ...MessageFields
    }
  }
`);

const deleteMessageMutation = graphql(`
  mutation DeleteMessage($id: ID!) {
    deleteMessage(id: $id) {
      ...MessageFields
    }
  }
`);

export interface MessageActions {
  /** Resolves to null on success, or a sentence saying why it failed. */
  edit(id: string, body: string): Promise<string | null>;
  remove(id: string): Promise<string | null>;
}

/** The same object while `onChanged` is, so message rows need not re-render. */
export function useMessageActions(onChanged: (message: TimelineMessage) => void): MessageActions {
  const apollo = useApolloClient();

  return useMemo(() => {
    async function run(work: () => Promise<TimelineMessage | undefined>): Promise<string | null> {
      try {
        const message = await work();
        if (message) onChanged(message);
        return null;
      } catch (caught) {
        return readableError(caught);
      }
    }
    return {
      edit: (id, body) => run(async () => (await apollo.mutate({ mutation: editMessageMutation, variables: { id, body }, fetchPolicy: 'no-cache' })).data?.editMessage),
      remove: (id) => run(async () => (await apollo.mutate({ mutation: deleteMessageMutation, variables: { id }, fetchPolicy: 'no-cache' })).data?.deleteMessage),
    };
  }, [apollo, onChanged]);
}
