import { useState } from 'react';
import { Avatar } from '../ui/Avatar';
import { ErrorNote } from '../ui/ErrorNote';
import { TimeLabel } from '../ui/TimeLabel';
import { MessageEditor } from './MessageEditor';
import { ReplyQuote } from './ReplyQuote';
import type { TimelineMessage } from './timeline';
import type { MessageActions } from './useMessageActions';

export interface Viewer {
  id: string | null;
  /** OWNER or MODERATOR here: may delete anyone's message. */
  canModerate: boolean;
  /** A member here: may post and reply. */
  canPost: boolean;
}

interface MessageItemProps {
  message: TimelineMessage;
  /** Follows a message by the same author: no avatar or name. */
  compact: boolean;
  viewer: Viewer;
  actions: MessageActions;
  onReply: (message: TimelineMessage) => void;
  onJump: (messageId: string) => void;
}

export function MessageItem({ message, compact, viewer, actions, onReply, onJump }: MessageItemProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirmDelete'>('view');
  const [error, setError] = useState<string | null>(null);
  const deleted = Boolean(message.deletedAt);
  const own = viewer.id !== null && message.author?.id === viewer.id;
  const canEdit = own && !deleted;
  const canDelete = !deleted && (own || viewer.canModerate);
  const canReply = viewer.canPost && !deleted;
  const author = message.author?.displayName ?? 'Deleted user';

  async function remove() {
    const failure = await actions.remove(message.id);
    setError(failure);
    setMode('view');
  }

  return (
    <article
      id={`m-${message.id}`}
      className={`message${compact ? ' message--compact' : ''}${own ? ' message--own' : ''}`}
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
          </div>
        )}
        {message.replyTo && <ReplyQuote quote={message.replyTo} onJump={onJump} />}
        {mode === 'edit' ? (
          <MessageEditor initial={message.body} onSave={(body) => actions.edit(message.id, body)} onClose={() => setMode('view')} />
        ) : deleted ? (
          <p className="message__body message__body--deleted" data-testid="message-body">
            message deleted
          </p>
        ) : (
          <p className="message__body" data-testid="message-body">
            {message.body}
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
        {error && <ErrorNote>{error}</ErrorNote>}
      </div>
      {mode === 'view' && (canReply || canEdit || canDelete) && (
        <div className="message__actions" role="toolbar" aria-label="Message actions">
          {canReply && (
            <button type="button" className="action" onClick={() => onReply(message)}>
              Reply
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
        </div>
      )}
    </article>
  );
}
