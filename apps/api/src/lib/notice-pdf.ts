import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/** What an approval notice prints, already in words (the handler takes them from the domain). */
export interface NoticeText {
  id: string;
  authority: string;
  number: string;
  /** "二〇二六年十二月二日" */
  issuedOnText: string;
  /** The day of issue, for the PDF's own dates (the document does not carry the server's clock). */
  issuedOn: string;
  enterpriseName: string;
  item: string;
  caseNo: string | null;
  /** "¥100,000.00" and "人民币壹拾万元整". */
  amountFigures: string;
  amountWords: string;
  verifyUrl: string;
}

export interface NoticeFonts {
  regular: string;
  bold: string;
  /** The face in a collection (.ttc), when the file is one. */
  face?: string;
}

/**
 * The CJK font of the notices: NOTICE_FONT_FILE (`file` or `file.ttc#Face`) when set, else Noto Sans SC
 * from the @embedpdf/fonts-sc package (one OpenType file per weight, full GB 18030 hanzi coverage, so the
 * notice never depends on the fonts of the machine). pdfkit embeds only the glyphs a notice uses.
 */
export function noticeFonts(configured: string | undefined): NoticeFonts {
  if (configured) {
    const [file, face] = configured.split('#') as [string, string | undefined];
    return { regular: file, bold: file, ...(face ? { face } : {}) };
  }
  // The package exports only its list of files (dist/index.*); the fonts are in fonts/ beside dist/.
  const dir = join(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc'), '..', '..', 'fonts');
  return { regular: join(dir, 'NotoSansHans-Regular.otf'), bold: join(dir, 'NotoSansHans-Bold.otf') };
}

const RED = '#b42318';
const INK = '#1f1f1f';
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 72;

/** The notice as a PDF (A4, one page): text in the embedded subset, the QR code drawn as squares (no image). */
export async function renderNotice(n: NoticeText, fonts: NoticeFonts): Promise<Buffer> {
  const day = new Date(`${n.issuedOn}T00:00:00+08:00`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 36 },
    info: {
      Title: `${n.number} 资助批准通知书`,
      Author: n.authority,
      Subject: `${n.enterpriseName} ${n.item}`,
      Keywords: `huiqi-notice:${n.id}`,
      Creator: 'Huiqi',
      CreationDate: day,
      ModDate: day,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((ok, fail) => {
    doc.on('end', () => ok(Buffer.concat(chunks)));
    doc.on('error', fail);
  });
  doc.registerFont('cjk', fonts.regular, fonts.face as string);
  doc.registerFont('cjk-bold', fonts.bold, fonts.face as string);
  const width = A4.width - 2 * MARGIN;

  // 发文机关 (in red, as a 红头 is printed — a heading, not a seal) and the rule under it.
  doc.font('cjk-bold').fontSize(24).fillColor(RED).text(n.authority, MARGIN, 90, { width, align: 'center' });
  doc.moveDown(0.4);
  doc.font('cjk').fontSize(14).fillColor(INK).text(n.number, { width, align: 'center' });
  const ruleY = doc.y + 8;
  doc
    .moveTo(MARGIN, ruleY)
    .lineTo(A4.width - MARGIN, ruleY)
    .lineWidth(1.5)
    .strokeColor(RED)
    .stroke();

  doc
    .font('cjk-bold')
    .fontSize(20)
    .fillColor(INK)
    .text('资助批准通知书', MARGIN, ruleY + 28, { width, align: 'center' });
  doc.moveDown(1.2);
  doc.font('cjk').fontSize(14).text(`${n.enterpriseName}：`, { width });
  doc.moveDown(0.5);
  doc.text(`经审核，你单位申报的“${n.item}”予以批准，核定资助金额如下。`, { width, indent: 28, lineGap: 6 });
  doc.moveDown(1);

  // The facts as a ruled table: label | value.
  const rows: [string, string][] = [
    ['资助事项', n.item],
    ['金额（小写）', n.amountFigures],
    ['金额（大写）', n.amountWords],
    ['办件编号', n.caseNo ?? '—'],
  ];
  const labelW = 120;
  let y = doc.y;
  doc.lineWidth(0.8).strokeColor('#555555');
  for (const [label, value] of rows) {
    doc.font('cjk').fontSize(13);
    const h = Math.max(doc.heightOfString(value, { width: width - labelW - 20 }), 16) + 16;
    doc.rect(MARGIN, y, labelW, h).stroke();
    doc.rect(MARGIN + labelW, y, width - labelW, h).stroke();
    doc.font('cjk-bold').text(label, MARGIN + 10, y + 8, { width: labelW - 20 });
    doc.font('cjk').text(value, MARGIN + labelW + 10, y + 8, { width: width - labelW - 20 });
    y += h;
  }
  doc
    .font('cjk')
    .fontSize(14)
    .text('特此通知。', MARGIN, y + 24, { width, indent: 28 });

  // 落款: the authority and the date, right-aligned.
  const signY = y + 64;
  doc.text(n.authority, MARGIN, signY, { width, align: 'right' });
  doc.text(n.issuedOnText, MARGIN, signY + 26, { width, align: 'right' });

  // The QR code (squares) and what it is for, at the foot of the page.
  const qr = QRCode.create(n.verifyUrl, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const side = 96;
  const cell = side / size;
  const qx = MARGIN;
  const qy = A4.height - 48 - side;
  doc.fillColor('#000000');
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++)
      if (qr.modules.get(r, c)) doc.rect(qx + c * cell, qy + r * cell, cell + 0.05, cell + 0.05).fill();
  const noteX = qx + side + 16;
  const noteW = A4.width - MARGIN - noteX;
  doc.fillColor(INK).font('cjk').fontSize(10);
  doc.text('扫描二维码或访问下列地址，可查验本通知书的真伪及其所载事项：', noteX, qy + 4, {
    width: noteW,
    lineGap: 2,
  });
  doc.fillColor('#1d4ed8').text(n.verifyUrl, { width: noteW, lineGap: 2 });
  doc.fillColor(INK).text('本通知书由惠企平台电子签名（Ed25519），内容经改动即无法通过查验。', {
    width: noteW,
    lineGap: 2,
  });
  doc.end();
  return done;
}
