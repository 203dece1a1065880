import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isDomainError } from '@huiqi/domain';
import { endpoints } from '@huiqi/contracts';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { ApiError, errorBody, unauthenticated } from './lib/api-error.js';
import { claimsRedirect } from './middleware/claims-redirect.js';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from './lib/context.js';
import { metricsTokenMatches } from './lib/metrics.js';
import { publicRoutes } from './lib/endpoints.js';
import { router } from './lib/openapi.js';
import { clientAddress } from './lib/client-address.js';
import { createLimits, tooManyRequests, type Limit } from './lib/rate-limits.js';
import { inputHygiene } from './middleware/input-hygiene.js';
import { originCheck } from './middleware/origin-check.js';
import { requestContext } from './middleware/request-context.js';
import { securityHeaders } from './middleware/security-headers.js';
import { sessionLoader } from './middleware/session.js';
import { isUnavailable, sqlState } from './db/client.js';
import { healthRoutes } from './routes/health/health.handlers.js';
import { authRoutes } from './routes/auth/auth.handlers.js';
import { enterpriseRoutes } from './routes/enterprises/enterprises.handlers.js';
import { policyRoutes } from './routes/policy/policy.handlers.js';
import { roundRoutes } from './routes/rounds/rounds.handlers.js';
import { claimRoutes } from './routes/claims/claims.handlers.js';
import { reviewRoutes } from './routes/reviews/reviews.handlers.js';
import { budgetRoutes } from './routes/budgets/budgets.handlers.js';
import { auditRoutes } from './routes/audit/audit.handlers.js';
import { attachmentRoutes } from './routes/attachments/attachments.handlers.js';
import { noticeRoutes } from './routes/notices/notices.handlers.js';
import { priorityExamRoutes } from './routes/priority-exam/priority-exam.handlers.js';
import { quotaRoutes } from './routes/quotas/quotas.handlers.js';
import { navigationProjectRoutes } from './routes/navigation-projects/navigation-projects.handlers.js';
import { brandRoutes } from './routes/brands/brands.handlers.js';
import { ratingRoutes } from './routes/ratings/ratings.handlers.js';
import { approvalNoticeRoutes } from './routes/approval-notices/approval-notices.handlers.js';
import { openLicensingRoutes } from './routes/open-licensing/open-licensing.handlers.js';
import { notificationRoutes } from './routes/notifications/notifications.handlers.js';
import { profileRoutes } from './routes/profile/profile.handlers.js';
import { reportRoutes } from './routes/reports/reports.handlers.js';
import { importRoutes } from './routes/imports/imports.handlers.js';
import { userRoutes } from './routes/users/users.handlers.js';
import { serviceRecordRoutes } from './routes/service-records/service-records.handlers.js';
import { agencyRoutes } from './routes/agency/agency.handlers.js';
import { serviceRequestRoutes } from './routes/service-requests/service-requests.handlers.js';
import { recordRoutes } from './routes/records/records.handlers.js';
import { serviceEventRoutes } from './routes/service-events/service-events.handlers.js';
import { adjudicationRoutes } from './routes/adjudication/adjudication.handlers.js';

const APPS = ['portal', 'console', 'station'] as const;

// Who may call without signing in: the endpoints declared `public` in @huiqi/contracts (the API's
// documentation is served ahead of the sign-in check, below).
const PUBLIC = publicRoutes(endpoints);

