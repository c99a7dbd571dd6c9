import { memo, useEffect, useRef, useState } from 'react';
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

/** Open a message's editor from elsewhere (↑ in the composer); `onDone` is called when it closes. */
export interface EditRequest {
  id: string;
  onDone: () => void;
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
  /** The list's one tab stop (roving tabindex): Tab lands here, arrows move on. */
  tabbable?: boolean;
  /** Open the editor now, for this message. */
  editRequest?: EditRequest | null;
}

/** Memoized: a new message at the end of the list re-renders no other row (given stable props). */
export const MessageItem = memo(function MessageItem(props: MessageItemProps) {
  const { message, compact, viewer, actions, toggleReaction, onReply, onOpenThread, onJump, moderation, tabbable, editRequest = null } = props;
  const [mode, setMode] = useState<'view' | 'edit' | 'confirmDelete' | 'menu'>('view');
  /** In a list with one tab stop (MessageList), the controls inside are reached with the arrow keys, not Tab. */
  const inner = props.tabbable === undefined ? undefined : -1;
  const editDone = useRef<(() => void) | null>(null);
  const handledEdit = useRef<EditRequest | null>(null);
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

  useEffect(() => {
    if (!editRequest || !canEdit || handledEdit.current === editRequest) return;
    handledEdit.current = editRequest;
    editDone.current = editRequest.onDone;
    setMode('edit');
  }, [editRequest, canEdit]);

  function closeEditor() {
    setMode('view');
    editDone.current?.();
    editDone.current = null;
  }

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
      tabIndex={tabbable ? 0 : -1}
      data-tabbable={tabbable || undefined}
      aria-label={`${author}: ${deleted ? 'message deleted' : message.body.slice(0, 200)}`}
    >
      <div className="message__gutter">{compact ? <TimeLabel iso={message.createdAt} short /> : <Avatar id={message.author?.id ?? 'none'} name={author} />}</div>
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
        {message.replyTo && <ReplyQuote quote={message.replyTo} onJump={onJump} tabIndex={inner} />}
        {mode === 'edit' ? (
          <MessageEditor initial={message.body} onSave={(body) => actions.edit(message.id, body)} onClose={closeEditor} />
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
            tabIndex={inner}
          />
        )}
        {picking && <ReactionPicker onPick={pick} onClose={() => setPicking(false)} />}
        {mode === 'menu' && moderation && <MessageMenu message={message} moderation={moderation} onClose={() => setMode('view')} />}
        {openThread && message.replyCount > 0 && <ThreadSummary count={message.replyCount} lastReplyAt={message.lastReplyAt} onOpen={openThread} tabIndex={inner} />}
        {error && <ErrorNote>{error}</ErrorNote>}
      </div>
      {mode === 'view' && (canPost || canEdit || canDelete || hasMenu) && (
        <div className="message__actions" role="toolbar" aria-label="Message actions">
          {canPost && onReply && (
            <button type="button" className="action" tabIndex={inner} onClick={() => onReply(message)}>
              Reply
            </button>
          )}
          {canPost && openThread && (
            <button type="button" className="action" tabIndex={inner} onClick={openThread}>
              Reply in thread
            </button>
          )}
          {canPost && (
            <button type="button" className="action" tabIndex={inner} onClick={() => setPicking((open) => !open)} aria-expanded={picking}>
              React
            </button>
          )}
          {canEdit && (
            <button type="button" className="action" tabIndex={inner} onClick={() => setMode('edit')}>
              Edit
            </button>
          )}
          {canDelete && (
            <button type="button" className="action action--danger" tabIndex={inner} onClick={() => setMode('confirmDelete')}>
              Delete
            </button>
          )}
          {hasMenu && (
            <button type="button" className="action action--more" tabIndex={inner} onClick={() => setMode('menu')} aria-label="More actions" aria-haspopup="true">
              ⋯
            </button>
          )}
        </div>
      )}
    </article>
  );
});
