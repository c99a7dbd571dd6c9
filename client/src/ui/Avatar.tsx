/** A round initial in a colour derived from the id, so the same person keeps the same colour. */
export function Avatar({ id, name, size = 32 }: { id: string; name: string; size?: number }) {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  const hue = Math.abs(hash) % 360;
  const initial = [...name.trim()][0]?.toUpperCase() ?? '?';
  return (
    <span className="avatar" aria-hidden="true" style={{ width: size, height: size, fontSize: size * 0.45, background: `hsl(${hue} 55% 88%)`, color: `hsl(${hue} 45% 30%)` }}>
      {initial}
    </span>
  );
}
