import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { ningxiaDraft } from '../policy/ningxia/version.js';
import { parsePolicyVersion } from '../policy/parse-policy-version.js';
import { policyRegistry } from '../policy/registry.js';
import { isFieldRequired, parseRecordData } from './record-data.js';
import { RECORD_KINDS, recordKindsFor } from './record-kinds.js';

const E = '7d9f2c1e-4b3a-4c5d-8e6f-0a1b2c3d4e5f';
/** One complete record of every kind (the demo seed writes records like these). */
const EXAMPLES: Record<string, Record<string, unknown>> = {
  'graded-assessment': { enrolledOn: '2026-03-01', assessedOn: '2026-04-10', grade: '三级' },
  'patent-intensive-product': {
    product: '高纯石墨电极',
    filingNumber: 'ZLMJ-2026-0012',
    filedOn: '2026-05-06',
    recognition: 'recognized',
  },
  'ip-manager': { name: '李娜', position: '知识产权部经理', since: '2025-09-01' },
  'ip-title-application': { name: '王强', level: 'intermediate', year: 2026, result: 'passed' },
  'ip-title-appointment': {
    name: '王强',
    level: 'intermediate',
    post: '知识产权工程师',
    appointedOn: '2026-07-01',
  },
  'mutual-aid-fund': {
    name: '宁夏知识产权海外维权互助基金',
    founders: ['宁夏某新材料有限公司', '自治区知识产权保护中心'],
    size: '5000000',
    establishedOn: '2026-02-01',
    rules: '会员企业按年缴纳互助金；海外诉讼垫付不超过50万元。',
  },
  'overseas-dispute': {
    country: 'us',
    counterpart: 'Acme Corp.',
    disputeKind: 'patent',
    openedOn: '2026-03-15',
    advanced: '120000.5',
  },
  'finance-event': {
    format: 'campaign',
    title: '“入园惠企”银川经开区专场',
    place: '银川经济技术开发区',
    heldOn: '2026-04-18',
    banks: ['宁夏银行', '中国银行宁夏分行'],
    enterprises: [E],
  },
  'matchmaking-event': {
    title: '宁夏大学专利开放许可对接会',
    place: '宁夏大学',
    heldOn: '2026-05-12',
    institutions: ['宁夏大学', '北方民族大学'],
    enterprises: [E],
  },
  'bundled-pledge': {
    bank: '宁夏银行',
    loanAmount: '3000000.00',
    registeredOn: '2026-05-20',
    items: [
      { kind: 'patent', number: 'ZL202010000001.1' },
      { kind: 'trademark', number: '12345678' },
    ],
  },
  'guaranteed-loan': {
    guarantor: '宁夏融资担保集团',
    bank: '黄河农村商业银行',
    amount: '5000000.00',
    disbursedOn: '2026-03-10',
    dueOn: '2027-03-09',
    pledged: [{ kind: 'patent', number: 'ZL202110000002.2' }],
  },
  'insurance-product': {
    insurer: '人保财险宁夏分公司',
    product: '专利被侵权损失保险',
    coverage: 'infringement',
    launchedOn: '2026-01-15',
  },
  'insurance-policy': {
    insurer: '人保财险宁夏分公司',
    coverage: 'enforcement',
    policyNumber: 'PICC-NX-2026-001',
    premium: '8000.00',
    sumInsured: '500000.00',
    startsOn: '2026-06-01',
  },
  // Kept by its own flow (M9.3's register), declared here so the scorecard reads one list.
  'adjudication-case': { patentNumber: 'ZL202310123456.7', receivedOn: '2026-09-24', closedOn: '2026-12-01' },
};

