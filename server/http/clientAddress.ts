// Pure: which client address a request comes from, for limits kept per address (sign-in and
// account creation). The socket's peer, unless the operator says how many proxies stand in front
// (TRUST_PROXY): then the address the outermost trusted proxy saw, from X-Forwarded-For.

/**
 * `trustedHops` is the number of proxies in front of the server (0: trust no header). Each proxy
 * appends the address it received from, so the client is the entry `trustedHops` from the end;
 * entries before it were written by the client and prove nothing. IPv6 addresses are kept to their
 * /64, which one client holds whole.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  let address = socketAddress ?? 'unknown';
  if (trustedHops > 0 && forwardedFor !== undefined) {
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    if (hops.length > 0) address = hops[Math.max(0, hops.length - trustedHops)];
  }
  return normalize(address);
}

function normalize(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.toLowerCase().replace(/%.*$/, '').split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
