// The bottom of an open room: who is typing, then whatever the viewer can do here — cheer and write
// (or, while timed out, why not and until when), join the room, or sign in first.
import type { ComponentProps } from 'react';
import { CheeringBar } from '../cheering/CheeringBar';
import { Composer } from '../messages/Composer';
import { untilText } from '../moderation/durations';
import { TimeoutBanner } from '../moderation/TimeoutBanner';
import type { PostingGate } from '../moderation/usePostingGate';
import { TypingLine } from '../typing/TypingLine';
import type { Typist } from '../typing/useTypingUsers';

interface RoomFooterProps {
  typists: Typist[];
  /** The viewer's standing: a member, a signed-in reader of a public room, or anonymous. */
  standing: 'member' | 'reader' | 'anonymous' | 'none';
  gate: PostingGate;
  cheering: ComponentProps<typeof CheeringBar>;
  /** The composer's content and callbacks; the gate adds the rest. */
  composer: Omit<ComponentProps<typeof Composer>, 'waitUntil' | 'closed' | 'notice' | 'hint'>;
  join: { onJoin: () => void; joining: boolean; error: string | null };
  onSignIn: () => void;
}

export function RoomFooter({ typists, standing, gate, cheering, composer, join, onSignIn }: RoomFooterProps) {
  const { timedOut } = gate;
  return (
    <footer className="room__footer">
      <TypingLine typists={typists} />
      {standing === 'member' ? (
        <>
          {timedOut ? <TimeoutBanner until={timedOut.until} reason={timedOut.reason} /> : <CheeringBar {...cheering} />}
          <Composer {...composer} waitUntil={gate.readyAt} closed={timedOut ? `You can write again at ${untilText(timedOut.until)}` : null} notice={gate.notice} hint={gate.hint} />
        </>
      ) : standing === 'reader' ? (
        <div className="bar">
          <span className="muted">You are reading this room.</span>
          {join.error && <span className="error-text">{join.error}</span>}
          <button type="button" className="button button--primary" onClick={join.onJoin} disabled={join.joining}>
            Join
          </button>
        </div>
      ) : standing === 'anonymous' ? (
        <div className="bar">
          <span className="muted">Join as a guest or sign in to chat.</span>
          <button type="button" className="button button--primary" onClick={onSignIn}>
            Join the chat
          </button>
        </div>
      ) : null}
    </footer>
  );
}
