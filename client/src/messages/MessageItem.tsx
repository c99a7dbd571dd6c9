import { memo, useState } from 'react';
import { hasMessageMenu, MessageMenu } from '../moderation/MessageMenu';
import type { Moderation } from '../moderation/useModeration';
import { ReactionChips } from '../reactions/ReactionChips';
import { ReactionPicker } from '../reactions/ReactionPicker';
import type { ToggleReaction } from '../reactions/useReactions';
import { ThreadSummary } from '../threads/ThreadSummary';
import { Avatar } from '../ui/Avatar';
import { ErrorNote } from '../ui/ErrorNote';
import { TimeLabel } from '../ui/TimeLabel';
import { MentionText } from './MentionText';
import { MessageEditor } from './MessageEditor';
import { ReplyQuote } from './ReplyQuote';
import type { TimelineMessage } from './timeline';
import type { MessageActions } from './useMessageActions';

export interface Viewer {
  id: string | null;
  username: string | null;
  /** OWNER or MODERATOR here: may delete anyone's message. */
  canModerate: boolean;
  /** A member here: may post, reply and react. */
  canPost: boolean;
}

interface MessageItemProps {
  message: TimelineMessage;
  /** Follows a message by the same author: no avatar or name. */
  compact: boolean;
  viewer: Viewer;
  actions: MessageActions;
  toggleReaction: ToggleReaction;
  /** Quote this message in a reply; absent where inline replies are not offered (in a thread). */
  onReply?: (message: TimelineMessage) => void;
  /** Open this message's thread; absent for thread posts. */
  onOpenThread?: (message: TimelineMessage) => void;
  onJump?: (messageId: string) => void;
  /** Pinning, reporting and acting on the author; absent where the room's moderation is not offered. */
  moderation?: Moderation;
}

/** Memoized: a new message at the end of the list re-renders no other row (given stable props). */
export const MessageItem = memo(function MessageItem({ message, compact, viewer, actions, toggleReaction, onReply, onOpenThread, onJump, moderation }: MessageItemProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirmDelete' | 'menu'>('view');
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deleted = Boolean(message.deletedAt);
  const own = viewer.id !== null && message.author?.id === viewer.id;
  const canEdit = own && !deleted;
  const canDelete = !deleted && (own || viewer.canModerate);
  const canPost = viewer.canPost && !deleted;
  const mentionsMe = viewer.id !== null && message.mentions.some((user) => user.id === viewer.id);
  const author = message.author?.displayName ?? 'Deleted user';
  const openThread = onOpenThread && (() => onOpenThread(message));
  const hasMenu = moderation !== undefined && hasMessageMenu(message, moderation);
  const pinned = moderation?.isPinned(message.id) ?? false;

  async function remove() {
    setError(await actions.remove(message.id));
    setMode('view');
  }

  async function react(emoji: string, reactedByMe: boolean) {
    setPicking(false);
    setError(await toggleReaction(message.id, emoji, reactedByMe));
  }

  function pick(emoji: string) {
    const group = message.reactions.find((g) => g.emoji === emoji);
    void react(emoji, group?.reactedByMe ?? false);
  }

  return (
    <article
      id={`m-${message.id}`}
      className={`message${compact ? ' message--compact' : ''}${own ? ' message--own' : ''}${mentionsMe ? ' message--mentions-me' : ''}${pinned ? ' message--pinned' : ''}`}
      data-testid="message"
      data-message-id={message.id}
      data-seq={message.seq}
      tabIndex={-1}
    >
      <div className="message__gutter">
        {compact ? <TimeLabel iso={message.createdAt} short /> : <Avatar id={message.author?.id ?? 'none'} name={author} />}
      </div>
      <div className="message__main">
        {!compact && (
          <div className="message__meta">
            <span className="message__author">{author}</span>
            {message.author?.isGuest && <span className="tag">guest</span>}
            <TimeLabel iso={message.createdAt} />
            {pinned && <span className="tag tag--pinned">📌 pinned</span>}
          </div>
        )}
        {compact && pinned && <span className="tag tag--pinned message__pin-tag">📌 pinned</span>}
        {message.replyTo && <ReplyQuote quote={message.replyTo} onJump={onJump} />}
        {mode === 'edit' ? (
          <MessageEditor initial={message.body} onSave={(body) => actions.edit(message.id, body)} onClose={() => setMode('view')} />
        ) : deleted ? (
          <p className="message__body message__body--deleted" data-testid="message-body">
            message deleted
          </p>
        ) : (
          <p className="message__body" data-testid="message-body">
            <MentionText body={message.body} mentions={message.mentions} me={viewer.username} />
            {message.editedAt && <span className="message__edited"> (edited)</span>}
          </p>
        )}
        {mode === 'confirmDelete' && (
          <div className="confirm" role="group" aria-label="Confirm delete">
            <span>Delete this message?</span>
            <button type="button" className="button button--danger button--small" onClick={() => void remove()}>
              Delete
            </button>
            <button type="button" className="button button--quiet button--small" onClick={() => setMode('view')}>
              Cancel
            </button>
          </div>
        )}
        {!deleted && (
          <ReactionChips
            reactions={message.reactions}
            onToggle={canPost ? (emoji, mine) => void react(emoji, mine) : undefined}
            onPick={canPost && !picking ? () => setPicking(true) : undefined}
          />
        )}
        {picking && <ReactionPicker onPick={pick} onClose={() => setPicking(false)} />}
        {mode === 'menu' && moderation && <MessageMenu message={message} moderation={moderation} onClose={() => setMode('view')} />}
        {openThread && message.replyCount > 0 && <ThreadSummary count={message.replyCount} lastReplyAt={message.lastReplyAt} onOpen={openThread} />}
        {error && <ErrorNote>{error}</ErrorNote>}
      </div>
      {mode === 'view' && (canPost || canEdit || canDelete || hasMenu) && (
        <div className="message__actions" role="toolbar" aria-label="Message actions">
          {canPost && onReply && (
            <button type="button" className="action" onClick={() => onReply(message)}>
              Reply
            </button>
          )}
          {canPost && openThread && (
            <button type="button" className="action" onClick={openThread}>
              Reply in thread
            </button>
          )}
          {canPost && (
            <button type="button" className="action" onClick={() => setPicking((open) => !open)} aria-expanded={picking}>
              React
            </button>
          )}
          {canEdit && (
            <button type="button" className="action" onClick={() => setMode('edit')}>
              Edit
            </button>
          )}
          {canDelete && (
            <button type="button" className="action action--danger" onClick={() => setMode('confirmDelete')}>
              Delete
            </button>
          )}
          {hasMenu && (
            <button type="button" className="action action--more" onClick={() => setMode('menu')} aria-label="More actions" aria-haspopup="true">
              ⋯
            </button>
          )}
        </div>
      )}
    </article>
  );
});
