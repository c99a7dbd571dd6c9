import { ErrorNote } from '../ui/ErrorNote';
import { TimeLabel } from '../ui/TimeLabel';
import { Snippet } from './Snippet';
import type { MessageSearch, SearchHit } from './useMessageSearch';

interface SearchResultsProps {
  search: MessageSearch;
  onPick: (hit: SearchHit) => void;
  onClose: () => void;
}

/** The hits of the room's search, best first; picking one shows the message. */
export function SearchResults({ search, onPick, onClose }: SearchResultsProps) {
  const { query, hits, loading, error, hasMore } = search;
  return (
    <div className="popover search-results" role="region" aria-label="Search results" data-testid="search-results" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="popover__head">
        <h2>{loading && hits.length === 0 ? 'Searching…' : hits.length === 0 ? `No messages match “${query}”` : `Messages matching “${query}”`}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close results">
          ×
        </button>
      </div>
      {error && <ErrorNote>{error}</ErrorNote>}
      <ul className="search-results__list">
        {hits.map((hit) => (
          <li key={hit.message.id}>
            <button type="button" className="search-hit" onClick={() => onPick(hit)} data-testid="search-hit">
              <span className="search-hit__meta">
                <span className="search-hit__author">{hit.message.author?.displayName ?? 'Deleted user'}</span>
                {hit.message.threadRootId && <span className="tag">in a thread</span>}
                <TimeLabel iso={hit.message.createdAt} />
              </span>
              <span className="search-hit__snippet">
                <Snippet snippet={hit.snippet} />
              </span>
            </button>
          </li>
        ))}
      </ul>
      {hasMore && (
        <button type="button" className="button button--quiet button--small search-results__more" onClick={search.more} disabled={loading}>
          More results
        </button>
      )}
    </div>
  );
}
