import { api } from './api.js';

/**
 * Turns a claim into a draft in the open funding round that accepts its provision, with an
 * idempotency key so a double click makes one draft. Returns the new claim's id; refuses with
 * `noRound` (a message key) when no round is open for it.
 */
export async function startClaim(
  claim: { provision: string } & Record<string, unknown>,
  noRound: string,
): Promise<string> {
  const round = (await api.rounds.list()).items.find((r) => r.open && r.provisions.includes(claim.provision));
  if (!round) throw new Error(noRound);
  const a = await api.claims.create(
    { roundId: round.id, claim: claim as never },
    { idempotencyKey: `start-${crypto.randomUUID()}` },
  );
  return a.id;
}
