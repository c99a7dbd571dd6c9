import { useMemo } from 'react';
import { splitMentions } from './mentions';

interface MentionTextProps {
  body: string;
  /** The users the server found mentioned in this message. */
  mentions: { username: string | null }[];
  /** The viewer's username: their own mentions stand out more. */
  me: string | null;
}

/** A message body as text, with `@username` mentions highlighted. Never rendered as HTML. */
export function MentionText({ body, mentions, me }: MentionTextProps) {
  const parts = useMemo(() => {
    const known = new Set(mentions.flatMap((user) => (user.username ? [user.username.toLowerCase()] : [])));
    return known.size === 0 ? [{ text: body }] : splitMentions(body, known);
  }, [body, mentions]);
  const mine = me?.toLowerCase();
  return (
    <>
      {parts.map((part, index) =>
        'username' in part ? (
          <span key={index} className={`mention${part.username === mine ? ' mention--me' : ''}`}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
