import { parseSnippet } from './snippet';

/** A search snippet with the matched words marked; text only, never HTML. */
export function Snippet({ snippet }: { snippet: string }) {
  return <>{parseSnippet(snippet).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}
