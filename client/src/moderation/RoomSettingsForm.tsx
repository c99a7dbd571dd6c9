import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LinkPolicy, ProfanityAction, RoomSettingsFieldsFragment } from '../gql/graphql';
import { ErrorNote } from '../ui/ErrorNote';
import { BlockedTermsEditor } from './BlockedTermsEditor';
import { durationText, MAX_SLOW_MODE_SECONDS, SLOW_MODE_CHOICES } from './durations';

type Settings = RoomSettingsFieldsFragment['settings'];

interface RoomSettingsFormProps {
  settings: Settings;
  /** Resolves to null when saved, or why not. Only the changed fields are given. */
  onSave: (changes: Partial<Omit<Settings, '__typename'>>) => Promise<string | null>;
}

const LINK_POLICIES: { value: LinkPolicy; label: string }[] = [
  { value: 'ALLOW', label: 'Allow' },
  { value: 'BLOCK', label: 'Block' },
  { value: 'HOLD', label: 'Hold for review' },
];
const PROFANITY: { value: ProfanityAction; label: string }[] = [
  { value: 'ALLOW', label: 'Allow' },
  { value: 'MASK', label: 'Mask with ***' },
  { value: 'BLOCK', label: 'Block' },
];

const isPreset = (seconds: number) => (SLOW_MODE_CHOICES as readonly number[]).includes(seconds);

type Values = Omit<Settings, '__typename'>;

/**
 * The fields of `form` that differ from `saved`: only those are sent, so the log says what changed
 * and a moderator saving one field does not undo another's change to a different one.
 */
function changes(form: Values, saved: Values): Partial<Values> {
  const changed: Partial<Values> = {};
  if (form.slowModeSeconds !== saved.slowModeSeconds) changed.slowModeSeconds = form.slowModeSeconds;
  if (form.blockedTerms.join('\n') !== saved.blockedTerms.join('\n')) changed.blockedTerms = form.blockedTerms;
  if (form.linkPolicy !== saved.linkPolicy) changed.linkPolicy = form.linkPolicy;
  if (form.profanity !== saved.profanity) changed.profanity = form.profanity;
  return changed;
}

function RadioRow<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="settings__field">
      <legend>{legend}</legend>
      <div className="settings__choices">
        {options.map((option) => (
          <label key={option.value} className={`choice${value === option.value ? ' choice--on' : ''}`}>
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Slow mode, blocked terms, links and profanity for the room; changes others make show up live. */
export function RoomSettingsForm({ settings, onSave }: RoomSettingsFormProps) {
  const saved: Values = { slowModeSeconds: settings.slowModeSeconds, blockedTerms: settings.blockedTerms, linkPolicy: settings.linkPolicy, profanity: settings.profanity };
  const [form, setForm] = useState(saved);
  const [custom, setCustom] = useState(!isPreset(settings.slowModeSeconds));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ error: string | null; saved: boolean }>({ error: null, saved: false });
  const dirty = Object.keys(changes(form, saved)).length > 0;
  const key = JSON.stringify(saved);

  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;

  // Someone else saved (RoomUpdated): show theirs, unless this form has unsaved changes.
  useEffect(() => {
    if (dirtyNow.current) return;
    const next = JSON.parse(key) as Values;
    setForm(next);
    setCustom(!isPreset(next.slowModeSeconds));
  }, [key]);

  const change = (fields: Partial<typeof form>) => {
    setForm((current) => ({ ...current, ...fields }));
    setStatus({ error: null, saved: false });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const error = await onSave(changes(form, saved));
    setBusy(false);
    setStatus({ error, saved: !error });
  }

  return (
    <form className="settings" onSubmit={(e) => void submit(e)} aria-label="Room settings" data-testid="room-settings">
      <div className="settings__field">
        <label className="settings__label" htmlFor="slow-mode">
          Slow mode
        </label>
        <p className="settings__help muted">Members wait this long between messages; moderators are exempt.</p>
        <div className="settings__inline">
          <select
            id="slow-mode"
            value={custom ? 'custom' : String(form.slowModeSeconds)}
            onChange={(e) => {
              const custom = e.target.value === 'custom';
              setCustom(custom);
              change({ slowModeSeconds: custom ? form.slowModeSeconds || 10 : Number(e.target.value) });
            }}
          >
            {SLOW_MODE_CHOICES.map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds === 0 ? 'Off' : durationText(seconds)}
              </option>
            ))}
            <option value="custom">Custom…</option>
          </select>
          {custom && (
            <label className="settings__custom">
              <input
                type="number"
                min={1}
                max={MAX_SLOW_MODE_SECONDS}
                value={form.slowModeSeconds}
                onChange={(e) => change({ slowModeSeconds: Math.max(0, Math.round(Number(e.target.value) || 0)) })}
                aria-label="Seconds between messages"
              />
              <span className="muted">seconds</span>
            </label>
          )}
        </div>
      </div>
      <div className="settings__field">
        <span className="settings__label">Blocked terms</span>
        <p className="settings__help muted">Messages with these words are refused, whatever the case, accents or spacing.</p>
        <BlockedTermsEditor terms={form.blockedTerms} onChange={(blockedTerms) => change({ blockedTerms })} />
      </div>
      <RadioRow legend="Links" name="link-policy" options={LINK_POLICIES} value={form.linkPolicy} onChange={(linkPolicy) => change({ linkPolicy })} />
      <RadioRow legend="Profanity" name="profanity" options={PROFANITY} value={form.profanity} onChange={(profanity) => change({ profanity })} />
      {status.error && <ErrorNote>{status.error}</ErrorNote>}
      <div className="settings__actions">
        {status.saved && !dirty && (
          <span className="settings__saved" role="status">
            Saved.
          </span>
        )}
        <button type="submit" className="button button--primary button--small" disabled={!dirty || busy}>
          Save settings
        </button>
      </div>
    </form>
  );
}
