import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../test-support/read-json.js';
import { agencies, users } from '../db/schema.js';
import { hashPassword } from '../lib/passwords.js';
import { PASSWORD, startHarness, type Harness } from '../test-support/harness.js';

/**
 * Every role × every protected route: who may reach it at all. A role outside the list gets 401
 * (anonymous) or 403 (signed in); scoped records of other tenants are covered in each feature's
 * tests (404). Bodies are minimal: an allowed role may still get 400/404/409/422, never 401/403.
 * "agency-admin" is an agency worker who administers the agency: allowed wherever "agency" is, and
 * where only it is listed (the agency's own claims, M11.1; its workers).
 */
let h: Harness;
const cookies: Record<string, string | undefined> = {};
const ZERO = '00000000-0000-4000-8000-000000000000';
/** An application for prioritized examination, as it is filed and as it is corrected. */
const PRIORITY_EXAM = {
  applicationNumbers: ['202410123456.0'],
  patentTitle: '矩阵',
  technicalField: '矩阵',
  industry: 'wine',
  reason: '矩阵测试的申请理由文字',
};

type Route = [method: string, path: string, allowed: string[], body?: unknown];
const ROUTES: Route[] = [
  ['GET', '/auth/me', ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor', 'industry-dept']],
  [
    'POST',
    '/auth/password',
    ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor', 'industry-dept'],
    { currentPassword: 'x', newPassword: 'y' },
  ],
  ['GET', '/enterprises', ['city-admin', 'region-admin', 'auditor', 'industry-dept']],
  ['GET', `/enterprises/${ZERO}`, ['enterprise', 'city-admin', 'region-admin', 'auditor', 'industry-dept']],
  [
    'POST',
    `/enterprises/${ZERO}/verification`,
    ['city-admin', 'region-admin'],
    { status: 'verified', srdiVerified: true, comment: 'x' },
  ],
  [
    'GET',
    `/enterprises/${ZERO}/ip-assets`,
    ['enterprise', 'city-admin', 'region-admin', 'auditor', 'industry-dept'],
  ],
  [
    'POST',
    `/enterprises/${ZERO}/ip-assets`,
    ['enterprise'],
    { kind: 'national-advantage', date: '2025-01-01' },
  ],
  ['DELETE', `/enterprises/${ZERO}/ip-assets/${ZERO}`, ['enterprise']],
  ['GET', `/enterprises/${ZERO}/matches`, ['enterprise', 'city-admin', 'region-admin', 'auditor']],
  ['GET', `/enterprises/${ZERO}/members`, ['enterprise', 'city-admin', 'region-admin', 'auditor']],
  [
    'POST',
    `/enterprises/${ZERO}/members`,
    ['enterprise'],
    { username: 'matrix.member', displayName: 'M', password: 'Matrix#Pass2026' },
  ],
  ['POST', `/enterprises/${ZERO}/members/${ZERO}/disable`, ['enterprise']],
  ['POST', `/enterprises/${ZERO}/members/${ZERO}/enable`, ['enterprise']],
  [
    'POST',
    '/policy/parameters',
    ['region-admin'],
    { parameterId: 'M7.5.rate', effectiveFrom: '2099-01-01', value: '0.8', note: 'x' },
  ],
  ['POST', '/lpr', ['region-admin'], { publishedOn: '2026-01-20', rate: '99.00' }],
  [
    'POST',
    '/rounds',
    ['region-admin'],
    { year: 2030, name: 'matrix', opensOn: '2030-01-01', closesOn: '2030-12-31', provisions: ['M9.1'] },
  ],
  [
    'POST',
    '/claims',
    ['enterprise', 'agency-admin'],
    { roundId: ZERO, claim: { provision: 'M7.5', evaluationFeePaid: '1.00' } },
  ],
  ['GET', '/claims', ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor', 'industry-dept']],
  [
    'GET',
    `/claims/${ZERO}`,
    ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor', 'industry-dept'],
  ],
  [
    'PATCH',
    `/claims/${ZERO}`,
    ['enterprise', 'agency-admin'],
    { claim: { provision: 'M7.5', evaluationFeePaid: '1.00' }, version: 1 },
  ],
  ['POST', `/claims/${ZERO}/submit`, ['enterprise', 'agency-admin'], { version: 1 }],
  ['POST', `/claims/${ZERO}/withdraw`, ['enterprise', 'agency-admin'], { version: 1 }],
  [
    'POST',
    `/claims/${ZERO}/reviews`,
    ['city-admin', 'region-admin'],
    { decision: 'approve', comment: 'x', version: 1 },
  ],
  // A city admin may declare a conflict for themself only (claims.test.ts); for another user it is 403.
  ['POST', '/reviewer-conflicts', ['region-admin'], { userId: ZERO, enterpriseId: ZERO, reason: 'x' }],
  ['GET', '/budgets', ['city-admin', 'region-admin', 'auditor']],
  ['POST', '/budgets', ['region-admin'], { provision: 'M1.1', year: 2025, total: '1.00' }],
  ['POST', '/notices', ['region-admin'], { title: 'matrix', claimIds: [ZERO], objectionChannel: 'tel' }],
  [
    'POST',
    `/claims/${ZERO}/disbursements`,
    ['region-admin'],
    { paidOn: '2026-01-01', amount: '1.00', voucherNo: 'v' },
  ],
  [
    'POST',
    `/claims/${ZERO}/clawbacks`,
    ['region-admin'],
    { paidOn: '2026-01-01', amount: '1.00', voucherNo: 'v', reason: 'r' },
  ],
  ['GET', `/attachments/${ZERO}`, ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor']],
  ['GET', '/quotas', ['city-admin', 'region-admin', 'auditor']],
  // Everyone signed in reads their own messages (the industry department has none addressed to it yet).
  [
    'GET',
    '/notifications',
    ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor', 'industry-dept'],
  ],
  [
    'GET',
    '/notifications/unread',
    ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor', 'industry-dept'],
  ],
  [
    'POST',
    '/notifications/read',
    ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor', 'industry-dept'],
    { all: true },
  ],
  ['GET', '/budget-floors?year=2026', ['region-admin', 'auditor']],
  ['POST', `/claims/${ZERO}/navigation-report`, ['enterprise'], {}],
  ['GET', `/claims/${ZERO}/navigation-report`, ['enterprise', 'city-admin', 'region-admin', 'auditor']],
  ['GET', `/navigation-reports/${ZERO}/file`, ['enterprise', 'city-admin', 'region-admin', 'auditor']],
  ['GET', '/navigation-reports?year=2026', ['city-admin', 'region-admin', 'auditor']],
  [
    'POST',
    '/service-requests',
    ['enterprise'],
    { kind: 'coaching', title: '申请辅导', description: '希望获得专利申请专项辅导服务。' },
  ],
  ['GET', '/service-requests', ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor']],
  ['POST', `/service-requests/${ZERO}/assignment`, ['city-admin', 'region-admin'], { agencyId: ZERO }],
  [
    'POST',
    `/service-requests/${ZERO}/reassignment`,
    ['city-admin', 'region-admin'],
    { agencyId: ZERO, reason: '原机构无法办理' },
  ],
  ['GET', `/service-requests/${ZERO}`, ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor']],
  ['POST', '/priority-exam', ['enterprise'], PRIORITY_EXAM],
  ['GET', '/priority-exam', ['enterprise', 'city-admin', 'region-admin', 'auditor']],
  ['GET', '/priority-exam/export', ['region-admin', 'auditor']],
  ['PUT', '/priority-exam/ranking', ['region-admin'], { year: 2030, order: [ZERO] }],
  ['GET', `/priority-exam/${ZERO}`, ['enterprise', 'city-admin', 'region-admin', 'auditor']],
  ['PUT', `/priority-exam/${ZERO}`, ['enterprise'], PRIORITY_EXAM],
  ['POST', `/priority-exam/${ZERO}/check`, ['city-admin'], { decision: 'pass' }],
  ['POST', `/priority-exam/${ZERO}/decision`, ['region-admin'], { decision: 'recommend' }],
  ['GET', '/adjudication-cases', ['city-admin', 'region-admin', 'auditor', 'industry-dept']],
  ['GET', '/srdi-lists', ['city-admin', 'region-admin', 'auditor', 'industry-dept']],
  [
    'POST',
    '/adjudication-cases',
    ['city-admin', 'region-admin'],
    {
      requester: { name: '请求人公司' },
      respondent: { name: '被请求人公司' },
      patentNumber: 'ZL202310123456.7',
      patentTitle: '矩阵测试',
      assertedClaims: '权利要求1',
      requests: '请求停止侵权行为。',
      receivedOn: '2099-01-01',
    },
  ],
  ['GET', `/adjudication-cases/${ZERO}`, ['city-admin', 'region-admin', 'auditor', 'industry-dept']],
  [
    'POST',
    `/adjudication-cases/${ZERO}/steps`,
    ['city-admin', 'region-admin'],
    { step: 'accept', on: '2026-01-05' },
  ],
  ['POST', `/adjudication-cases/${ZERO}/document`, ['city-admin', 'region-admin'], {}],
  ['GET', `/adjudication-cases/${ZERO}/document`, ['city-admin', 'region-admin', 'auditor', 'industry-dept']],
  ['POST', '/quotas', ['region-admin'], { provision: 'M7.4', year: 2026 }],
  ['POST', `/quotas/${ZERO}/members`, ['region-admin'], { enterpriseId: ZERO }],
  ['GET', '/reports/overview?fundingYear=2026', ['city-admin', 'region-admin', 'auditor']],
  ['GET', '/reports/simulation-pool?fundingYear=2026', ['city-admin', 'region-admin', 'auditor']],
  ['GET', '/reports/scorecard?fundingYear=2026', ['city-admin', 'region-admin', 'auditor']],
  ['GET', '/reports/scorecard.xlsx?fundingYear=2026', ['city-admin', 'region-admin', 'auditor']],
  [
    'GET',
    '/reports/scorecard/records?fundingYear=2026&provision=M8.1&figure=enterprises',
    ['city-admin', 'region-admin', 'auditor'],
  ],
  ['POST', '/imports/recognitions', ['region-admin'], {}],
  ['POST', '/imports/srdi-list', ['region-admin'], {}],
  ['GET', '/enterprises.xlsx', ['city-admin', 'region-admin', 'auditor']],
  ['GET', '/users', ['region-admin', 'auditor']],
  [
    'POST',
    '/users',
    ['region-admin'],
    { username: 'matrix.staff', displayName: 'M', role: 'auditor', password: 'Matrix#Pass2026' },
  ],
  ['POST', `/users/${ZERO}/disable`, ['region-admin']],
  ['POST', `/users/${ZERO}/unlock`, ['region-admin']],
  ['GET', '/agencies', ['city-admin', 'region-admin', 'auditor']],
  [
    'POST',
    '/service-records',
    ['agency'],
    {
      clientId: ZERO,
      enterpriseId: ZERO,
      serviceType: 'trademark-use',
      servedOn: '2026-01-02',
      durationMinutes: 30,
      participants: 1,
    },
  ],
  ['GET', '/service-records', ['agency', 'city-admin', 'region-admin', 'auditor']],
  ['POST', `/service-records/${ZERO}/photos`, ['agency'], {}],
  ['GET', `/service-photos/${ZERO}`, ['agency', 'city-admin', 'region-admin', 'auditor']],
  ['POST', `/service-requests/${ZERO}/accept`, ['agency'], { note: 'ok' }],
  ['GET', '/agency/enterprises?q=宁夏', ['agency']],
  ['GET', '/agency/targets?year=2026', ['agency']],
  [
    'POST',
    '/agency/events',
    ['agency'],
    { clientId: ZERO, kind: 'matchmaking', title: 'x', heldOn: '2026-01-01', place: 'x', enterpriseIds: [] },
  ],
  ['GET', '/agency/events', ['agency']],
  ['GET', '/service-events?year=2026', ['city-admin', 'region-admin', 'auditor']],
  [
    'POST',
    '/records',
    ['enterprise', 'agency', 'city-admin', 'region-admin'],
    { kind: 'ip-manager', data: {} },
  ],
  ['GET', '/records', ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor']],
  ['GET', `/records/${ZERO}`, ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor']],
  ['PATCH', `/records/${ZERO}`, ['enterprise', 'agency', 'city-admin', 'region-admin'], { data: {} }],
  ['POST', `/records/${ZERO}/close`, ['enterprise', 'agency', 'city-admin', 'region-admin'], { data: {} }],
  ['POST', `/records/${ZERO}/verification`, ['city-admin', 'region-admin'], { decision: 'verified' }],
  ['GET', '/records/figures?year=2026', ['city-admin', 'region-admin', 'auditor']],
  ['POST', '/agency/sync-errors', ['agency'], { errors: [{ kind: 'offline', code: 'NETWORK', count: 1 }] }],
  ['POST', `/claims/${ZERO}/attachments`, ['enterprise', 'agency-admin'], {}],
  [
    'GET',
    `/service-requests/${ZERO}/events`,
    ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor'],
  ],
  // Agency admins only (a plain worker gets 403 like everyone else).
  ['GET', '/agency/workers', ['agency-admin']],
  [
    'POST',
    '/agency/workers',
    ['agency-admin'],
    { username: 'matrix.worker', displayName: 'W', password: 'Matrix#Pass2026' },
  ],
  ['POST', `/agency/workers/${ZERO}/disable`, ['agency-admin']],
  [
    'POST',
    '/brand-nominations',
    ['enterprise', 'agency'],
    { trademarkName: '矩阵', registrationNo: '87654321', niceClass: 9, owner: '矩阵测试' },
  ],
  ['GET', '/brand-nominations', ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor']],
  ['GET', `/brand-nominations/${ZERO}`, ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor']],
  ['POST', `/brand-nominations/${ZERO}/evidence`, ['enterprise', 'agency'], {}],
  ['GET', `/brand-evidence/${ZERO}`, ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor']],
  ['POST', `/brand-nominations/${ZERO}/decision`, ['region-admin'], { decision: 'select', version: 1 }],
  ['POST', '/ratings', ['enterprise'], { subjectType: 'claim', subjectId: ZERO, level: 'satisfied' }],
  ['GET', '/ratings', ['enterprise', 'city-admin', 'region-admin', 'auditor']],
  ['GET', `/claims/${ZERO}/rating`, ['enterprise']],
  ['GET', `/service-requests/${ZERO}/rating`, ['enterprise']],
  ['POST', `/claims/${ZERO}/approval-notice`, ['enterprise', 'agency', 'city-admin', 'region-admin'], {}],
  [
    'GET',
    `/claims/${ZERO}/approval-notice`,
    ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor'],
  ],
  ['GET', `/approval-notices/${ZERO}/pdf`, ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor']],
  [
    'POST',
    `/ratings/${ZERO}/follow-ups`,
    ['city-admin'],
    { kind: 'return-visit', action: '电话回访企业', actedOn: '2026-01-01' },
  ],
  ['POST', '/open-licences', ['enterprise', 'city-admin', 'region-admin'], { feeKind: 'free' }],
  ['POST', `/open-licences/${ZERO}/interests`, ['enterprise'], {}],
  ['PATCH', `/open-licences/${ZERO}`, ['enterprise', 'region-admin'], { technicalField: '新型材料' }],
  ['POST', `/open-licences/${ZERO}/withdrawal`, ['enterprise', 'region-admin'], { reason: '许可人申请撤回' }],
  ['GET', '/licence-interests', ['enterprise', 'city-admin', 'region-admin', 'auditor']],
  ['GET', `/licence-interests/${ZERO}`, ['enterprise', 'city-admin', 'region-admin', 'auditor']],
  [
    'POST',
    `/licence-interests/${ZERO}/conclusion`,
    ['enterprise', 'city-admin', 'region-admin'],
    { concludedOn: '2026-01-02', fee: '1.00' },
  ],
  ['GET', '/audit', ['auditor', 'region-admin']],
  ['GET', '/audit/verify', ['auditor', 'region-admin']],
];
const ROLES = [
  'anonymous',
  'enterprise',
  'agency',
  'agency-admin',
  'city-admin',
  'region-admin',
  'auditor',
  'industry-dept',
];

beforeAll(async () => {
  h = await startHarness();
  const e = await h.enterprise();
  cookies.enterprise = e.client.cookie();
  for (const [role, user] of [
    ['agency', 'agency'],
    ['city-admin', 'yinchuan'],
    ['region-admin', 'region'],
    ['auditor', 'auditor'],
  ] as const) {
    cookies[role] = (await h.as(user)).cookie();
  }
  const [agency] = await h.db.select().from(agencies).limit(1);
  await h.db.insert(users).values({
    username: 'matrix.agency.admin',
    displayName: 'Agency admin',
    passwordHash: await hashPassword(PASSWORD),
    role: 'agency',
    agencyId: agency!.id,
    agencyAdmin: true,
  });
  cookies['agency-admin'] = (await h.as('matrix.agency.admin')).cookie();
  // M9.1: the industry department of Yinchuan, read only.
  await h.db.insert(users).values({
    username: 'matrix.industry',
    displayName: 'Industry department',
    passwordHash: await hashPassword(PASSWORD),
    role: 'industry-dept',
    areaCode: '640100',
  });
  cookies['industry-dept'] = (await h.as('matrix.industry')).cookie();
});
afterAll(() => h.close());

describe('authorization matrix', () => {
  it('a signed-in user of the wrong role gets 403 before any validation of its body', async () => {
    const res = await h.app.request('http://huiqi.test/api/rounds', {
      method: 'POST',
      headers: { 'content-type': 'application/json', Cookie: cookies.enterprise! },
      body: '{"year": "not a year"}',
    });
    expect(res.status).toBe(403);
  });

  it('covers every protected operation of the OpenAPI document (a new route must join the matrix)', async () => {
    const doc = (await readJson(await h.app.request('http://huiqi.test/api/openapi.json'))) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const protectedOps = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.security?.length)
        .map(([m]) => `${m.toUpperCase()} ${path.replace(/^\/api/, '')}`),
    );
    // The matrix's concrete paths, with the zero id and query strings turned back into the templates.
    const covered = new Set(
      ROUTES.map(([m, path]) => `${m} ${path.split('?')[0]!.replace(new RegExp(ZERO, 'g'), '{}')}`),
    );
    const missing = protectedOps.filter(
      (op) =>
        !covered.has(op.replace(/\{[^}]+\}/g, '{}')) &&
        !/\/(accept|progress|close|enable)$|\{step\}|\{action\}/.test(op),
    );
    expect(missing).toEqual([]);
  });

  it('every operation the document lists as public answers an anonymous caller (its mark is what lets it through)', async () => {
    const doc = (await readJson(await h.app.request('http://huiqi.test/api/openapi.json'))) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const publicOps = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => !op.security?.length)
        .map(([m]) => [m.toUpperCase(), path.replace(/\{[^}]+\}/g, ZERO)] as const),
    );
    expect(publicOps.map(([m, p]) => `${m} ${p}`)).toContain('GET /api/brands/selected');
    for (const [method, path] of publicOps) {
      const res = await h.app.request(`http://huiqi.test${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' ? undefined : '{}',
      });
      expect(res.status, `${method} ${path}`).not.toBe(401);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
    }
  });

  it('an anonymous caller gets 401 before any validation of its body', async () => {
    const res = await h.app.request('http://huiqi.test/api/rounds', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"year": "not a year"',
    });
    expect(res.status).toBe(401);
  });

  const cases = ROUTES.flatMap(([method, path, allowed, body]) =>
    ROLES.map((role) => [`${role} ${method} ${path}`, role, method, path, allowed, body] as const),
  );
  it.each(cases)('%s', async (_name, role, method, path, allowed, body) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (cookies[role]) headers.Cookie = cookies[role]!;
    const res = await h.app.request(`http://huiqi.test/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // Exports answer a workbook, errors always JSON.
    const json = res.headers.get('content-type')?.includes('json') ? await readJson(res) : {};
    if (allowed.includes(role) || (role === 'agency-admin' && allowed.includes('agency'))) {
      expect([401, 403], `${role} should reach ${method} ${path}: ${JSON.stringify(json)}`).not.toContain(
        res.status,
      );
      expect(res.status).toBeLessThan(500);
    } else {
      expect(res.status, JSON.stringify(json)).toBe(role === 'anonymous' ? 401 : 403);
      expect(json.error.zh).toBeTruthy();
    }
  });
});
