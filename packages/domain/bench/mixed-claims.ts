import { builtInPolicies } from '../src/index.js';

/** A deterministic mixed batch of claims (the same every run), for the benchmark. */
export interface BenchClaim {
  claim: Record<string, unknown>;
  context: { policy: typeof builtInPolicies; fundingYear: number; asOf: string; grantedThisYear: string };
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function mixedClaims(n: number, seed = 42): BenchClaim[] {
  const r = rng(seed);
  const fen = (max: number) => {
    const v = Math.floor(r() * max) + 1;
    return `${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`;
  };
  const out: BenchClaim[] = [];
  for (let i = 0; i < n; i++) {
    const context = {
      policy: builtInPolicies,
      fundingYear: 2025,
      asOf: '2025-06-01',
      grantedThisYear: r() < 0.2 ? fen(60_000_000) : '0.00',
    };
    const k = i % 6;
    const claim =
      k === 0
        ? {
            provision: 'M5.1',
            transactionAmount: fen(5_000_000_000),
            mode: 'license',
            contractDate: '2025-02-01',
          }
        : k === 1
          ? {
              provision: 'M7.4',
              principal: fen(2_000_000_000),
              pledgeShareRatio: `0.${1 + Math.floor(r() * 9)}`,
              disbursedOn: '2024-03-15',
              repaidOn: '2025-01-10',
              interestPaid: fen(50_000_000),
            }
          : k === 2
            ? { provision: 'M7.5', evaluationFeePaid: fen(80_000_000) }
            : k === 3
              ? { provision: 'M1.1', recognizedOn: '2025-03-01' }
              : k === 4
                ? { provision: 'M1.4', patents: [`ZL2019${i}.1`, `ZL2020${i}.2`] }
                : { provision: 'M1.7', grants: [{ jurisdiction: 'US', number: String(10_000_000 + i) }] };
    out.push({ claim, context });
  }
  return out;
}
