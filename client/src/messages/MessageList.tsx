// The scrolling timeline. It stays pinned to the newest message while the reader is at the bottom,
// loads older pages when they scroll near the top (and newer ones near the bottom after a jump into
// history) without moving what they are looking at, and scrolls to a message asked for — a quoted
// one or a pinned one (loading older pages until it is found), or a search hit (already loaded around it).
import { Fragment, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Moderation } from '../moderation/useModeration';
import type { ToggleReaction } from '../reactions/useReactions';
import { ErrorNote } from '../ui/ErrorNote';
import { useMe } from '../users/useMe';
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
  toggleReaction: ToggleReaction;
  onReply: (message: TimelineMessage) => void;
  onOpenThread: (message: TimelineMessage) => void;
  onRetry: (clientMessageId: string) => void;
  onDiscard: (clientMessageId: string) => void;
  onEditPending: (item: PendingMessage) => void;
  /** Where the "New messages" divider goes. */
  firstUnreadId: string | null;
  /** "Ana and Ben" under the newest message, or null. */
  seenBy: string | null;
  /**
   * A message to scroll to and highlight once it is loaded; a new object each time, null to give up.
   * `seek`: page back through history until it is found (a pinned message); otherwise someone else
   * is loading it (a search hit).
   */
  focus: { id: string; seek?: boolean } | null;
  moderation?: Moderation;
}

function follows(previous: TimelineMessage | undefined, message: TimelineMessage): boolean {
  if (!previous || message.replyTo || !message.author || previous.author?.id !== message.author.id) return false;
  return Date.parse(message.createdAt) - Date.parse(previous.createdAt) < GROUP_WINDOW_MS;
}

export function MessageList(props: MessageListProps) {
  const { timeline, pending, viewer, actions, toggleReaction, onReply, onOpenThread, firstUnreadId, seenBy, focus, moderation } = props;
  const { messages, status, error, hasOlder, loadingOlder, loadOlder, hasNewer } = timeline;
  const { me } = useMe();
  const list = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  /** The first message and its distance from the top of the view, kept across a prepend. */
  const anchor = useRef<{ id: string; offset: number } | null>(null);
  const [awayFromBottom, setAwayFromBottom] = useState(false);
  /** `wait`: the message is being loaded by someone else (a search hit); do not page for it. */
  const [jumpTarget, setJumpTarget] = useState<{ id: string; pages: number; wait?: boolean } | null>(null);

  // Sent by this viewer and confirmed (by the mutation or the live event): show the real one only.
  const confirmed = new Set(messages.map((m) => m.clientMessageId).filter(Boolean));
  const unconfirmed = hasNewer ? [] : pending.filter((p) => !confirmed.has(p.clientMessageId));
  const firstId = messages[0]?.id;
  const lastKey = `${messages[messages.length - 1]?.id}:${unconfirmed.map((p) => p.status).join()}:${seenBy}`;

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
    const atBottom = view.scrollHeight - view.scrollTop - view.clientHeight < NEAR_BOTTOM;
    pinned.current = atBottom && !hasNewer;
    setAwayFromBottom(!pinned.current);
    if (anchor.current) {
      const first = document.getElementById(anchor.current.id);
      if (first) anchor.current.offset = first.offsetTop - view.scrollTop;
    }
    // While jumping, the stretch is being replaced: its scroll positions mean nothing yet.
    if (jumpTarget) return;
    if (view.scrollTop < NEAR_TOP) older();
    if (hasNewer && view.scrollHeight - view.scrollTop - view.clientHeight < NEAR_TOP) void timeline.loadNewer();
  }

  function toBottom(): void {
    const view = list.current;
    if (!view) return;
    view.scrollTop = view.scrollHeight;
    pinned.current = true;
    setAwayFromBottom(false);
  }

  async function toLatest(): Promise<void> {
    if (hasNewer) await timeline.showLatest();
    pinned.current = true;
    toBottom();
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
    if (hasNewer) pinned.current = false;
    if (pinned.current) toBottom();
  }, [lastKey, status, pending.length, hasNewer]);

  // Messages growing in place (reactions, a picker, an error) keep a reader at the bottom there.
  useEffect(() => {
    const content = list.current?.firstElementChild;
    if (!content) return;
    const observer = new ResizeObserver(() => pinned.current && toBottom());
    observer.observe(content);
    return () => observer.disconnect();
  }, []);

  // Too few messages to scroll: keep loading older ones until the view is full.
  useEffect(() => {
    const view = list.current;
    if (view && status === 'ready' && view.scrollTop < NEAR_TOP && !jumpTarget && !hasNewer) older();
  });

  useEffect(() => {
    if (focus?.seek) setJumpTarget({ id: focus.id, pages: 0 });
    else if (focus) setJumpTarget({ id: focus.id, pages: MAX_JUMP_PAGES, wait: true });
    else setJumpTarget((target) => (target?.wait ? null : target));
  }, [focus]);

  // Jumping to a message: scroll to it once it is loaded, paging back as needed.
  useEffect(() => {
    if (!jumpTarget) return;
    const element = document.getElementById(`m-${jumpTarget.id}`);
    if (element) {
      pinned.current = false;
      element.scrollIntoView({ block: 'center' });
      element.classList.remove('message--flash');
      void element.offsetWidth; // restart the highlight animation
      element.classList.add('message--flash');
      setAwayFromBottom(true);
      setJumpTarget(null);
    } else if (jumpTarget.wait) {
      // The message is on its way (see RoomView); `focus` turns null if it never comes.
    } else if (hasOlder && jumpTarget.pages < MAX_JUMP_PAGES) {
      if (!loadingOlder) {
        setJumpTarget({ ...jumpTarget, pages: jumpTarget.pages + 1 });
        void loadOlder();
      }
    } else setJumpTarget(null);
  }, [jumpTarget, messages, hasOlder, loadingOlder, loadOlder]);

  const last = messages[messages.length - 1];
  return (
    <div className="messages-wrap">
      <div className="messages" ref={list} onScroll={onScroll} role="log" aria-label="Messages" data-testid="message-list">
        <div className="messages__content">
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
            <Fragment key={message.id}>
              {message.id === firstUnreadId && (
                <div className="divider divider--unread" role="separator" data-testid="unread-divider">
                  <span>New messages</span>
                </div>
              )}
              <MessageItem
                message={message}
                compact={message.id !== firstUnreadId && follows(messages[index - 1], message)}
                viewer={viewer}
                actions={actions}
                toggleReaction={toggleReaction}
                onReply={onReply}
                onOpenThread={onOpenThread}
                onJump={(id) => setJumpTarget({ id, pages: 0 })}
                moderation={moderation}
              />
            </Fragment>
          ))}
          {hasNewer && <p className="messages__note muted">Loading newer messages…</p>}
          {unconfirmed.map((item) => (
            <PendingItem key={item.clientMessageId} item={item} author={me} onRetry={props.onRetry} onDiscard={props.onDiscard} onEdit={props.onEditPending} />
          ))}
          {seenBy && last && unconfirmed.length === 0 && !hasNewer && (
            <p className="seen-by" data-testid="seen-by">
              Seen by {seenBy}
            </p>
          )}
        </div>
      </div>
      {(awayFromBottom || hasNewer) && (
        <button type="button" className="to-latest" onClick={() => void toLatest()}>
          ↓ Latest
        </button>
      )}
    </div>
  );
}
