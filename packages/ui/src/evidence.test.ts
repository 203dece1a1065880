import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_MB, evidenceFault } from './evidence.js';

describe('an evidence file', () => {
  it('is a PDF, JPEG, PNG or OFD, whatever the case of its ending', () => {
    for (const name of ['a.pdf', 'b.JPG', 'c.jpeg', 'd.png', 'e.OFD'])
      expect(evidenceFault({ name, size: 1 })).toBeNull();
    expect(evidenceFault({ name: 'a.docx', size: 1 })).toBe('type');
    expect(evidenceFault({ name: 'pdf', size: 1 })).toBe('type');
  });

  it('is at most 20 MB', () => {
    const limit = EVIDENCE_MAX_MB * 1024 * 1024;
    expect(evidenceFault({ name: 'a.pdf', size: limit })).toBeNull();
    expect(evidenceFault({ name: 'a.pdf', size: limit + 1 })).toBe('size');
  });
});
