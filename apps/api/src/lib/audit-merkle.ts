import { createHash } from 'node:crypto';

const h = (prefix: number, ...parts: string[]) => {
  const hash = createHash('sha256').update(Buffer.from([prefix]));
  for (const p of parts) hash.update(Buffer.from(p, 'hex'));
  return hash.digest('hex');
};

/**
 * The Merkle tree head of a batch of leaves (hex hashes), as certificate-transparency logs compute
 * it (RFC 6962 §2.1): leaves and nodes hashed with different prefixes, the tree split at the largest
 * power of two below its size. One row's inclusion in a sealed batch can be proved with log2(n) hashes.
 */
export function merkleRoot(leaves: readonly string[]): string {
  if (leaves.length === 0) return createHash('sha256').digest('hex');
  const level = leaves.map((l) => h(0, l));
  return root(level);
}

function root(nodes: string[]): string {
  if (nodes.length === 1) return nodes[0]!;
  let k = 1;
  while (k * 2 < nodes.length) k *= 2;
  return h(1, root(nodes.slice(0, k)), root(nodes.slice(k)));
}
