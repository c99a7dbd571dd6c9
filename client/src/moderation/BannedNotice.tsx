/** In place of a room the viewer was banned from. */
export function BannedNotice({ roomName, reason }: { roomName: string | null; reason: string | null }) {
  return (
    <div className="card empty banned" role="alert" data-testid="banned-notice">
      <h2>You were banned from this room{reason ? ` — ${reason}` : ''}</h2>
      <p className="muted">{roomName ? `The moderators of ${roomName}` : 'The moderators'} removed you. You can't read or post here until they lift the ban.</p>
    </div>
  );
}
