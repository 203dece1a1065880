import type { Catalog } from '@huiqi/locales';
import type { verify as zh } from '../zh-CN/verify.js';

export const verify = {
  pdf: 'Download the signed approval notice (PDF)',
  pdfHint:
    'The electronic notice is signed by the platform and carries a QR code: anyone can check it on the notice verification page.',
  number: 'Number',
  title: 'Verify an approval notice',
  intro:
    'Scan the QR code on an approval notice or enter its number to see the notice as the platform recorded it, or upload the PDF to check that it is the copy the platform issued, unchanged.',
  ref: 'Notice number',
  refPlaceholder: 'e.g. 宁知惠企〔2026〕3号',
  lookup: 'Look up',
  enterRef: 'Enter the notice number.',
  record: 'The platform’s record',
  authority: 'Issued by',
  issuedOn: 'Date',
  enterprise: 'Addressed to',
  item: 'Item',
  amount: 'Amount',
  words: 'Amount in words',
  claimStatus: 'Claim status now',
  file: 'Notice PDF',
  fileRule: 'PDF only, at most 5 MB',
  check: 'Check the file',
  chooseFile: 'Choose the PDF to check.',
  notPdf: 'Only PDF files can be checked.',
  tooBig: 'The file is larger than 5 MB.',
  genuine: 'Genuine, unchanged',
  altered: 'Altered, or its signature does not hold',
  unknown: 'Not issued by the platform',
  linkHint: 'scan the QR code or enter the number to check an approval notice.',
  key: 'The platform’s signing key (Ed25519)',
} satisfies Catalog<typeof zh>;
