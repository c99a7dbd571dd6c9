import { useState } from 'react';
import { PresencePanel } from '../presence/PresencePanel';
import type { Presence } from '../presence/usePresence';
import { ViewerCount } from '../presence/ViewerCount';
import { SearchBox } from '../search/SearchBox';
import { SearchResults } from '../search/SearchResults';
import { useMessageSearch, type SearchHit } from '../search/useMessageSearch';

interface RoomToolsProps {
  roomId: string;
  presence: Presence;
  onShowHit: (hit: SearchHit) => void;
}

/** The header's search field and "watching" count, with the panels they open (one at a time). */
export function RoomTools({ roomId, presence, onShowHit }: RoomToolsProps) {
  const search = useMessageSearch(roomId);
  const [panel, setPanel] = useState<'search' | 'presence' | null>(null);
  const [searching, setSearching] = useState(false);

  return (
    <div className={`room-tools${searching ? ' room-tools--searching' : ''}`}>
      <SearchBox
        expanded={searching}
        onExpand={setSearching}
        onSearch={(query) => {
          search.search(query);
          setPanel('search');
        }}
        onClear={() => {
          search.clear();
          setPanel((open) => (open === 'search' ? null : open));
        }}
      />
      <ViewerCount count={presence.viewerCount} open={panel === 'presence'} onToggle={() => setPanel((open) => (open === 'presence' ? null : 'presence'))} />
      {panel === 'presence' && <PresencePanel members={presence.members} onClose={() => setPanel(null)} />}
      {panel === 'search' && (search.query !== null || search.loading) && (
        <SearchResults
          search={search}
          onClose={() => setPanel(null)}
          onPick={(hit) => {
            setPanel(null);
            setSearching(false);
            onShowHit(hit);
          }}
        />
      )}
    </div>
  );
}
