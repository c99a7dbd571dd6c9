import { useState } from 'react';
import type { ReportResolution } from '../gql/graphql';
import { ErrorNote } from '../ui/ErrorNote';
import { TimeLabel } from '../ui/TimeLabel';
import type { Report, ReportQueue } from './useReports';

interface ReportItemProps {
  report: Report;
  resolve: ReportQueue['resolve'];
  onShowMessage: (message: Report['message']) => void;
}

function ReportItem({ report, resolve, onShowMessage }: ReportItemProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { message } = report;

  async function run(resolution: ReportResolution) {
    setBusy(true);
    setError(await resolve(report.id, resolution));
    setBusy(false);
  }

  return (
    <li className="queue__item" data-testid="report">
      <button type="button" className="queue__message" onClick={() => onShowMessage(message)} disabled={Boolean(message.deletedAt)} title="Show in the room">
        <span className="queue__meta">
          <span className="queue__author">{message.author?.displayName ?? 'Deleted user'}</span>
          <TimeLabel iso={message.createdAt} />
        </span>
        <span className={`queue__body${message.deletedAt ? ' queue__body--deleted' : ''}`}>{message.deletedAt ? 'message deleted' : message.body}</span>
      </button>
      <p className="queue__reason">
        <span className="muted">Reported by {report.reporter?.displayName ?? 'a deleted user'}: </span>
        {report.reason}
      </p>
      {error && <ErrorNote>{error}</ErrorNote>}
      <div className="queue__actions">
        <button type="button" className="button button--small" onClick={() => void run('DISMISSED')} disabled={busy}>
          Dismiss
        </button>
        {!message.deletedAt && (
          <button type="button" className="button button--danger button--small" onClick={() => void run('MESSAGE_DELETED')} disabled={busy}>
            Delete message
          </button>
        )}
      </div>
    </li>
  );
}

/** Open reports, newest first: the message, who reported it and why. */
export function ReportsQueue({ queue, onShowMessage }: { queue: ReportQueue; onShowMessage: ReportItemProps['onShowMessage'] }) {
  if (queue.loading) return <p className="popover__note muted">Loading…</p>;
  return (
    <>
      {queue.error && <ErrorNote onRetry={queue.refresh}>{queue.error}</ErrorNote>}
      {queue.reports.length === 0 && !queue.error && <p className="popover__note muted">No open reports.</p>}
      <ul className="queue" aria-label="Reports">
        {queue.reports.map((report) => (
          <ReportItem key={report.id} report={report} resolve={queue.resolve} onShowMessage={onShowMessage} />
        ))}
      </ul>
      {queue.hasMore && <p className="popover__note muted">More reports are open: resolve these to see them.</p>}
    </>
  );
}
