import { RECORD_KINDS } from '@huiqi/domain';
import { describe, expect, it } from 'vitest';
import { recordValueText } from './record-values.js';
import {
  formFields,
  jurisdictionLabel,
  jurisdictionOptions,
  splitNames,
  withItem,
  withoutItem,
} from './record-fields.js';

const graded = RECORD_KINDS['graded-assessment'];
const keys = (fs: { key: string }[]) => fs.map((f) => f.key);

describe('record form rules shared by the console and the station', () => {
  it('shows the opening fields, every field when editing a closed record, the closing fields alone when closing', () => {
    expect(keys(formFields(graded, 'open'))).toEqual(['enrolledOn']);
    expect(keys(formFields(graded, 'closing'))).toEqual(['enrolledOn', 'assessedOn', 'grade']);
    expect(keys(formFields(graded, 'closingOnly'))).toEqual(['assessedOn', 'grade']);
  });

  it('names countries in the reader’s language, full-width brackets in Chinese', () => {
    expect(jurisdictionLabel('US', 'zh-CN')).toBe('美国（US）');
    expect(jurisdictionLabel('US', 'en')).toBe('United States (US)');
    const options = jurisdictionOptions('zh-CN');
    expect(options.some((o) => o.value === 'CN')).toBe(false);
    expect(options.find((o) => o.value === 'DE')?.label).toBe('德国（DE）');
    // What a form offers is what a record's value reads as afterwards.
    const country = RECORD_KINDS['overseas-dispute'].fields.find((f) => f.input === 'jurisdiction')!;
    expect(recordValueText(country, 'DE', 'zh-CN')).toBe('德国（DE）');
  });

  it('splits typed names on the separators people use and drops blanks', () => {
    expect(splitNames('李娜、王强，张伟; 赵敏；\n 钱七 ,,')).toEqual([
      '李娜',
      '王强',
      '张伟',
      '赵敏',
      '钱七',
    ]);
    expect(splitNames('  ')).toEqual([]);
  });

  it('changes and removes IP items without mutating the list it was given', () => {
    const items = [
      { kind: 'patent' as const, number: 'ZL1' },
      { kind: 'trademark' as const, number: '123' },
    ];
    const changed = withItem(items, 1, { number: '456' });
    expect(changed[1]).toEqual({ kind: 'trademark', number: '456' });
    expect(items[1]!.number).toBe('123');
    expect(withoutItem(items, 0)).toEqual([items[1]]);
    expect(items).toHaveLength(2);
  });
});
