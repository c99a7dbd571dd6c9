// The scrolling timeline. It stays pinned to the newest message while the reader is at the bottom,
// loads older pages when they scroll near the top without moving what they are looking at, and
// can jump to a quoted message (loading older pages until it is found).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useMe } from '../users/useMe';
import { ErrorNote } from '../ui/ErrorNote';
import { MessageItem, type Viewer } from './MessageItem';
import { PendingItem } from './PendingItem';
import type { TimelineMessage } from './timeline';
import type { MessageActions } from './useMessageActions';
import type { RoomTimeline } from './useRoomTimeline';
import type { PendingMessage } from './useSendMessage';

const NEAR_TOP = 200;
const NEAR_BOTTOM = 48;
const GROUP_WINDOW_MS = 5 * 60_000;
const MAX_JUMP_PAGES = 20;

interface MessageListProps {
  timeline: RoomTimeline;
  pending: PendingMessage[];
  viewer: Viewer;
  actions: MessageActions;
  onReply: (message: TimelineMessage) => void;
  onRetry: (clientMessageId: string) => void;
  onDiscard: (clientMessageId: string) => void;
  onEditPending: (item: PendingMessage) => void;
}

function follows(previous: TimelineMessage | undefined, message: TimelineMessage): boolean {
  if (!previous || message.replyTo || !message.author || previous.author?.id !== message.author.id) return false;
  return Date.parse(message.createdAt) - Date.parse(previous.createdAt) < GROUP_WINDOW_MS;
}

export function MessageList({ timeline, pending, viewer, actions, onReply, onRetry, onDiscard, onEditPending }: MessageListProps) {
  const { messages, status, error, hasOlder, loadingOlder, loadOlder } = timeline;
  const { me } = useMe();
  const list = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  /** The first message and its distance from the top of the view, kept across a prepend. */
  const anchor = useRef<{ id: string; offset: number } | null>(null);
  const [awayFromBottom, setAwayFromBottom] = useState(false);
  const [jumpTarget, setJumpTarget] = useState<{ id: string; pages: number } | null>(null);

  // Sent by this viewer and confirmed (by the mutation or the live event): show the real one only.
  const confirmed = new Set(messages.map((m) => m.clientMessageId).filter(Boolean));
  const unconfirmed = pending.filter((p) => !confirmed.has(p.clientMessageId));
  const firstId = messages[0]?.id;
  const lastKey = `${messages[messages.length - 1]?.id}:${unconfirmed.map((p) => p.status).join()}`;

  function older(): void {
    const view = list.current;
    const first = firstId ? document.getElementById(`m-${firstId}`) : null;
    if (!view || !hasOlder || loadingOlder) return;
    if (first) anchor.current = { id: first.id, offset: first.offsetTop - view.scrollTop };
    void loadOlder();
  }

  function onScroll(): void {
    const view = list.current;
    if (!view) return;
    pinned.current = view.scrollHeight - view.scrollTop - view.clientHeight < NEAR_BOTTOM;
    setAwayFromBottom(!pinned.current);
    if (anchor.current) {
      const first = document.getElementById(anchor.current.id);
      if (first) anchor.current.offset = first.offsetTop - view.scrollTop;
    }
    if (view.scrollTop < NEAR_TOP) older();
  }

  function toBottom(): void {
    const view = list.current;
    if (!view) return;
    view.scrollTop = view.scrollHeight;
    pinned.current = true;
    setAwayFromBottom(false);
  }

  // An older page arrived: put the previously first message back where it was on screen.
  useLayoutEffect(() => {
    const view = list.current;
    const saved = anchor.current;
    if (!view || !saved) return;
    const element = document.getElementById(saved.id);
    if (element) view.scrollTop = element.offsetTop - saved.offset;
    anchor.current = null;
  }, [firstId]);

  // New messages at the end (or the first page): follow them while pinned to the bottom.
  const pendingCount = useRef(pending.length);
  useLayoutEffect(() => {
    if (pending.length > pendingCount.current) pinned.current = true; // the viewer just sent one
    pendingCount.current = pending.length;
    if (pinned.current) toBottom();
  }, [lastKey, status, pending.length]);

  // Too few messages to scroll: keep loading older ones until the view is full.
  useEffect(() => {
    const view = list.current;
    if (view && status === 'ready' && view.scrollTop < NEAR_TOP) older();
  });

  // Jumping to a quoted message: scroll to it once it is loaded, paging back as needed.
  useEffect(() => {
    if (!jumpTarget) return;
    const element = document.getElementById(`m-${jumpTarget.id}`);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.classList.remove('message--flash');
      void element.offsetWidth; // restart the highlight animation
      element.classList.add('message--flash');
      setJumpTarget(null);
    } else if (hasOlder && jumpTarget.pages < MAX_JUMP_PAGES) {
      if (!loadingOlder) {
        setJumpTarget({ ...jumpTarget, pages: jumpTarget.pages + 1 });
        void loadOlder();
      }
    } else setJumpTarget(null);
  }, [jumpTarget, messages, hasOlder, loadingOlder, loadOlder]);

  return (
    <div className="messages-wrap">
      <div className="messages" ref={list} onScroll={onScroll} role="log" aria-label="Messages" data-testid="message-list">
        {status === 'loading' && <p className="messages__note muted">Loading messages…</p>}
        {status === 'error' && (
          <ErrorNote action={<button type="button" className="link-button" onClick={timeline.reload}>Retry</button>}>
            Couldn't load messages: {error}
          </ErrorNote>
        )}
        {status === 'ready' && !hasOlder && (
          <p className="messages__note muted">{messages.length === 0 && unconfirmed.length === 0 ? 'No messages yet. Say hello!' : 'This is the beginning of the room.'}</p>
        )}
        {loadingOlder && <p className="messages__note muted">Loading older messages…</p>}
        {messages.map((message, index) => (
          <MessageItem
            key={message.id}
            message={message}
            compact={follows(messages[index - 1], message)}
            viewer={viewer}
            actions={actions}
            onReply={onReply}
            onJump={(id) => setJumpTarget({ id, pages: 0 })}
          />
        ))}
        {unconfirmed.map((item) => (
          <PendingItem
            key={item.clientMessageId}
            item={item}
            author={me}
            onRetry={onRetry}
            onDiscard={onDiscard}
            onEdit={onEditPending}
          />
        ))}
      </div>
      {awayFromBottom && (
        <button type="button" className="to-latest" onClick={toBottom}>
          ↓ Latest
        </button>
      )}
    </div>
  );
}
