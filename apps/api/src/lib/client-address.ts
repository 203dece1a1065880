import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv, Ctx } from './context.js';

/**
 * The source a request is counted against by the throttles: the peer's address, or — behind
 * TRUST_PROXY_HOPS reverse proxies — the address the outermost trusted proxy saw (the entry that
 * many from the right of X-Forwarded-For; entries further left are whatever the client wrote).
 * IPv6 addresses count by their /64, the block one subscriber gets, so rotating addresses inside
 * it gains nothing. A request with no socket (the tests' in-process calls) is 'local'.
 */
export function clientAddress<E extends AppEnv>(c: Ctx<E>): string {
  const hops = c.get('deps').env.TRUST_PROXY_HOPS;
  if (hops > 0) {
    const chain = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const seen = chain[chain.length - hops];
    if (seen && isIP(normalise(seen))) return sourceOf(normalise(seen));
  }
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    peer = undefined;
  }
  return peer && isIP(normalise(peer)) ? sourceOf(normalise(peer)) : 'local';
}

/** ::ffff:192.0.2.1 is the IPv4 address it carries. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function sourceOf(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
