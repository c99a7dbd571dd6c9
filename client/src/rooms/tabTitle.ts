// The browser tab says how many messages wait unread across the viewer's rooms: "(3) Courtside".

const APP_NAME = 'Courtside';

export function tabTitle(rooms: readonly { myMembership?: { unreadCount: number } | null }[]): string {
  const unread = rooms.reduce((sum, room) => sum + (room.myMembership?.unreadCount ?? 0), 0);
  if (unread === 0) return APP_NAME;
  return `(${unread > 99 ? '99+' : unread}) ${APP_NAME}`;
}
