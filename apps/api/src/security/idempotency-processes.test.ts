import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claims, users } from '../db/schema.js';
import { startApiProcesses, type ApiProcesses } from '../test-support/api-processes.js';

/**
 * Idempotency-Key across processes: two API processes on one PostgreSQL (in both passes of the
 * suite; PGlite serves one process). Duplicates sent at once to both create one claim per key.
 */
let p: ApiProcesses;
let cookie: string;
let roundId: string;
beforeAll(async () => {
  p = await startApiProcesses(2);
  const res = await fetch(`${p.bases[0]}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'enterprise.demo', password: p.password }),
  });
  cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  roundId = (
    (await (await fetch(`${p.bases[0]}/api/rounds`)).json()) as { items: { id: string; open: boolean }[] }
  ).items.find((r) => r.open)!.id;
}, 120_000);
afterAll(() => p?.stop());

const create = (i: number, key: string, fee: string) =>
  fetch(`${p.bases[i % 2]}/api/claims`, {
    method: 'POST',
    headers: { Cookie: cookie, 'content-type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({ roundId, claim: { provision: 'M7.5', evaluationFeePaid: fee } }),
  });
async function claimCount(): Promise<number> {
  const [u] = await p.db.select().from(users).where(eq(users.username, 'enterprise.demo'));
  return (await p.db.select({ n: count() }).from(claims).where(eq(claims.enterpriseId, u!.enterpriseId!)))[0]!
    .n;
}

describe('Idempotency-Key over two API processes on one PostgreSQL', () => {
  it('10 keys, each sent 3 times at once over both processes: exactly 10 claims, each key answering one claim', async () => {
    const before = await claimCount();
    const keys = Array.from({ length: 10 }, (_, i) => `two-procs-${i}-${Date.now()}`);
    const answers = await Promise.all(
      keys.flatMap((k, i) => [0, 1, 2].map((j) => create(i + j, k, '1000.00'))),
    );
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as { id: string }[];
    const created = (await claimCount()) - before;
    console.log(
      `[security] two processes, 10 keys × 3 concurrent duplicates: ${created} claims created; statuses ${[...new Set(answers.map((r) => r.status))].join(',')}, replays ${answers.filter((r) => r.headers.get('idempotent-replayed')).length}`,
    );
    expect(created).toBe(10);
    expect(answers.every((r) => r.status === 201)).toBe(true);
    for (let i = 0; i < 10; i++)
      expect(new Set(bodies.slice(i * 3, i * 3 + 3).map((b) => b.id)).size).toBe(1);
    expect(answers.filter((r) => r.headers.get('idempotent-replayed') === 'true').length).toBe(20);
  });

  it('one key with different bodies at once: one claim, the others 422 (or the same claim for the same body)', async () => {
    const before = await claimCount();
    const key = `two-procs-mixed-${Date.now()}`;
    const answers = await Promise.all(
      ['1000.00', '2000.00', '1000.00', '3000.00'].map((fee, i) => create(i, key, fee)),
    );
    expect((await claimCount()) - before).toBe(1);
    const winner = answers.find((r) => r.status === 201 && !r.headers.get('idempotent-replayed'));
    expect(winner).toBeDefined();
    expect(answers.filter((r) => r.status === 201 || r.status === 422)).toHaveLength(4);
    expect(answers.filter((r) => r.status === 422).length).toBeGreaterThanOrEqual(2);
    const refused = answers.find((r) => r.status === 422)!;
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
