import { useEffect, useState } from 'react';
import type { RoomSettingsFieldsFragment } from '../gql/graphql';
import { HeldQueue } from './HeldQueue';
import { ModerationLogList } from './ModerationLogList';
import { ReportsQueue } from './ReportsQueue';
import { RoomSettingsForm } from './RoomSettingsForm';
import type { HeldQueue as Held } from './useHeldMessages';
import type { ModerationActions } from './useModerationActions';
import { useModerationLog } from './useModerationLog';
import { useReports, type Report } from './useReports';
import { useSaveRoomSettings } from './useSaveRoomSettings';

type Tab = 'held' | 'reports' | 'log' | 'settings';

interface ModerationPanelProps {
  roomId: string;
  settings: RoomSettingsFieldsFragment['settings'];
  /** The held queue, shared with the header's badge. */
  held: Held;
  actions: ModerationActions;
  onShowMessage: (message: Report['message']) => void;
  onClose: () => void;
}

/** Moderators' tools for the room: the held queue, open reports, the log and the settings. */
export function ModerationPanel({ roomId, settings, held, actions, onShowMessage, onClose }: ModerationPanelProps) {
  const [tab, setTab] = useState<Tab>('held');
  const reports = useReports(roomId, true);
  const log = useModerationLog(roomId, true);
  const save = useSaveRoomSettings(roomId);
  const { refresh: refreshHeld } = held;
  const { refresh: refreshReports } = reports;
  const { refresh: refreshLog } = log;

  // Nothing announces new held messages, reports or log entries: read them when the panel opens
  // (the counts show on the tabs) and again when their tab is picked.
  useEffect(() => {
    refreshHeld();
    refreshReports();
    refreshLog();
  }, [refreshHeld, refreshReports, refreshLog]);

  function pick(next: Tab): void {
    setTab(next);
    if (next === 'held') refreshHeld();
    else if (next === 'reports') refreshReports();
    else if (next === 'log') refreshLog();
  }

  const tabs: { id: Tab; label: string; count?: number }[] = [
    { id: 'held', label: 'Held', count: held.messages.length },
    { id: 'reports', label: 'Reports', count: reports.reports.length },
    { id: 'log', label: 'Log' },
    { id: 'settings', label: 'Settings' },
  ];

  return (
    <div className="popover mod-panel" role="dialog" aria-label="Moderation" data-testid="moderation-panel" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="popover__head">
        <h2>Moderation</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close moderation">
          ×
        </button>
      </div>
      <div className="mod-panel__tabs" role="tablist" aria-label="Moderation tools">
        {tabs.map(({ id, label, count }) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={`mod-panel__tab${tab === id ? ' mod-panel__tab--on' : ''}`} onClick={() => pick(id)}>
            {label}
            {count ? <span className="mod-panel__count">{count}</span> : null}
          </button>
        ))}
      </div>
      <div className="mod-panel__body" role="tabpanel" aria-label={tabs.find((t) => t.id === tab)!.label}>
        {tab === 'held' && <HeldQueue queue={held} />}
        {tab === 'reports' && <ReportsQueue queue={reports} onShowMessage={onShowMessage} />}
        {tab === 'log' && <ModerationLogList entries={log.entries} loading={log.loading} error={log.error} hasMore={log.hasMore} onUnban={actions.unban} />}
        {tab === 'settings' && <RoomSettingsForm settings={settings} onSave={save} />}
      </div>
    </div>
  );
}
