// A thread beside the room (over it on phones): the root, its posts live, and a composer that posts
// into the thread. Posts sent here are optimistic with a clientMessageId, like the main composer's.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Composer } from '../messages/Composer';
import type { MentionCandidate } from '../messages/mentions';
import { MessageItem, type Viewer } from '../messages/MessageItem';
import { PendingItem } from '../messages/PendingItem';
import type { TimelineMessage } from '../messages/timeline';
import { useMessageActions, type MessageActions } from '../messages/useMessageActions';
import { useSendMessage, type PendingMessage } from '../messages/useSendMessage';
import type { SendRefusal } from '../moderation/sendRefusal';
import type { Moderation } from '../moderation/useModeration';
import type { PostingGate } from '../moderation/usePostingGate';
import type { ToggleReaction } from '../reactions/useReactions';
import { ErrorNote } from '../ui/ErrorNote';
import { useMe } from '../users/useMe';
import { useThread } from './useThread';

const NEAR_BOTTOM = 48;

interface ThreadPanelProps {
  roomId: string;
  rootId: string;
  /** The root as the main timeline has it; null when it is not loaded there. */
  root: TimelineMessage | null;
  /** A post to scroll to and highlight (from search). */
  focusId: string | null;
  viewer: Viewer;
  rootActions: MessageActions;
  toggleReaction: ToggleReaction;
  candidates: MentionCandidate[];
  onTyping: (typing: boolean) => void;
  onClose: () => void;
  /** The room's posting gate: slow mode and refusals count for thread posts too. */
  gate: PostingGate;
  moderation: Moderation;
}

export function ThreadPanel(props: ThreadPanelProps) {
  const { roomId, rootId, root, focusId, viewer, rootActions, toggleReaction, candidates, onTyping, onClose, gate, moderation } = props;
  const { me } = useMe();
  const thread = useThread(rootId, viewer.id);
  const [draft, setDraft] = useState<{ body: string } | null>(null);
  const { refused, sent } = gate;
  const onRefused = useCallback(
    (item: PendingMessage, refusal: SendRefusal) => {
      setDraft({ body: item.body });
      refused(refusal);
    },
    [refused],
  );
  const sending = useSendMessage(roomId, thread.upsert, { threadRootId: rootId, onRefused, onWait: refused, onAccepted: sent });
  const actions = useMessageActions(thread.upsert);
  const list = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const confirmed = new Set(thread.posts.map((m) => m.clientMessageId).filter(Boolean));
  const unconfirmed = sending.pending.filter((p) => !confirmed.has(p.clientMessageId));
  const lastKey = `${thread.posts[thread.posts.length - 1]?.id}:${unconfirmed.length}`;

  useLayoutEffect(() => {
    const view = list.current;
    if (view && pinned.current && !focusId) view.scrollTop = view.scrollHeight;
  }, [lastKey, thread.status, focusId]);

  useEffect(() => {
    if (!focusId || thread.status !== 'ready') return;
    const element = document.getElementById(`m-${focusId}`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.classList.add('message--flash');
  }, [focusId, thread.status]);

  const deleted = Boolean(root?.deletedAt);
  return (
    <aside className="thread-panel" aria-label="Thread" data-testid="thread-panel" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <header className="thread-panel__header">
        <h2>Thread</h2>
        <span className="muted thread-panel__count">{root ? `${root.replyCount} ${root.replyCount === 1 ? 'reply' : 'replies'}` : ''}</span>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close thread">
          ×
        </button>
      </header>
      <div
        className="thread-panel__list"
        ref={list}
        role="log"
        aria-label="Thread messages"
        onScroll={(e) => (pinned.current = e.currentTarget.scrollHeight - e.currentTarget.scrollTop - e.currentTarget.clientHeight < NEAR_BOTTOM)}
      >
        {root && (
          <div className="thread-panel__root">
            <MessageItem message={root} compact={false} viewer={viewer} actions={rootActions} toggleReaction={toggleReaction} moderation={moderation} />
          </div>
        )}
        {thread.status === 'loading' && <p className="messages__note muted">Loading the thread…</p>}
        {thread.status === 'error' && <ErrorNote onRetry={thread.reload}>Couldn't load the thread: {thread.error}</ErrorNote>}
        {thread.status === 'ready' && thread.posts.length === 0 && unconfirmed.length === 0 && <p className="messages__note muted">No replies yet. Start the thread!</p>}
        {thread.posts.map((post) => (
          <MessageItem key={post.id} message={post} compact={false} viewer={viewer} actions={actions} toggleReaction={toggleReaction} moderation={moderation} />
        ))}
        {unconfirmed.map((item) => (
          <PendingItem
            key={item.clientMessageId}
            item={item}
            author={me}
            onRetry={sending.retry}
            onDiscard={sending.discard}
            onEdit={(i) => {
              sending.discard(i.clientMessageId);
              setDraft({ body: i.body });
            }}
          />
        ))}
      </div>
      {viewer.canPost && !deleted && (
        <footer className="thread-panel__footer">
          <Composer
            draft={draft}
            label="Reply in thread"
            placeholder="Reply in thread…"
            candidates={candidates}
            onTyping={onTyping}
            waitUntil={gate.readyAt}
            notice={gate.notice}
            onSend={(body) => {
              pinned.current = true;
              sent();
              sending.send(body, null);
            }}
          />
        </footer>
      )}
    </aside>
  );
}
