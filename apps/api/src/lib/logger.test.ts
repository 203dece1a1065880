import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  return { lines, stream: { write: (l: string) => void lines.push(JSON.parse(l)) } };
}

describe('logs', () => {
  it('are JSON lines with an ISO time and the level by name; the floor holds', () => {
    const { lines, stream } = capture();
    const log = createLogger('info', stream);
    log.debug('not shown');
    log.info('started', { port: 8080 });
    expect(lines).toEqual([
      { time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), level: 'info', msg: 'started', port: 8080 },
    ]);
  });

  it('a child logger carries its bindings (the request id) on every line', () => {
    const { lines, stream } = capture();
    const log = createLogger('info', stream).child({ requestId: 'req-12345678' });
    log.info('request', { status: 200 });
    log.warn('slow');
    expect(lines.map((l) => l.requestId)).toEqual(['req-12345678', 'req-12345678']);
  });

  it('never writes cookies, authorization headers, passwords or tokens, at any of the first three depths', () => {
    const { lines, stream } = capture();
    createLogger('info', stream).info('login', {
      password: 'Huiqi#2026demo',
      body: { username: 'auditor', password: 'hunter2-Secret', newPassword: 'x1Y2z3!!' },
      headers: {
        cookie: 'huiqi_session=abc',
        authorization: 'Bearer t0ken',
        'set-cookie': 'huiqi_session=def',
      },
      req: { headers: { cookie: 'huiqi_session=ghi' } },
      token: 'metrics-token',
    });
    const text = JSON.stringify(lines[0]);
    for (const secret of [
      'Huiqi#2026demo',
      'hunter2-Secret',
      'x1Y2z3!!',
      'huiqi_session',
      'Bearer t0ken',
      'metrics-token',
    ])
      expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({
      body: { username: 'auditor', password: '[redacted]' },
      headers: { cookie: '[redacted]' },
    });
  });

  it('an error under err is written with its type, message and stack', () => {
    const { lines, stream } = capture();
    createLogger('info', stream).error('unhandled error', { err: new TypeError('boom') });
    expect(lines[0]!.err).toMatchObject({
      type: 'TypeError',
      message: 'boom',
      stack: expect.stringContaining('logger.test.ts'),
    });
  });
});
