import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { agencies, serviceRecords, users } from '../../db/schema.js';
import { readJson } from '../../test-support/read-json.js';
import { useHarness, type Harness } from '../../test-support/harness.js';

const h = useHarness();
let agency: string;
beforeAll(async () => {
  agency = (await h.as('agency')).cookie()!;
});

const call = (...a: Parameters<Harness['request']>) => h.request(...a);
/** How many service records an enterprise has, as stored. */
const recordsOf = async (enterpriseId: string) =>
  (
    await h.db
      .select({ n: count() })
      .from(serviceRecords)
      .where(eq(serviceRecords.enterpriseId, enterpriseId))
  )[0]!.n;

const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
]);
async function photo(recordId: string, clientId: string, data: Uint8Array = JPEG) {
  const form = new FormData();
  form.set('file', new File([Buffer.from(data)], 'p.jpg'));
  form.set('clientId', clientId);
  return h.app.request(`http://huiqi.test/api/service-records/${recordId}/photos`, {
    method: 'POST',
    headers: { Cookie: agency },
    body: form,
  });
}

describe('service records from the station', () => {
  it('a record and its photo arrive exactly once however often the phone sends them', async () => {
    const { enterprise } = await h.enterprise();
    const clientId = randomUUID();
    const body = {
      clientId,
      enterpriseId: enterprise.id,
      serviceType: 'trademark-registration',
      servedOn: `${h.year}-01-02`,
      durationMinutes: 45,
      participants: 3,
      notes: '指导商标注册',
    };
    const first = await call(agency, 'POST', '/service-records', body);
    expect(first.status).toBe(201);
    const rec = await readJson(first);
    expect(rec).toMatchObject({ provision: 'M8.1', enterpriseName: enterprise.name, clientId });
    const again = await call(agency, 'POST', '/service-records', body);
    expect(again.status).toBe(200);
    expect((await readJson(again)).id).toBe(rec.id);
    // Two at once with the same clientId: still one.
    const other = { ...body, clientId: randomUUID() };
    const both = await Promise.all([
      call(agency, 'POST', '/service-records', other),
      call(agency, 'POST', '/service-records', other),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(await recordsOf(enterprise.id)).toBe(2);

    const photoId = randomUUID();
    expect((await photo(rec.id, photoId)).status).toBe(201);
    expect((await photo(rec.id, photoId)).status).toBe(200);
    expect((await photo(rec.id, randomUUID(), new TextEncoder().encode('not an image'))).status).toBe(415);
    const list = await readJson(await call(agency, 'GET', `/service-records?year=${h.year}`));
    expect(list.items.find((x: { id: string }) => x.id === rec.id).photos).toHaveLength(1);
    const img = await call(
      agency,
      'GET',
      `/service-photos/${list.items.find((x: { id: string }) => x.id === rec.id).photos[0].id}`,
    );
    expect(img.headers.get('content-type')).toBe('image/jpeg');
  });

  it('bad records are refused with the field, and nothing is written', async () => {
    const { enterprise } = await h.enterprise();
    const base = {
      clientId: randomUUID(),
      enterpriseId: enterprise.id,
      serviceType: 'trademark-use',
      servedOn: `${h.year}-01-02`,
      durationMinutes: 30,
      participants: 1,
    };
    for (const [patch, status] of [
      [{ durationMinutes: 0 }, 400],
      [{ serviceType: 'massage' }, 400],
      [{ servedOn: '2999-01-01' }, 422],
      [{ enterpriseId: randomUUID() }, 404],
    ] as const) {
      const res = await call(agency, 'POST', '/service-records', {
        ...base,
        clientId: randomUUID(),
        ...patch,
      });
      expect(res.status, JSON.stringify(patch)).toBe(status);
    }
    expect(await recordsOf(enterprise.id)).toBe(0);
  });

  it("scopes: another agency sees none of it; a city sees its enterprises' records; enterprises none", async () => {
    const [a2] = await h.db
      .insert(agencies)
      .values({ name: '另一机构', kind: 'assistance-centre', areaCode: '640400' })
      .returning();
    const [u] = await h.db.select().from(users).where(eq(users.username, 'agency'));
    await h.db.insert(users).values({
      username: 'agency2',
      displayName: 'B',
      passwordHash: u!.passwordHash,
      role: 'agency',
      agencyId: a2!.id,
    });
    const other = (await h.as('agency2')).cookie()!;
    expect((await readJson(await call(other, 'GET', '/service-records'))).total).toBe(0);
    const mine = await readJson(await call(agency, 'GET', '/service-records'));
    expect((await photo(mine.items[0].id, randomUUID())).status).toBe(201);
    const otherPhoto = new FormData();
    otherPhoto.set('file', new File([Buffer.from(JPEG)], 'p.jpg'));
    expect(
      (
        await h.app.request(`http://huiqi.test/api/service-records/${mine.items[0].id}/photos`, {
          method: 'POST',
          headers: { Cookie: other },
          body: otherPhoto,
        })
      ).status,
    ).toBe(404);
    expect(
      (await readJson(await call((await h.as('yinchuan')).cookie()!, 'GET', '/service-records'))).total,
    ).toBe(mine.total);
    expect(
      (await readJson(await call((await h.as('guyuan')).cookie()!, 'GET', '/service-records'))).total,
    ).toBe(0);
  });
});