export function createApp(deps: Deps) {
  const app = router();
  const limits = createLimits(deps.database, deps.env);
  app.use('*', requestContext(deps));
  app.use('*', async (c, next) => {
    c.set('limits', limits);
    await next();
  });
  app.use('*', securityHeaders);
  // The claim endpoints' old URLs answer 308 to /api/claims… (claims-redirect.ts), before anything reads them.
  app.use('/api/*', claimsRedirect);
  app.use('/api/*', originCheck);
  // Uploads have their own, larger limit (checked again in the handler).
  const maxUpload = {
    size: (deps.env.MAX_UPLOAD_MB + 1) * 1024 * 1024,
    onError: (): never => {
      throw new ApiError(413, 'PAYLOAD_TOO_LARGE', '请求体过大。', 'The request body is too large.');
    },
  };
  // JSON bodies are small; only multipart uploads may be large (counted as they stream in).
  const maxJson = {
    size: deps.env.MAX_JSON_KB * 1024,
    onError: (): never => {
      throw new ApiError(
        413,
        'PAYLOAD_TOO_LARGE',
        `请求体超过 ${deps.env.MAX_JSON_KB} KB。`,
        `The request body exceeds ${deps.env.MAX_JSON_KB} KB.`,
      );
    },
  };
  const anyLimit = bodyLimit({ maxSize: maxUpload.size, onError: maxUpload.onError });
  const jsonLimit = bodyLimit({ maxSize: maxJson.size, onError: maxJson.onError });
  // A GET or HEAD has no body (fetch's Request refuses one): the limits are not asked, since asking
  // for the body makes @hono/node-server build a full Request around its lightweight one (a web
  // stream, an AbortSignal: a tenth of a write's CPU in the bench's profile). A body with a
  // Content-Length is judged by it, as bodyLimit itself does once it has built that Request (Node's
  // parser never delivers more bytes than the header says); only a chunked body is counted by it.
  app.use('/api/*', (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const multipart = (c.req.header('content-type') ?? '').startsWith('multipart/');
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      const max = multipart ? maxUpload : maxJson;
      return parseInt(length, 10) > max.size ? max.onError() : next();
    }
    return (multipart ? anyLimit : jsonLimit)(c, next);
  });
  // Until the migrations have run (PostgreSQL unreachable at start), only health answers.
  app.use('/api/*', async (c, next) => {
    if (!deps.readiness.ready && c.req.path !== '/api/health') {
      throw new ApiError(
        503,
        'DATABASE_UNAVAILABLE',
        '数据库暂不可用，请稍后重试。',
        'The database is unavailable; try again shortly.',
      );
    }
    await next();
  });
  app.use('/api/*', sessionLoader);
  // The API's documentation is public: its routes answer here, before the sign-in check (the document
  // is made on each request, from every route registered by then or later).
  serveDocs(app);
  // Everything but the public routes needs a session, checked before any body is validated, so an
  // anonymous caller learns nothing from validation messages.
  app.use('/api/*', async (c, next) => {
    const key = `${c.req.method} ${c.req.path}`;
    if (!c.get('user') && !PUBLIC.some((r) => r.test(key))) {
      throw unauthenticated();
    }
    await next();
  });
  app.use('/api/*', inputHygiene);

  // The public writes an anonymous caller can repeat: registrations and calculator runs per source
  // address (sign-ins and password changes are counted in their handlers, which know the account).
  const perSource =
    (limit: Limit): MiddlewareHandler<AppEnv> =>
    async (c, next) => {
      const verdict = await limit.take(clientAddress(c));
      if (!verdict.ok) throw tooManyRequests(verdict.retryAfterSeconds);
      await next();
    };
  app.on('POST', '/api/enterprises', perSource(limits.register));
  app.on('POST', '/api/assess', perSource(limits.assess));

  app
    .route('/api', healthRoutes)
    .route('/api', authRoutes)
    .route('/api', enterpriseRoutes)
    .route('/api', profileRoutes)
    .route('/api', policyRoutes)
    .route('/api', roundRoutes)
    .route('/api', claimRoutes)
    .route('/api', attachmentRoutes)
    .route('/api', reviewRoutes)
    .route('/api', budgetRoutes)
    .route('/api', priorityExamRoutes)
    .route('/api', quotaRoutes)
    .route('/api', navigationProjectRoutes)
    .route('/api', brandRoutes)
    .route('/api', ratingRoutes)
    .route('/api', approvalNoticeRoutes)
    .route('/api', openLicensingRoutes)
    .route('/api', notificationRoutes)
    .route('/api', serviceRequestRoutes)
    .route('/api', adjudicationRoutes)
    .route('/api', serviceRecordRoutes)
    .route('/api', agencyRoutes)
    .route('/api', recordRoutes)
    .route('/api', serviceEventRoutes)
    .route('/api', noticeRoutes)
    .route('/api', reportRoutes)
    .route('/api', importRoutes)
    .route('/api', userRoutes)
    .route('/api', auditRoutes);

  // The three apps, built (single-page apps: unknown paths under each fall back to its index.html).
  const appsDir = deps.env.APPS_DIR || join(import.meta.dirname, '..', '..');
  for (const name of APPS) {
    const dist = join(appsDir, name, 'dist');
    if (!existsSync(join(dist, 'index.html'))) continue;
    app.use(
      `/${name}/*`,
      serveStatic({ root: dist, rewriteRequestPath: (p) => p.replace(new RegExp(`^/${name}`), '') }),
    );
    app.get(`/${name}/*`, async (c) => c.html(await readFile(join(dist, 'index.html'), 'utf8')));
    app.get(`/${name}`, (c) => c.redirect(`/${name}/`));
  }
  // Prometheus metrics: with METRICS_TOKEN as a bearer token here; without a token on the internal
  // listener (METRICS_PORT, main.ts). Without METRICS_TOKEN nobody reaches them on this port.
  app.get('/metrics', async (c) => {
    const token = deps.env.METRICS_TOKEN;
    if (!token)
      return c.json(
        errorBody(
          new ApiError(404, 'NOT_FOUND', `没有这个地址：${c.req.path}`, `No such address: ${c.req.path}`),
        ),
        404,
      );
    if (!metricsTokenMatches(c.req.header('authorization'), token)) {
      return c.json(
        errorBody(
          new ApiError(
            401,
            'UNAUTHENTICATED',
            '需要指标访问令牌。',
            'The metrics token is required (Authorization: Bearer …).',
          ),
        ),
        401,
        { 'WWW-Authenticate': 'Bearer' },
      );
    }
    return metricsResponse(deps);
  });
  app.get('/', (c) =>
    c.redirect(existsSync(join(appsDir, 'portal', 'dist', 'index.html')) ? '/portal/' : '/api/docs'),
  );

  app.notFound((c) =>
    c.json(
      errorBody(
        new ApiError(404, 'NOT_FOUND', `没有这个地址：${c.req.path}`, `No such address: ${c.req.path}`),
      ),
      404,
    ),
  );

  app.onError((err, c) => {
    if (err instanceof ApiError) {
      const retryAfter = (err.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
      if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
      return c.json(errorBody(err), err.status);
    }
    if (isDomainError(err)) {
      return c.json({ error: { code: err.code, zh: err.zh, en: err.en, details: err.details } }, 422);
    }
    if (err instanceof HTTPException) {
      const status = err.status;
      if (status === 400) {
        return c.json(
          errorBody(
            new ApiError(
              400,
              'MALFORMED_REQUEST',
              '请求格式错误（例如 JSON 无法解析）。',
              `Malformed request: ${err.message}`,
            ),
          ),
          400,
        );
      }
      return c.json(errorBody(new ApiError(status as 400, 'HTTP_ERROR', err.message, err.message)), status);
    }
    const state = sqlState(err);
    if (state === '23505') {
      return c.json(
        errorBody(new ApiError(409, 'ALREADY_EXISTS', '记录已存在。', 'That record exists already.')),
        409,
      );
    }
    if (state === '23503') {
      return c.json(
        errorBody(
          new ApiError(
            422,
            'REFERENCE_NOT_FOUND',
            '引用的记录不存在。',
            'A record this refers to does not exist.',
          ),
        ),
        422,
      );
    }
    if (state === '23514') {
      return c.json(
        errorBody(
          new ApiError(
            409,
            'CONSTRAINT_VIOLATED',
            '该操作违反数据约束，未做任何更改。',
            'The change breaks a database rule; nothing was changed.',
          ),
        ),
        409,
      );
    }
    if (isUnavailable(err)) {
      (c.get('log') ?? deps.log).error('database unavailable', { err });
      return c.json(
        errorBody(
          new ApiError(
            503,
            'DATABASE_UNAVAILABLE',
            '数据库暂不可用，请稍后重试。',
            'The database is unavailable; try again shortly.',
          ),
        ),
        503,
      );
    }
    (c.get('log') ?? deps.log).error('unhandled error', { err });
    return c.json(
      errorBody(
        new ApiError(
          500,
          'INTERNAL',
          `服务器内部错误（请求编号 ${c.get('requestId')}）。`,
          `Internal error (request id ${c.get('requestId')}).`,
        ),
      ),
      500,
    );
  });

  return app;
}

