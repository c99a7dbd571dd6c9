// Where the room's members have read up to (small rooms only; the server sends nothing for large
// ones): `readMarkers`, then ReadMarkerMoved on top. Read again after a reconnect.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { useReconnected } from '../events/useReconnected';
import { useRoomEvents } from '../events/useRoomEvents';
import { graphql } from '../gql';

const readMarkersQuery = graphql(`
  query ReadMarkers($roomId: ID!) {
    readMarkers(roomId: $roomId) {
      user {
        id
        displayName
      }
      seq
    }
  }
`);

export interface ReadMarker {
  user: { id: string; displayName: string };
  /** A read position: the member has read every event up to this seq. */
  seq: number;
}

/** Markers only move forwards. */
function moved(markers: ReadMarker[], marker: ReadMarker): ReadMarker[] {
  const current = markers.find((m) => m.user.id === marker.user.id);
  if (current && current.seq >= marker.seq) return markers;
  return [...markers.filter((m) => m.user.id !== marker.user.id), marker];
}

export function useReadMarkers(roomId: string): ReadMarker[] {
  const apollo = useApolloClient();
  const [markers, setMarkers] = useState<ReadMarker[]>([]);

  const read = useCallback(() => {
    apollo
      .query({ query: readMarkersQuery, variables: { roomId }, fetchPolicy: 'no-cache' })
      .then(({ data }) => data && setMarkers((current) => data.readMarkers.reduce(moved, current)))
      .catch(() => {});
  }, [apollo, roomId]);

  useEffect(read, [read]);
  useReconnected(read);

  useRoomEvents((event) => {
    if (event.__typename === 'ReadMarkerMoved') setMarkers((current) => moved(current, { user: event.reader, seq: event.readSeq }));
  });

  return markers;
}
