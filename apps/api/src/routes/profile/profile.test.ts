import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, enterpriseIpAssets } from '../../db/schema.js';
import { readJson } from '../../test-support/read-json.js';
import { PASSWORD, useHarness } from '../../test-support/harness.js';

const h = useHarness();

const call = (cookie: string | undefined, method: string, path: string, body?: unknown) =>
  h.request(cookie, method, path, body, { Origin: 'http://huiqi.test' });

describe('IP assets and policy matching', () => {
  it('an enterprise records its titles, awards and grants; matching prices them with the rules and drops what it claimed', async () => {
    const { client, enterprise } = await h.enterprise();
    const me = client.cookie();
    const base = `/enterprises/${enterprise.id}`;
    const recognized = `${h.year - 1}-06-15`;
    for (const asset of [
      { kind: 'national-advantage', date: recognized },
      { kind: 'patent-gold', date: `${h.year - 1}-12-01`, number: 'ZL201910123456.7' },
      { kind: 'foreign-patent', date: `${h.year - 1}-03-01`, number: '11223344', jurisdiction: 'US' },
    ]) {
      const res = await call(me, 'POST', `${base}/ip-assets`, asset);
      expect(res.status, JSON.stringify(await readJson(res.clone()))).toBe(201);
    }
    // The same patent again, written differently, is the same patent.
    const dup = await call(me, 'POST', `${base}/ip-assets`, {
      kind: 'patent-gold',
      date: `${h.year - 1}-12-01`,
      number: 'zl 2019 1012 3456.7',
    });
    expect(dup.status).toBe(409);
    expect((await readJson(dup)).error.zh).toContain('档案中已有');

    let m = await readJson(await call(me, 'GET', `${base}/matches`));
    const byId = (id: string) => m.matches.find((x: { provision: string }) => x.provision === id);
    expect(byId('M1.2')).toMatchObject({ status: 'likely', amount: '150000.00' });
    expect(byId('M1.4')).toMatchObject({
      status: 'likely',
      amount: '500000.00',
      claim: { provision: 'M1.4', patents: ['ZL201910123456.7'] },
    });
    expect(byId('M1.7')).toMatchObject({ status: 'likely', amount: '20000.00' });
    expect(byId('M5.1')).toMatchObject({ status: 'needs-facts', upTo: '1000000.00' });
    expect(m.estimatedTotal).toBe('670000.00');
    expect(m.gate).toBeUndefined();

    // Claiming the gold patent (a draft is enough) takes it out of the estimate.
    await client.claims.create({ roundId: h.round.id, claim: byId('M1.4').claim });
    m = await readJson(await call(me, 'GET', `${base}/matches`));
    expect(byId('M1.4').status).toBe('claimed');
    expect(m.estimatedTotal).toBe('170000.00');

    // The city sees the same; another city and other enterprises do not see it at all.
    expect((await call((await h.as('yinchuan')).cookie(), 'GET', `${base}/matches`)).status).toBe(200);
    expect((await call((await h.as('guyuan')).cookie(), 'GET', `${base}/ip-assets`)).status).toBe(404);
    const other = await h.enterprise();
    expect((await call(other.client.cookie(), 'GET', `${base}/matches`)).status).toBe(404);
    expect(
      (
        await call(other.client.cookie(), 'POST', `${base}/ip-assets`, {
          kind: 'regional-pilot',
          date: recognized,
        })
      ).status,
    ).toBe(404);
    // Admins read the profile but do not write it.
    expect(
      (
        await call((await h.as('region')).cookie(), 'POST', `${base}/ip-assets`, {
          kind: 'regional-pilot',
          date: recognized,
        })
      ).status,
    ).toBe(403);

    // Removing an asset is audited; the list shrinks.
    const list = await readJson(await call(me, 'GET', `${base}/ip-assets`));
    expect(list.items).toHaveLength(3);
    const foreign = list.items.find((a: { kind: string }) => a.kind === 'foreign-patent');
    expect(foreign.provision).toBe('M1.7');
    expect((await call(me, 'DELETE', `${base}/ip-assets/${foreign.id}`)).status).toBe(200);
    expect((await call(me, 'DELETE', `${base}/ip-assets/${foreign.id}`)).status).toBe(404);
    const trail = await h.db.select().from(auditLog).where(eq(auditLog.targetId, enterprise.id));
    expect(trail.map((r) => r.action)).toEqual(
      expect.arrayContaining(['enterprise.ip-asset.added', 'enterprise.ip-asset.removed']),
    );
  });

  it('bad assets are refused with the field to fix, in both languages, and nothing is written', async () => {
    const { client, enterprise } = await h.enterprise();
    const path = `/enterprises/${enterprise.id}/ip-assets`;
    for (const [asset, field] of [
      [{ kind: 'foreign-patent', date: '2025-01-01', number: '123', jurisdiction: 'CN' }, 'jurisdiction'],
      [{ kind: 'patent-silver', date: '2025-01-01' }, 'number'],
      [{ kind: 'national-advantage', date: '2025-02-30' }, 'date'],
      [{ kind: 'olympic-gold', date: '2025-01-01' }, 'kind'],
    ] as const) {
      const res = await call(client.cookie(), 'POST', path, asset);
      expect(res.status).toBe(400);
      const body = await readJson(res);
      expect(body.error.details[0].path).toBe(field);
      expect(body.error.zh).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(
      await h.db.select().from(enterpriseIpAssets).where(eq(enterpriseIpAssets.enterpriseId, enterprise.id)),
    ).toEqual([]);
  });

  it('an enterprise not yet verified as SRDI is told so with its estimate', async () => {
    const { client, enterprise } = await h.enterprise({ verify: false });
    const m = await readJson(await call(client.cookie(), 'GET', `/enterprises/${enterprise.id}/matches`));
    expect(m.gate.zh).toContain('待审核');
  });
});

describe('members of the enterprise account', () => {
  it('a user adds a colleague who can sign in, and disables them, which ends their sessions', async () => {
    const { client, enterprise, user } = await h.enterprise();
    const base = `/enterprises/${enterprise.id}/members`;
    const weak = await call(client.cookie(), 'POST', base, {
      username: `colleague${Date.now()}`,
      displayName: '李四',
      password: 'password',
    });
    expect(weak.status).toBe(422);
    const username = `colleague${Date.now()}`;
    const added = await call(client.cookie(), 'POST', base, {
      username,
      displayName: '李四',
      password: PASSWORD,
    });
    expect(added.status).toBe(201);
    const member = await readJson(added);
    expect(
      (await call(client.cookie(), 'POST', base, { username, displayName: '李四', password: PASSWORD }))
        .status,
    ).toBe(409);

    const colleague = h.client();
    await colleague.auth.login({ username, password: PASSWORD });
    expect((await colleague.claims.list()).items).toEqual([]);
    const list = await readJson(await call(client.cookie(), 'GET', base));
    expect(list.items.map((u: { username: string }) => u.username)).toEqual([user.username, username]);

    expect((await call(client.cookie(), 'POST', `${base}/${user.id}/disable`)).status).toBe(409);
    const other = await h.enterprise();
    expect((await call(other.client.cookie(), 'POST', `${base}/${member.id}/disable`)).status).toBe(404);
    expect(
      (
        await call(
          other.client.cookie(),
          'POST',
          `/enterprises/${other.enterprise.id}/members/${member.id}/disable`,
        )
      ).status,
    ).toBe(404);
    const disabled = await call(client.cookie(), 'POST', `${base}/${member.id}/disable`);
    expect((await readJson(disabled)).disabled).toBe(true);
    await expect(colleague.auth.me()).rejects.toMatchObject({ status: 401 });
    await expect(h.client().auth.login({ username, password: PASSWORD })).rejects.toMatchObject({
      status: 401,
    });
  });

  it('only an active administrator manages members; the founding account is one; a disabled member is enabled again', async () => {
    const { client, enterprise, user } = await h.enterprise();
    const base = `/enterprises/${enterprise.id}/members`;
    const list = async () =>
      (await readJson(await call(client.cookie(), 'GET', base))).items as {
        id: string;
        username: string;
        admin: boolean;
        disabled: boolean;
      }[];
    expect((await list())[0]).toMatchObject({ id: user.id, admin: true });
    const name = (p: string) => `${p}${Date.now()}${Math.floor(Math.random() * 1000)}`;
    const admin2 = await readJson(
      await call(client.cookie(), 'POST', base, {
        username: name('admin'),
        displayName: '王五',
        password: PASSWORD,
        admin: true,
      }),
    );
    const plain = await readJson(
      await call(client.cookie(), 'POST', base, {
        username: name('member'),
        displayName: '赵六',
        password: PASSWORD,
      }),
    );
    expect([admin2.admin, plain.admin]).toEqual([true, false]);

    // A member (not an administrator) can neither add nor disable.
    const member = h.client();
    await member.auth.login({ username: plain.username, password: PASSWORD });
    expect(
      (
        await call(member.cookie()!, 'POST', base, {
          username: name('x'),
          displayName: 'X',
          password: PASSWORD,
        })
      ).status,
    ).toBe(403);
    expect((await call(member.cookie()!, 'POST', `${base}/${user.id}/disable`)).status).toBe(403);

    // The founding account, disabled by the other administrator, is enabled again and signs in.
    const other = h.client();
    await other.auth.login({ username: admin2.username, password: PASSWORD });
    expect((await call(other.cookie()!, 'POST', `${base}/${user.id}/disable`)).status).toBe(200);
    await expect(
      h.client().auth.login({ username: user.username, password: PASSWORD }),
    ).rejects.toMatchObject({ status: 401 });
    const enabled = await call(other.cookie()!, 'POST', `${base}/${user.id}/enable`);
    expect(await readJson(enabled)).toMatchObject({ id: user.id, disabled: false, admin: true });
    expect((await h.as(user.username)).cookie()).toBeTruthy();
    expect(
      (
        await call(
          other.cookie()!,
          'POST',
          `/enterprises/${enterprise.id}/members/00000000-0000-4000-8000-000000000000/enable`,
        )
      ).status,
    ).toBe(404);
  });

  it('two administrators disabling each other at once: one succeeds, one active administrator always remains', async () => {
    const { client, enterprise, user } = await h.enterprise();
    const base = `/enterprises/${enterprise.id}/members`;
    const admin2 = await readJson(
      await call(client.cookie(), 'POST', base, {
        username: `pair${Date.now()}`,
        displayName: '王五',
        password: PASSWORD,
        admin: true,
      }),
    );
    const other = await h.as(admin2.username);
    const [a, b] = await Promise.all([
      call(client.cookie(), 'POST', `${base}/${admin2.id}/disable`),
      call(other.cookie()!, 'POST', `${base}/${user.id}/disable`),
    ]);
    // The loser is no longer active: refused (403), or already signed out if its session was checked after (401).
    expect([a, b].filter((r) => r.status === 200)).toHaveLength(1);
    expect([401, 403]).toContain([a, b].find((r) => r.status !== 200)!.status);
    const rows = (await readJson(await call((a.status === 200 ? client : other).cookie()!, 'GET', base)))
      .items as { admin: boolean; disabled: boolean }[];
    expect(rows.filter((r) => r.admin && !r.disabled)).toHaveLength(1);
  });
});