export type App = ReturnType<typeof createApp>;

/** The OpenAPI document and its interactive reference (public). */
function serveDocs(app: ReturnType<typeof router>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'huiqi_session',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Huiqi API (惠企)',
      version: '0.1.0',
      description:
        'The API of the Huiqi platform for the 13 IP measures for SRDI SMEs. Amounts are decimal strings; errors are `{ error: { code, zh, en, details? } }` (what to fix in Chinese and in English); sign in with POST /api/auth/login (a session cookie).',
    },
    servers: [{ url: '/' }],
  });

  // The interactive reference, served from the swagger-ui-dist package (no CDN: it works offline).
  const swaggerDir = join(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'), '..');
  app.get('/api/docs', (c) => c.html(DOCS_HTML));
  app.get('/api/docs/init.js', (c) => c.body(DOCS_INIT, 200, { 'Content-Type': 'text/javascript' }));
  app.get('/api/docs/:file{swagger-ui(-bundle|-standalone-preset)?\\.(js|css)}', async (c) => {
    const file = c.req.param('file');
    const data = await readFile(join(swaggerDir, file));
    return c.body(data, 200, {
      'Content-Type': file.endsWith('.css') ? 'text/css' : 'text/javascript',
      'Cache-Control': 'public, max-age=86400',
    });
  });
}

/** The metrics in Prometheus' text exposition format. */
export async function metricsResponse(deps: Deps): Promise<Response> {
  return new Response(await deps.metrics.registry.metrics(), {
    headers: { 'Content-Type': deps.metrics.registry.contentType, 'Cache-Control': 'no-store' },
  });
}

/** The internal listener's app (METRICS_PORT): /metrics and nothing else, no token. */
export function createMetricsApp(deps: Deps) {
  const app = new Hono();
  app.get('/metrics', () => metricsResponse(deps));
  return app;
}

const DOCS_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huiqi API reference</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;
const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', deepLinking: true, tryItOutEnabled: true, withCredentials: true });`;
