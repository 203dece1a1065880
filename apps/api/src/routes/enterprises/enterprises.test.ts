import { describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { enterprises, users } from '../../db/schema.js';
import { failure, PASSWORD, startHarness, useHarness } from '../../test-support/harness.js';

const h = useHarness();

const valid = {
  creditCode: '91640104MA76QWXY27', // registered in Xingqing District, Yinchuan
  name: '宁夏测试科技有限公司',
  areaCode: '640100',
  industry: 'clean-energy',
  srdiLevel: 'little-giant' as const,
  contactName: '李四',
  contactPhone: '13800000000',
  username: 'ningxia.test',
  password: PASSWORD,
};
const counts = async () => [
  (await h.db.select({ n: count() }).from(enterprises))[0]!.n,
  (await h.db.select({ n: count() }).from(users))[0]!.n,
];

describe('enterprise registration and verification', () => {
  it('registers, signs in, and waits for verification', async () => {
    const c = h.client();
    const r = await c.enterprises.register(valid);
    expect(r.enterprise).toMatchObject({
      creditCode: valid.creditCode,
      status: 'pending',
      srdiVerified: false,
    });
    expect((await c.auth.me()).user.role).toBe('enterprise');
    expect((await c.enterprises.get(r.enterprise.id)).name).toBe(valid.name);
  });

  it('a wrong credit code says why, and nothing is created', async () => {
    const before = await counts();
    const e = await failure(
      h.client().enterprises.register({ ...valid, creditCode: '91350100M000100Y44', username: 'x1' }),
    );
    expect(e).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(e.zh).toContain('校验位');
    const short = await failure(
      h.client().enterprises.register({ ...valid, creditCode: '9135', username: 'x2' }),
    );
    expect(short.zh).toContain('18位');
    expect(await counts()).toEqual(before);
  });

  it('a credit code registered in another area or outside Ningxia is refused with what to choose; nothing is created', async () => {
    const before = await counts();
    const guyuanCode = await failure(
      h.client().enterprises.register({ ...valid, creditCode: '91640402MA76QWXY3W', username: 'elsewhere' }),
    );
    expect(guyuanCode).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(guyuanCode.zh).toContain('原州区（640402），与所选地区“银川市”不符：请选择“固原市”');
    expect(guyuanCode.details).toEqual([expect.objectContaining({ path: 'areaCode' })]);
    const shenzhen = await failure(
      h.client().enterprises.register({ ...valid, creditCode: '9144030071526726XG', username: 'shenzhen' }),
    );
    expect(shenzhen.zh).toContain('不在宁夏回族自治区');
    expect(shenzhen.en).toContain('not in Ningxia');
    expect(await counts()).toEqual(before);
    // Lingwu's code fits Ningdong as well as Yinchuan.
    const ningdong = await h.client().enterprises.register({
      ...valid,
      creditCode: '91640181MA76QWXY4X',
      areaCode: 'NINGDONG',
      username: 'ningdong.firm',
    });
    expect(ningdong.enterprise.areaCode).toBe('NINGDONG');
  });

  it('a duplicate credit code is 409, a weak password 422; nothing is created', async () => {
    const before = await counts();
    expect(await failure(h.client().enterprises.register({ ...valid, username: 'other' }))).toMatchObject({
      status: 409,
      code: 'CREDIT_CODE_TAKEN',
    });
    expect(
      await failure(
        h.client().enterprises.register({
          ...valid,
          creditCode: '91640181MA76QWXY4X',
          username: 'weak',
          password: 'abcdefgh',
        }),
      ),
    ).toMatchObject({ status: 422, code: 'WEAK_PASSWORD' });
    expect(await counts()).toEqual(before);
  });

  it('a city admin verifies its own city only; others get 404', async () => {
    const { enterprise } = await h.enterprise({ verify: false });
    const guyuan = await h.as('guyuan');
    expect(
      await failure(
        guyuan.enterprises.verify(enterprise.id, { status: 'verified', srdiVerified: true, comment: 'x' }),
      ),
    ).toMatchObject({ status: 404 });
    const yinchuan = await h.as('yinchuan');
    const v = await yinchuan.enterprises.verify(enterprise.id, {
      status: 'verified',
      srdiVerified: true,
      comment: '核验',
    });
    expect(v).toMatchObject({ status: 'verified', srdiVerified: true });
    expect((await guyuan.enterprises.list()).items.some((e) => e.id === enterprise.id)).toBe(false);
    expect((await yinchuan.enterprises.list({ q: enterprise.creditCode })).items[0]!.id).toBe(enterprise.id);
  });

  it('an enterprise sees itself only', async () => {
    const a = await h.enterprise();
    const b = await h.enterprise();
    expect(await failure(a.client.enterprises.get(b.enterprise.id))).toMatchObject({ status: 404 });
    expect(await failure(a.client.enterprises.list())).toMatchObject({ status: 403 });
  });
});

describe('validation messages in Chinese', () => {
  it('a bad phone number and username are explained in Chinese, not as a regular expression', async () => {
    const h2 = await startHarness();
    try {
      const res = await h2.app.request('http://huiqi.test/api/enterprises', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          creditCode: '91640100MA76QWXY2L',
          name: '宁夏某有限公司',
          areaCode: '640100',
          industry: 'new-materials',
          srdiLevel: 'provincial',
          contactName: '张',
          contactPhone: '12345',
          username: 'bad name!',
          password: 'x',
        }),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { details: { path: string; zh: string }[] } };
      const zh = Object.fromEntries(body.error.details.map((d) => [d.path, d.zh]));
      expect(zh.contactPhone).toBe('请填写 11 位手机号或带区号的固话号码。');
      expect(zh.username).toBe('只能包含字母、数字和 _ . @ -。');
    } finally {
      await h2.close();
    }
  });
});
