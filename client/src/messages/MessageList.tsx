// The scrolling timeline. It stays pinned to the newest message while the reader is at the bottom,
// loads older pages when they scroll near the top (and newer ones near the bottom after a jump into
// history) without moving what they are looking at, and scrolls to a message asked for — a quoted
// one or a pinned one (loading older pages until it is found), or a search hit (already loaded around it).
//
// Only the rows near the view are mounted (useMessageWindow.ts), and the timeline in memory is kept
// to a few hundred messages (timelineBounds.ts): a room posting 50 messages a second stays light.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Moderation } from '../moderation/useModeration';
import type { ToggleReaction } from '../reactions/useReactions';
import { ErrorNote } from '../ui/ErrorNote';
import { useMe } from '../users/useMe';
import { MessageItem, type EditRequest, type Viewer } from './MessageItem';
import { PendingItem } from './PendingItem';
import type { TimelineMessage } from './timeline';
import { stillWanted, trimPlan, type TrimPlan } from './timelineBounds';
import type { MessageActions } from './useMessageActions';
import { useMessageWindow } from './useMessageWindow';
import { useNewMessageCount } from './useNewMessageCount';
import { ENTER_CONTROLS, nextControl, nextRow } from './rovingFocus';
import type { RoomTimeline } from './useRoomTimeline';
import type { PendingMessage } from './useSendMessage';

const NEAR_TOP = 200;
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
  /** Open this message's editor (↑ in an empty composer); a new object each time. */
  editRequest?: EditRequest | null;
  moderation?: Moderation;
}

/** The controls of a message a keyboard can go to, in order (the visible, enabled ones). */
function controlsOf(row: HTMLElement): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>('button:not(:disabled)')].filter((element) => element.getClientRects().length > 0);
}

function follows(previous: TimelineMessage | undefined, message: TimelineMessage): boolean {
  if (!previous || message.replyTo || !message.author || previous.author?.id !== message.author.id) return false;
  return Date.parse(message.createdAt) - Date.parse(previous.createdAt) < GROUP_WINDOW_MS;
}

