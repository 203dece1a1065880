import { connect, type Socket } from 'node:net';

export interface Answer {
  status: number;
  body: string;
}

/**
 * One keep-alive HTTP/1.1 connection that sends a request when the last is answered — the load
 * generator of the write bench. It shares the two cores with the API and PostgreSQL (as pgbench's C
 * client does), so it does as little as a client can: the request written as one string, the answer
 * parsed for its status, its length (Content-Length or chunked) and its body. fetch() spent about
 * 0.6 ms of CPU per request here (Request, Response, streams, an AbortSignal each), a quarter of a
 * core at the bench's rates.
 */
export class Connection {
  #socket: Socket;
  #buf: Buffer = Buffer.alloc(0);
  #pending: { resolve: (a: Answer) => void; reject: (e: Error) => void } | undefined;
  #ready: Promise<void>;

  constructor(base: string) {
    const url = new URL(base);
    this.#socket = connect(Number(url.port), url.hostname);
    this.#socket.setNoDelay(true);
    this.#ready = new Promise((resolve, reject) => {
      this.#socket.once('connect', resolve);
      this.#socket.once('error', reject);
    });
    this.#socket.on('data', (chunk: Buffer) => {
      this.#buf = this.#buf.length ? Buffer.concat([this.#buf, chunk]) : chunk;
      this.#parse();
    });
    const fail = (e: Error) => {
      this.#pending?.reject(e);
      this.#pending = undefined;
    };
    this.#socket.on('error', fail);
    this.#socket.on('close', () => fail(new Error('connection closed')));
  }

  async request(method: string, path: string, headers: Record<string, string>, body?: string) {
    await this.#ready;
    if (this.#pending) throw new Error('one request at a time on a connection');
    const length = body === undefined ? 0 : Buffer.byteLength(body);
    let head = `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: ${length}\r\n`;
    for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
    const answer = new Promise<Answer>((resolve, reject) => (this.#pending = { resolve, reject }));
    this.#socket.write(`${head}\r\n${body ?? ''}`);
    return answer;
  }

  #parse() {
    const end = this.#buf.indexOf('\r\n\r\n');
    if (end < 0 || !this.#pending) return;
    const head = this.#buf.toString('latin1', 0, end);
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    let body: Buffer;
    let used: number;
    if (length) {
      used = end + 4 + Number(length[1]);
      if (this.#buf.length < used) return;
      body = this.#buf.subarray(end + 4, used);
    } else if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
      const parts: Buffer[] = [];
      let at = end + 4;
      for (;;) {
        const line = this.#buf.indexOf('\r\n', at);
        if (line < 0) return;
        const size = parseInt(this.#buf.toString('latin1', at, line), 16);
        if (this.#buf.length < line + 2 + size + 2) return;
        if (size === 0) {
          used = line + 4;
          break;
        }
        parts.push(this.#buf.subarray(line + 2, line + 2 + size));
        at = line + 2 + size + 2;
      }
      body = Buffer.concat(parts);
    } else {
      used = end + 4;
      body = Buffer.alloc(0);
    }
    this.#buf = this.#buf.subarray(used);
    const p = this.#pending;
    this.#pending = undefined;
    p.resolve({ status, body: body.toString('utf8') });
  }

  close() {
    this.#socket.destroy();
  }
}
