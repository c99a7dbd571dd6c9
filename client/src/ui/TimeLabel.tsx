const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateAndTime = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'medium' });

/** "2:05 PM" today, "Nov 27, 2:05 PM" before, or just "14:05" when `short`; the full date on hover. */
export function TimeLabel({ iso, short = false }: { iso: string; short?: boolean }) {
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return (
    <time className="time" dateTime={iso} title={full.format(date)}>
      {(short ? clock : today ? timeOnly : dateAndTime).format(date)}
    </time>
  );
}
