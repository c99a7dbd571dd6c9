// Pure: a thread root's reply count and last reply time, moved by the thread's live posts.
import type { MessageFieldsFragment } from '../gql/graphql';

type Root = Pick<MessageFieldsFragment, 'replyCount' | 'lastReplyAt'>;

/**
 * The root with `post` counted. A post sent at or before the root's `lastReplyAt` is already in
 * its count (the root was read after it), so replaying it changes nothing.
 */
export function countReply<M extends Root>(root: M, post: Pick<MessageFieldsFragment, 'createdAt'>): M {
  if (root.lastReplyAt !== null && post.createdAt <= root.lastReplyAt) return root;
  return { ...root, replyCount: root.replyCount + 1, lastReplyAt: post.createdAt };
}
