import { useState } from 'react';
import { ErrorNote } from '../ui/ErrorNote';
import { TimeLabel } from '../ui/TimeLabel';
import type { HeldMessage, HeldQueue as Queue } from './useHeldMessages';

function HeldItem({ message, decide }: { message: HeldMessage; decide: Queue['decide'] }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(approve: boolean) {
    setBusy(true);
    setError(await decide(message.id, approve));
    setBusy(false);
  }

  return (
    <li className="queue__item" data-testid="held-message" data-message-id={message.id}>
      <div className="queue__meta">
        <span className="queue__author">{message.author?.displayName ?? 'Deleted user'}</span>
        {message.threadRootId && <span className="tag">in a thread</span>}
        <TimeLabel iso={message.createdAt} />
      </div>
      <p className="queue__body">{message.body}</p>
      {message.moderationReason && <p className="queue__reason muted">{message.moderationReason}</p>}
      {error && <ErrorNote>{error}</ErrorNote>}
      <div className="queue__actions">
        <button type="button" className="button button--small" onClick={() => void run(false)} disabled={busy}>
          Reject
        </button>
        <button type="button" className="button button--primary button--small" onClick={() => void run(true)} disabled={busy}>
          Approve
        </button>
      </div>
    </li>
  );
}

/** Messages automated moderation held, oldest first: approve publishes one, reject drops it. */
export function HeldQueue({ queue }: { queue: Queue }) {
  if (queue.loading) return <p className="popover__note muted">Loading…</p>;
  return (
    <>
      {queue.error && <ErrorNote onRetry={queue.refresh}>{queue.error}</ErrorNote>}
      {queue.messages.length === 0 && !queue.error && <p className="popover__note muted">Nothing is waiting for review.</p>}
      <ul className="queue" aria-label="Held messages">
        {queue.messages.map((message) => (
          <HeldItem key={message.id} message={message} decide={queue.decide} />
        ))}
      </ul>
      {queue.hasMore && <p className="popover__note muted">More are waiting: decide on these to see them.</p>}
    </>
  );
}