describe('record kinds declared by the provisions', () => {
  it('are in the registry of the parsed version with their provision, and in RECORD_KINDS', () => {
    const kinds = policyRegistry(parsePolicyVersion(ningxiaDraft)).recordKinds;
    expect(Object.keys(kinds).sort()).toEqual(Object.keys(EXAMPLES).sort());
    expect(Object.keys(RECORD_KINDS).sort()).toEqual(Object.keys(EXAMPLES).sort());
    expect(kinds['guaranteed-loan']!.provision).toBe('M7.2');
    expect(RECORD_KINDS['graded-assessment'].provision).toBe('M3.1');
    expect(recordKindsFor('enterprise').map((k) => k.id)).toContain('ip-manager');
    expect(recordKindsFor('agency').map((k) => k.id)).not.toContain('guaranteed-loan');
    expect(RECORD_KINDS['guaranteed-loan'].startsClaim).toEqual({
      provision: 'M7.4',
      roles: { principal: 'amount', disbursed: 'disbursedOn' },
    });
  });

  it.each(Object.entries(EXAMPLES))('%s: a complete record is accepted and normalized', (id, data) => {
    const kind = RECORD_KINDS[id as keyof typeof RECORD_KINDS];
    const r = parseRecordData(kind, data, { closing: Boolean(kind.closes) && id !== 'overseas-dispute' });
    expect(r.ok, JSON.stringify(r)).toBe(true);
  });

  it('normalizes: trims, two decimals, upper-case country, a repeated list entry once', () => {
    const r = parseRecordData(RECORD_KINDS['overseas-dispute'], EXAMPLES['overseas-dispute']);
    expect(r).toEqual({
      ok: true,
      data: expect.objectContaining({ country: 'US', advanced: '120000.50' }),
    });
    const f = parseRecordData(RECORD_KINDS['mutual-aid-fund'], {
      ...EXAMPLES['mutual-aid-fund'],
      founders: [' 甲公司 ', '甲公司', '乙机构'],
    });
    expect(f.ok && f.data.founders).toEqual(['甲公司', '乙机构']);
  });

  it('refuses bad input at each field, in Chinese and English', () => {
    const r = parseRecordData(RECORD_KINDS['guaranteed-loan'], {
      ...EXAMPLES['guaranteed-loan'],
      amount: '0',
      dueOn: '2026-01-01',
      pledged: [{ kind: 'domain-name', number: 'x' }],
      guarantor: '',
      extra: 1,
    });
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.issues;
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['extra', 'RECORD_UNKNOWN_FIELD'],
      ['guarantor', 'RECORD_REQUIRED'],
      ['amount', 'MONEY_NOT_POSITIVE'],
      ['pledged.0', 'RECORD_LIST_ITEM'],
      ['dueOn', 'DATE_ORDER'],
    ]);
    expect(issues.find((i) => i.path === 'guarantor')!.zh).toBe('请填写担保机构。');
    expect(issues.find((i) => i.path === 'dueOn')!.zh).toContain('到期日期');
  });

  it('refuses a bundle of one, a dispute at home, a choice not offered, a year out of range', () => {
    const one = parseRecordData(RECORD_KINDS['bundled-pledge'], {
      ...EXAMPLES['bundled-pledge'],
      items: [{ kind: 'patent', number: 'ZL1' }],
    });
    expect(!one.ok && one.issues[0]!.zh).toBe('质押的知识产权应列出 2 至 200 项（收到 1 项）。');
    const home = parseRecordData(RECORD_KINDS['overseas-dispute'], {
      ...EXAMPLES['overseas-dispute'],
      country: 'CN',
    });
    expect(!home.ok && home.issues[0]!.code).toBe('RECORD_NOT_OVERSEAS');
    const level = parseRecordData(RECORD_KINDS['ip-title-application'], {
      ...EXAMPLES['ip-title-application'],
      level: 'master',
      year: 1999,
    });
    expect(!level.ok && level.issues.map((i) => i.code)).toEqual(['RECORD_CHOICE', 'RECORD_WHOLE_NUMBER']);
    expect(!level.ok && level.issues[0]!.zh).toContain('初级、中级、高级');
  });

  it('asks for the closing fields only when a record is closed', () => {
    const open = { enrolledOn: '2026-03-01' };
    expect(parseRecordData(RECORD_KINDS['graded-assessment'], open).ok).toBe(true);
    const closing = parseRecordData(RECORD_KINDS['graded-assessment'], open, { closing: true });
    expect(!closing.ok && closing.issues.map((i) => i.path)).toEqual(['assessedOn', 'grade']);
    // The forms mark as required exactly what the check asks for (they call the same rule).
    const required = (closing: boolean) =>
      RECORD_KINDS['graded-assessment'].fields.filter((f) => isFieldRequired(f, closing)).map((f) => f.key);
    expect(required(false)).toEqual(['enrolledOn']);
    expect(required(true)).toEqual(['enrolledOn', 'assessedOn', 'grade']);
  });

  it('M5.2 declares its open licensing: licensor kinds, fee terms, and the M5.1 claim a licence starts by role', () => {
    const m52 = parsePolicyVersion(ningxiaDraft).provisions.find((p) => p.id === 'M5.2')!;
    expect(m52.openLicensing!.licensorKinds.map((k) => k.id)).toEqual([
      'university',
      'institute',
      'enterprise',
    ]);
    expect(m52.openLicensing!.feeKinds.map((k) => k.id)).toEqual(['lump-sum', 'royalty', 'free']);
    expect(m52.openLicensing!.startsClaim).toEqual({
      provision: 'M5.1',
      roles: { base: 'fee', qualifier: 'mode', contracted: 'concludedOn' },
    });
    const copy = structuredClone(ningxiaDraft) as unknown as {
      provisions: { id: string; openLicensing?: { startsClaim: { provision: string } } }[];
    };
    copy.provisions.find((p) => p.id === 'M5.2')!.openLicensing!.startsClaim.provision = 'M5.2';
    expect(() => parsePolicyVersion(copy)).toThrow(DomainError);
  });

  it('a version whose record kind counts a field it does not have is refused when parsed', () => {
    const copy = structuredClone(ningxiaDraft) as unknown as {
      provisions: { id: string; records?: unknown[] }[];
    };
    const m72 = copy.provisions.find((p) => p.id === 'M7.2')!;
    (m72.records![0] as { counts: { sum: string } }).counts.sum = 'principal';
    (m72.records![0] as { dateField: string }).dateField = 'bank';
    (m72.records![0] as { startsClaim: { roles: Record<string, string> } }).startsClaim.roles.repaid =
      'paidOn';
    try {
      parsePolicyVersion(copy);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const text = String((e as DomainError).details.issues);
      expect(text).toContain('counts.sum: "principal" is not a money field');
      expect(text).toContain('dateField: "bank"');
      expect(text).toContain('"paidOn" is not a field of guaranteed-loan');
    }
  });
});
