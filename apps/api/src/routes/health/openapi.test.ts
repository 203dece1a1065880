import { readJson } from '../../test-support/read-json.js';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../../test-support/harness.js';

const h = useHarness();

describe('health, OpenAPI and the reference', () => {
  it('health says the database is reachable and migrations are current', async () => {
    const res = await h.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ status: 'ok', database: { reachable: true, current: true } });
  });

  it('the OpenAPI 3.1 document covers every route', async () => {
    const doc = await readJson(await h.app.request('/api/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, m]) =>
      Object.keys(m).map((k) => `${k.toUpperCase()} ${p}`),
    );
    for (const op of [
      'GET /api/health',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'GET /api/auth/me',
      'POST /api/auth/password',
      'POST /api/enterprises',
      'GET /api/enterprises',
      'GET /api/enterprises/{id}',
      'POST /api/enterprises/{id}/verification',
      'GET /api/policy',
      'GET /api/lpr',
      'POST /api/lpr',
      'POST /api/assess',
      'POST /api/policy/parameters',
      'GET /api/rounds',
      'POST /api/rounds',
      'POST /api/claims',
      'GET /api/claims',
      'GET /api/claims/{id}',
      'PATCH /api/claims/{id}',
      'POST /api/claims/{id}/submit',
      'POST /api/claims/{id}/withdraw',
      'POST /api/claims/{id}/reviews',
      'POST /api/reviewer-conflicts',
      'GET /api/budgets',
      'POST /api/budgets',
      'GET /api/audit',
      'GET /api/audit/verify',
      'POST /api/notices',
      'GET /api/notices',
      'POST /api/claims/{id}/disbursements',
      'POST /api/claims/{id}/clawbacks',
      'POST /api/claims/{id}/attachments',
      'GET /api/attachments/{id}',
    ]) {
      expect(ops, op).toContain(op);
    }
  });

  it('serves the interactive reference without any CDN', async () => {
    const html = await (await h.app.request('/api/docs')).text();
    expect(html).toContain('/api/docs/swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\//);
    expect((await h.app.request('/api/docs/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('an unknown address is a JSON 404 (401 before signing in: the route map is not public)', async () => {
    expect((await h.app.request('/api/nothing')).status).toBe(401);
    const res = await h.app.request('/api/nothing', {
      headers: { Cookie: (await h.as('region')).cookie()! },
    });
    expect(res.status).toBe(404);
    expect((await readJson(res)).error.code).toBe('NOT_FOUND');
  });
});
