import { crc32, deflateSync } from 'node:zlib';
import type { EvidenceStore } from '../../lib/file-store.js';

/** A one-page PDF with a few lines of text (Helvetica: the built-in font, so ASCII only). */
export function pdf(lines: string[]): Buffer {
  const text = lines
    .map(
      (l, i) =>
        `BT /F1 ${i === 0 ? 20 : 12} Tf 72 ${770 - i * 28} Td (${l.replace(/[()\\]/g, '\\$&')}) Tj ET`,
    )
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A PNG of a certificate-like card: a bordered sheet with a red seal, drawn pixel by pixel. */
function png(width: number, height: number): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const border = x < 8 || y < 8 || x >= width - 8 || y >= height - 8;
      const d = Math.hypot(x - width * 0.75, y - height * 0.65);
      const seal = d < 42 && d > 34;
      const line = y > 40 && y < height - 40 && y % 22 < 3 && x > 40 && x < width * 0.55;
      const [r, g, b] = border
        ? [180, 140, 60]
        : seal
          ? [200, 30, 30]
          : line
            ? [90, 90, 90]
            : [250, 246, 235];
      raw.set([r, g, b], y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface DemoEvidence {
  filename: string;
  mime: string;
  size: number;
  sha256: string;
}

/**
 * The demo's evidence files, stored in the platform's evidence store, so a reviewer opening a demo
 * claim in the console sees its materials inline: a contract and a payment voucher (PDF) and a
 * certificate scan (PNG). Each is stored once; every demo claim refers to the same three.
 */
export async function storeDemoEvidence(files: EvidenceStore): Promise<DemoEvidence[]> {
  const items: [string, string, Buffer][] = [
    [
      '技术服务合同（示例）.pdf',
      'application/pdf',
      pdf([
        'Huiqi demo evidence: service contract',
        'Parties: the enterprise and an IP service agency (sample data)',
        'Subject: patent search and evaluation report',
        'Amount: CNY 20,000.00, signed and sealed by both parties',
        'This file was generated for the demonstration.',
      ]),
    ],
    [
      '付款凭证（示例）.pdf',
      'application/pdf',
      pdf([
        'Huiqi demo evidence: payment voucher',
        'Bank transfer to the agency (sample data)',
        'Amount: CNY 20,000.00',
        'This file was generated for the demonstration.',
      ]),
    ],
    ['证书扫描件（示例）.png', 'image/png', png(480, 320)],
  ];
  const out: DemoEvidence[] = [];
  for (const [filename, mime, data] of items)
    out.push({ filename, mime, size: data.length, sha256: await files.put(data) });
  return out;
}
