// The baseline: a bare Hono handler on @hono/node-server, in its own process like the API.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/hello', (c) => c.json({ ok: true }));
// The same bytes as the API's policy document, for a like-for-like baseline of the cached read.
let doc = '{}';
app.post('/doc', async (c) => {
  doc = await c.req.text();
  return c.json({ ok: true });
});
app.get('/doc', (c) => c.body(doc, 200, { 'Content-Type': 'application/json; charset=UTF-8' }));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.argv[2]) });
