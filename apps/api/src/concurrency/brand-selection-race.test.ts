import { yearInChina } from '@huiqi/domain';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  brandEvidence,
  brandNominations,
  brandSelectionPlaces,
  enterprises,
  users,
} from '../db/schema.js';
import { startApiProcesses, type ApiProcesses } from '../test-support/api-processes.js';

/**
 * M8.2's cap across processes: two API processes on one real PostgreSQL, 80 selections fired at
 * once over both at a year with room for the registry's 50 brands. Exactly 50 are selected, the
 * places counter equals the selected rows, the refused ones changed nothing, one audit row per
 * selection; withdrawing one frees exactly one place.
 */
let p: ApiProcesses;
let cookie: string;
const N = 80;
const ROOM = 50;
// A year the demo data leaves empty, so the room is the registry's whole number.
const YEAR = yearInChina() + 1;
let ids: string[] = [];

beforeAll(async () => {
  p = await startApiProcesses(2);
  const res = await fetch(`${p.bases[0]}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'region.admin', password: p.password }),
  });
  cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const [admin] = await p.db.select().from(users).where(eq(users.username, 'region.admin'));
  const owners = await p.db
    .select()
    .from(enterprises)
    .where(and(eq(enterprises.status, 'verified'), eq(enterprises.srdiVerified, true)))
    .limit(20);
  const rows = await p.db
    .insert(brandNominations)
    .values(
      Array.from({ length: N }, (_, i) => ({
        provision: 'M8.2',
        year: YEAR,
        enterpriseId: owners[i % owners.length]!.id,
        areaCode: owners[i % owners.length]!.areaCode,
        trademarkName: `竞选品牌${i}`,
        registrationNo: String(70_000_000 + i),
        niceClass: 1 + (i % 45),
        owner: owners[i % owners.length]!.name,
        nominatedBy: admin!.id,
      })),
    )
    .returning({ id: brandNominations.id });
  ids = rows.map((r) => r.id);
  await p.db.insert(brandEvidence).values(
    ids.flatMap((nominationId) =>
      (['distinctiveness', 'reputation'] as const).map((kind) => ({
        nominationId,
        kind,
        filename: `${kind}.pdf`,
        mime: 'application/pdf',
        size: 1,
        sha256: '0'.repeat(64),
        uploadedBy: admin!.id,
      })),
    ),
  );
}, 180_000);
afterAll(() => p?.stop());

const decide = (i: number, id: string, body: Record<string, unknown>) =>
  fetch(`${p.bases[i % 2]}/api/brand-nominations/${id}/decision`, {
    method: 'POST',
    headers: { Cookie: cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('M8.2 selection race over two API processes on one PostgreSQL', () => {
  it(`${N} selections at once, room for ${ROOM}: exactly ${ROOM} selected`, async () => {
    const auditBefore = (
      await p.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'brand.selected'))
    )[0]!.n;
    const answers = await Promise.all(ids.map((id, i) => decide(i, id, { decision: 'select', version: 1 })));
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as { error?: { code: string } }[];
    const ok = answers.filter((r) => r.status === 200).length;
    console.log(
      `[brands] two processes, ${N} concurrent selections, room ${ROOM}: ${ok} selected; statuses ${[...new Set(answers.map((r) => r.status))].join(',')}`,
    );
    expect(ok).toBe(ROOM);
    const refused = bodies.filter((_, i) => answers[i]!.status !== 200);
    expect(refused).toHaveLength(N - ROOM);
    expect(refused.every((b) => b.error?.code === 'BRAND_PLACES_FULL')).toBe(true);

    const selected = (
      await p.db
        .select({ n: count() })
        .from(brandNominations)
        .where(and(eq(brandNominations.year, YEAR), eq(brandNominations.status, 'selected')))
    )[0]!.n;
    expect(selected).toBe(ROOM);
    const [places] = await p.db
      .select()
      .from(brandSelectionPlaces)
      .where(eq(brandSelectionPlaces.year, YEAR));
    expect(places!.used).toBe(ROOM);
    // The refused are untouched: still waiting, at their first version.
    expect(
      (
        await p.db
          .select({ n: count() })
          .from(brandNominations)
          .where(
            and(
              eq(brandNominations.year, YEAR),
              eq(brandNominations.status, 'nominated'),
              eq(brandNominations.version, 1),
            ),
          )
      )[0]!.n,
    ).toBe(N - ROOM);
    expect(
      (await p.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'brand.selected')))[0]!.n -
        auditBefore,
    ).toBe(ROOM);
  }, 120_000);

  it('withdrawing one selection frees exactly one place; two waiting brands race for it, one wins', async () => {
    const [chosen] = await p.db
      .select()
      .from(brandNominations)
      .where(and(eq(brandNominations.year, YEAR), eq(brandNominations.status, 'selected')))
      .limit(1);
    const out = await decide(0, chosen!.id, {
      decision: 'deselect',
      reason: '复核发现商标已转让，撤销入选',
      version: chosen!.version,
    });
    expect(out.status).toBe(200);
    expect(((await out.json()) as { places: { remaining: number } }).places.remaining).toBe(1);
    const waiting = await p.db
      .select()
      .from(brandNominations)
      .where(
        and(
          eq(brandNominations.year, YEAR),
          eq(brandNominations.status, 'nominated'),
          eq(brandNominations.version, 1),
        ),
      )
      .limit(2);
    const two = await Promise.all(waiting.map((w, i) => decide(i, w.id, { decision: 'select', version: 1 })));
    expect(two.map((r) => r.status).sort()).toEqual([200, 409]);
    const [places] = await p.db
      .select()
      .from(brandSelectionPlaces)
      .where(eq(brandSelectionPlaces.year, YEAR));
    expect(places!.used).toBe(ROOM);
  }, 60_000);
});
