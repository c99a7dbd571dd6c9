import { useState } from 'react';
import { MemberModeration } from '../moderation/MemberModeration';
import { ModerationButton } from '../moderation/ModerationButton';
import { ModerationPanel } from '../moderation/ModerationPanel';
import { isModeratorRole } from '../moderation/roles';
import { useHeldMessages } from '../moderation/useHeldMessages';
import type { Moderation } from '../moderation/useModeration';
import { PresencePanel } from '../presence/PresencePanel';
import type { Presence } from '../presence/usePresence';
import { ViewerCount } from '../presence/ViewerCount';
import { SearchBox } from '../search/SearchBox';
import { SearchResults } from '../search/SearchResults';
import { useMessageSearch, type SearchHit } from '../search/useMessageSearch';
import type { RoomDetails } from './useRoom';

interface RoomToolsProps {
  roomId: string;
  room: RoomDetails | null;
  presence: Presence;
  moderation: Moderation;
  onShowHit: (hit: SearchHit) => void;
  /** Show a message of the room (from the moderation panel), wherever it is. */
  onShowMessage: (message: { id: string; threadRootId?: string | null }) => void;
}

/**
 * The header's search field, "watching" count and, for moderators, the moderation button with the
 * number of held messages; with the panels they open (one at a time).
 */
export function RoomTools({ roomId, room, presence, moderation, onShowHit, onShowMessage }: RoomToolsProps) {
  const search = useMessageSearch(roomId);
  const moderator = isModeratorRole(moderation.role);
  const held = useHeldMessages(roomId, moderator);
  const [panel, setPanel] = useState<'search' | 'presence' | 'moderation' | null>(null);
  const [searching, setSearching] = useState(false);
  const toggle = (name: 'presence' | 'moderation') => setPanel((open) => (open === name ? null : name));

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
      <ViewerCount count={presence.viewerCount} open={panel === 'presence'} onToggle={() => toggle('presence')} />
      {moderator && <ModerationButton held={held.messages.length} heldMore={held.hasMore} open={panel === 'moderation'} onToggle={() => toggle('moderation')} />}
      {panel === 'presence' && (
        <PresencePanel
          members={presence.members}
          onClose={() => setPanel(null)}
          memberActions={moderator ? (member) => <MemberModeration user={member} moderation={moderation} /> : undefined}
        />
      )}
      {panel === 'moderation' && moderator && room && (
        <ModerationPanel
          roomId={roomId}
          settings={room.settings}
          held={held}
          actions={moderation.actions}
          onShowMessage={(message) => {
            setPanel(null);
            onShowMessage(message);
          }}
          onClose={() => setPanel(null)}
        />
      )}
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
