import { creditCodeCheckChar, todayInChina } from '@huiqi/domain';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { claims, enterpriseIpAssets, enterprises } from '../../db/schema.js';
import { readSheet, workbook } from '../../lib/spreadsheet.js';
import { readJson } from '../../test-support/read-json.js';
import { useHarness } from '../../test-support/harness.js';
import { columnLetter } from './import-sheet.js';

const h = useHarness();
let region: string;
beforeAll(async () => {
  region = (await h.as('region')).cookie()!;
});

const xlsx = (header: string[], rows: string[][]) =>
  workbook([
    {
      name: 'S',
      columns: header.map((hd, i) => ({ header: hd, key: `c${i}` })),
      rows: rows.map((r) => Object.fromEntries(r.map((v, i) => [`c${i}`, v]))),
    },
  ]);

async function upload(path: string, data: Uint8Array | string, cookie = region) {
  const form = new FormData();
  form.set('file', new File([typeof data === 'string' ? data : Buffer.from(data)], 'list.xlsx'));
  return h.app.request(`http://huiqi.test/api${path}`, {
    method: 'POST',
    headers: { Cookie: cookie },
    body: form,
  });
}
const validUnregistered = () => {
  const first17 = '91640100MA7' + String(Date.now()).slice(-6);
  return first17 + creditCodeCheckChar(first17);
};

describe('proactive benefits (免申即享): importing a recognition list', () => {
  it('reports bad rows by row and column, imports nothing of a half-bad file unless told to import the good rows', async () => {
    const { enterprise, client } = await h.enterprise();
    const header = ['统一社会信用代码', '企业名称', '类别', '认定日期', '编号', '法域'];
    const good = [
      enterprise.creditCode,
      enterprise.name,
      '自治区知识产权培优试点企业',
      `${h.year - 1}-06-10`,
      '',
      '',
    ];
    const wrongCheck = enterprise.creditCode.slice(0, 17) + (enterprise.creditCode[17] === '0' ? '1' : '0');
    const data = await xlsx(header, [
      good,
      [wrongCheck, '某公司', '国家知识产权优势企业', `${h.year - 1}-06-10`, '', ''],
      [validUnregistered(), '未注册公司', '国家知识产权优势企业', `${h.year - 1}-06-10`, '', ''],
      [enterprise.creditCode, enterprise.name, '诺贝尔奖', `${h.year - 1}-06-10`, '', ''],
      [enterprise.creditCode, enterprise.name, '国外授权发明专利', `${h.year}-02-30`, '123', 'CN'],
    ]);
    const dry = await readJson(await upload('/imports/recognitions', data));
    expect(dry).toMatchObject({
      kind: 'recognitions',
      rows: 5,
      good: 1,
      bad: 4,
      committed: false,
      imported: 0,
    });
    expect(dry.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`)).toEqual([
      '3:A 统一社会信用代码',
      '4:A 统一社会信用代码',
      '5:C 类别',
      '6:D 认定日期',
      '6:F 法域',
    ]);
    expect(dry.problems[1].zh).toContain('未在平台注册');

    const all = await upload('/imports/recognitions?commit=all', data);
    expect(all.status).toBe(409);
    expect((await readJson(all)).error.zh).toContain('未导入任何数据');
    expect(
      (await h.db.select({ n: count() }).from(claims).where(eq(claims.enterpriseId, enterprise.id)))[0]!.n,
    ).toBe(0);

    const some = await readJson(await upload('/imports/recognitions?commit=good', data));
    expect(some).toMatchObject({ committed: true, imported: 1, bad: 4 });
    const [draft] = await h.db.select().from(claims).where(eq(claims.enterpriseId, enterprise.id));
    expect(draft).toMatchObject({
      status: 'draft',
      origin: 'proactive',
      provision: 'M1.3',
      claim: { provision: 'M1.3', recognizedOn: `${h.year - 1}-06-10` },
    });
    expect(
      await h.db.select().from(enterpriseIpAssets).where(eq(enterpriseIpAssets.enterpriseId, enterprise.id)),
    ).toHaveLength(1);
    // The enterprise is told, and confirms by submitting.
    const notes = await client.notifications.list();
    expect(notes.items[0]).toMatchObject({ claim: { action: 'claim.proactive', provision: 'M1.3' } });
    expect((await client.claims.submit(draft!.id, { version: 1 })).assessedAmount).toBe('100000.00');
    // The same list again: that title is claimed now.
    const again = await readJson(await upload('/imports/recognitions', await xlsx(header, [good])));
    expect(again.problems[0].zh).toContain('已有 M1.3');
  });

  it('refuses a file that is not a workbook, or lacks a column, as a whole; only the region imports', async () => {
    expect((await upload('/imports/recognitions', 'name,code\nx,y')).status).toBe(415);
    const res = await upload('/imports/recognitions', await xlsx(['统一社会信用代码', '类别'], [['x', 'y']]));
    expect(res.status).toBe(422);
    expect((await readJson(res)).error.zh).toContain('认定日期');
    const city = (await h.as('yinchuan')).cookie()!;
    expect((await upload('/imports/recognitions', await xlsx(['a'], [['b']]), city)).status).toBe(403);
  });
});

describe('the SRDI list and the registry export', () => {
  it('confirms the SRDI level of the registered enterprises it names', async () => {
    const { enterprise } = await h.enterprise({ verify: false });
    const data = await xlsx(
      ['统一社会信用代码', '专精特新级别'],
      [
        [enterprise.creditCode, '国家级小巨人'],
        [enterprise.creditCode, '市级'],
      ],
    );
    const r = await readJson(await upload('/imports/srdi-list?commit=good', data));
    expect(r).toMatchObject({ imported: 1, bad: 1, problems: [{ row: 3, column: 'B 专精特新级别' }] });
    const [row] = await h.db.select().from(enterprises).where(eq(enterprises.id, enterprise.id));
    expect(row).toMatchObject({ srdiLevel: 'little-giant', srdiVerified: true });
  });

  it('exports the registry in scope, a formula in a name written as text', async () => {
    const { enterprise } = await h.enterprise();
    await h.db
      .update(enterprises)
      .set({ name: '=HYPERLINK("http://evil","点我")' })
      .where(eq(enterprises.id, enterprise.id));
    const res = await h.app.request('http://huiqi.test/api/enterprises.xlsx', {
      headers: { Cookie: (await h.as('yinchuan')).cookie()! },
    });
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain(
      `filename*=UTF-8''企业名录-${todayInChina()}.xlsx`,
    );
    const rows = await readSheet(new Uint8Array(await res.arrayBuffer()));
    expect(rows[0]![0]).toBe('统一社会信用代码');
    expect(rows.find((r) => r[0] === enterprise.creditCode)![1]).toBe('\'=HYPERLINK("http://evil","点我")');
    // Yinchuan's export holds Yinchuan's enterprises only.
    expect(rows.slice(1).every((r) => r[2] === '640100')).toBe(true);
  });

  it('column letters', () =>
    expect([0, 25, 26, 51, 52].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA']));
});