export function MessageList(props: MessageListProps) {
  const { timeline, pending, viewer, actions, toggleReaction, onReply, onOpenThread, firstUnreadId, seenBy, focus, moderation, editRequest = null } = props;
  const { messages, status, error, hasOlder, loadingOlder, loadOlder, hasNewer } = timeline;
  const { me } = useMe();
  const list = useRef<HTMLDivElement>(null);
  const win = useMessageWindow(
    list,
    messages.map((m) => m.id),
    hasNewer,
  );
  const newCount = useNewMessageCount(!win.following, viewer.id);
  /** `wait`: the message is being loaded by someone else (a search hit); do not page for it. */
  const [jumpTarget, setJumpTarget] = useState<{ id: string; pages: number; wait?: boolean } | null>(null);
  const jump = useCallback((id: string) => setJumpTarget({ id, pages: 0 }), []);
  /** The message that is the list's one tab stop (see rovingFocus.ts); the newest until one is visited. */
  const [activeId, setActiveId] = useState<string | null>(null);
  const tabStopId = activeId !== null && messages.some((m) => m.id === activeId) ? activeId : (messages[messages.length - 1]?.id ?? null);

  function focusMessage(id: string): void {
    const element = list.current?.querySelector<HTMLElement>(`#m-${CSS.escape(id)}`) ?? null;
    setActiveId(id);
    if (element) element.focus();
    else requestAnimationFrame(() => win.reveal(id)?.focus()); // windowed out: mount it first
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-testid="message"]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    if (target === row) {
      const index = messages.findIndex((m) => m.id === row.dataset.messageId);
      const to = nextRow(event.key, index, messages.length);
      if (to !== null) {
        event.preventDefault();
        focusMessage(messages[to].id);
      } else if (ENTER_CONTROLS.has(event.key)) {
        const first = controlsOf(row)[0];
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    } else if (target.tagName === 'BUTTON') {
      const controls = controlsOf(row);
      const to = nextControl(event.key, controls.indexOf(target), controls.length);
      if (to !== null) {
        event.preventDefault();
        controls[to].focus();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        row.focus();
      }
    }
  }

  function onFocus(event: FocusEvent<HTMLDivElement>): void {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-testid="message"]');
    if (row?.dataset.messageId) setActiveId(row.dataset.messageId);
  }

  // Editing from the composer: mount the message if it is windowed out.
  useEffect(() => {
    if (editRequest && !list.current?.querySelector(`#m-${CSS.escape(editRequest.id)}`)) win.reveal(editRequest.id);
  }, [editRequest]);

  // Sent by this viewer and confirmed (by the mutation or the live event): show the real one only.
  const confirmed = new Set(messages.map((m) => m.clientMessageId).filter(Boolean));
  const unconfirmed = hasNewer ? [] : pending.filter((p) => !confirmed.has(p.clientMessageId));

  function older(): void {
    if (hasOlder && !loadingOlder) void loadOlder();
  }

  function onScroll(): void {
    const view = list.current;
    if (!view) return;
    win.onScroll();
    // While jumping, the stretch is being replaced: its scroll positions mean nothing yet.
    if (jumpTarget) return;
    if (view.scrollTop < NEAR_TOP) older();
    if (hasNewer && view.scrollHeight - view.scrollTop - view.clientHeight < NEAR_TOP) void timeline.loadNewer();
  }

  async function toLatest(): Promise<void> {
    if (hasNewer) await timeline.showLatest();
    win.follow();
  }

  // The viewer just sent a message: back to the bottom, where it shows.
  const pendingCount = useRef(pending.length);
  useLayoutEffect(() => {
    if (pending.length > pendingCount.current) win.follow();
    pendingCount.current = pending.length;
  }, [pending.length]);

  // Too few messages to scroll: keep loading older ones until the view is full.
  useEffect(() => {
    const view = list.current;
    if (view && status === 'ready' && view.scrollTop < NEAR_TOP && !jumpTarget && !hasNewer) older();
  });

  // Keep the timeline bounded; what the reader is looking at stays (see timelineBounds.ts). A trim
  // waits for a cursor, so it is planned again when that comes, from where the view is then.
  const planTrim = useRef<() => TrimPlan | null>(null!);
  planTrim.current = () => {
    if (status !== 'ready' || jumpTarget) return null;
    const { following, first, last } = win.position();
    return trimPlan({ count: messages.length, following, firstInView: first, lastInView: last });
  };
  useEffect(() => {
    const plan = planTrim.current();
    if (plan) void timeline.trim(plan, () => stillWanted(planTrim.current(), plan));
  }, [messages.length, status, jumpTarget, win.following]);

  useEffect(() => {
    if (focus?.seek) setJumpTarget({ id: focus.id, pages: 0 });
    else if (focus) setJumpTarget({ id: focus.id, pages: MAX_JUMP_PAGES, wait: true });
    else setJumpTarget((target) => (target?.wait ? null : target));
  }, [focus]);

  // Jumping to a message: scroll to it once it is loaded and mounted, paging back as needed.
  useEffect(() => {
    if (!jumpTarget) return;
    if (messages.some((m) => m.id === jumpTarget.id)) {
      const element = win.reveal(jumpTarget.id);
      if (!element) return; // mounted by the next render
      element.scrollIntoView({ block: 'center' });
      element.classList.remove('message--flash');
      void element.offsetWidth; // restart the highlight animation
      element.classList.add('message--flash');
      setJumpTarget(null);
    } else if (jumpTarget.wait) {
      // The message is on its way (see RoomView); `focus` turns null if it never comes.
    } else if (hasOlder && jumpTarget.pages < MAX_JUMP_PAGES) {
      if (!loadingOlder) {
        setJumpTarget({ ...jumpTarget, pages: jumpTarget.pages + 1 });
        void loadOlder();
      }
    } else setJumpTarget(null);
  }, [jumpTarget, messages, hasOlder, loadingOlder, loadOlder, win.anchorId]);

  const last = messages[messages.length - 1];
  return (
    <div className="messages-wrap">
      <div
        className="messages"
        ref={list}
        onScroll={onScroll}
        onWheel={(event) => win.onWheel(event.deltaY)}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        role="log"
        aria-label="Messages"
        data-testid="message-list"
        data-loaded-count={messages.length}
      >
        <div className="messages__content">
          {status === 'loading' && <p className="messages__note muted">Loading messages…</p>}
          {status === 'error' && <ErrorNote onRetry={timeline.reload}>Couldn't load messages: {error}</ErrorNote>}
          {status === 'ready' && !hasOlder && (
            <p className="messages__note muted">{messages.length === 0 && unconfirmed.length === 0 ? 'No messages yet. Say hello!' : 'This is the beginning of the room.'}</p>
          )}
          {loadingOlder && <p className="messages__note muted">Loading older messages…</p>}
          <div ref={win.spacer} style={{ height: win.before }} aria-hidden="true" />
          {messages.slice(win.start, win.end).map((message, offset) => (
            <div key={message.id} className="message-row" data-row-id={message.id}>
              {message.id === firstUnreadId && (
                <div className="divider divider--unread" role="separator" data-testid="unread-divider">
                  <span>New messages</span>
                </div>
              )}
              <MessageItem
                message={message}
                compact={message.id !== firstUnreadId && follows(messages[win.start + offset - 1], message)}
                viewer={viewer}
                actions={actions}
                toggleReaction={toggleReaction}
                onReply={onReply}
                onOpenThread={onOpenThread}
                onJump={jump}
                moderation={moderation}
                tabbable={message.id === tabStopId}
                editRequest={editRequest?.id === message.id ? editRequest : null}
              />
            </div>
          ))}
          <div style={{ height: win.after }} aria-hidden="true" />
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
      {!win.following && status === 'ready' && (
        <button type="button" className="to-latest" onClick={() => void toLatest()}>
          {newCount > 0 ? `↓ ${newCount} new message${newCount === 1 ? '' : 's'}` : '↓ Latest'}
        </button>
      )}
    </div>
  );
}
