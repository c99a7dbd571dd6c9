import type { ReadMarker } from './useReadMarkers';

/**
 * Who has read up to `seq`, leaving out the viewer and the author: "Ana", "Ana and Ben",
 * "Ana, Ben and Cy", "Ana, Ben and 4 others"; null for nobody.
 */
export function seenByText(markers: ReadMarker[], seq: number, leaveOut: (string | null | undefined)[]): string | null {
  const names = markers.filter((m) => m.seq >= seq && !leaveOut.includes(m.user.id)).map((m) => m.user.displayName);
  if (names.length === 0) return null;
  if (names.length <= 3) return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names[0]}, ${names[1]} and ${names.length - 2} others`;
}
