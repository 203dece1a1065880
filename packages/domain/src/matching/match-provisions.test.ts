import { describe, expect, it } from 'vitest';
import { builtInPolicies, ningxia } from '../policy/policy-book.js';
import { assess } from '../rules/assess.js';
import { claimForAssets, ipAssetSchema, type IpAsset } from './ip-assets.js';
import { matchProvisions, type MatchProfile } from './match-provisions.js';

const verified: MatchProfile = {
  srdiLevel: 'little-giant',
  srdiVerified: true,
  industry: 'new-materials',
  assets: [],
};
const at = { asOf: '2025-06-30', fundingYear: 2025, policy: builtInPolicies };
const byId = (r: ReturnType<typeof matchProvisions>, id: string) =>
  r.matches.find((m) => m.provision === id)!;

describe('matchProvisions', () => {
  it('an empty profile: nothing likely, what to record for each award, the transaction provisions with their caps, the services', () => {
    const r = matchProvisions(verified, at);
    expect(r.estimatedTotal).toBe('0.00');
    expect(r.gate).toBeUndefined();
    expect(byId(r, 'M1.1')).toMatchObject({ status: 'missing' });
    expect(byId(r, 'M1.1').missing[0]!.zh).toContain('国家知识产权示范企业');
    expect(byId(r, 'M5.1')).toMatchObject({ status: 'needs-facts', upTo: '1000000.00' });
    expect(byId(r, 'M7.4')).toMatchObject({ status: 'needs-facts', upTo: '500000.00' });
    expect(byId(r, 'M2.1').status).toBe('service');
    expect(byId(r, 'M10.1').status).toBe('service');
    expect(r.matches.find((m) => m.provision === 'M11.1')).toBeUndefined();
  });

  it('titles, awards and grants abroad add up to the sum assess() gives for each', () => {
    const assets: IpAsset[] = [
      { kind: 'national-advantage', date: '2024-11-02' },
      { kind: 'patent-gold', date: '2024-12-01', number: 'ZL201910123456.7' },
      { kind: 'patent-excellence', date: '2023-12-01', number: 'zl 2019 1012 3456.7' }, // the same patent: paid once, as gold
      { kind: 'patent-excellence', date: '2023-12-01', number: 'ZL201810000001.1' },
      { kind: 'foreign-patent', date: '2024-03-01', number: '11223344', jurisdiction: 'US' },
      { kind: 'foreign-patent', date: '2024-03-01', number: 'EP3456789', jurisdiction: 'EP' },
      { kind: 'foreign-trademark', date: '2024-03-01', number: '0123456', jurisdiction: 'JP' },
    ];
    const r = matchProvisions({ ...verified, assets }, at);
    expect(byId(r, 'M1.2')).toMatchObject({
      status: 'likely',
      amount: '150000.00',
      claim: { provision: 'M1.2', recognizedOn: '2024-11-02' },
    });
    expect(byId(r, 'M1.4')).toMatchObject({ status: 'likely', amount: '500000.00' });
    expect(byId(r, 'M1.6')).toMatchObject({
      status: 'likely',
      amount: '100000.00',
      claim: { patents: ['ZL201810000001.1'] },
    });
    expect(byId(r, 'M1.7')).toMatchObject({ status: 'likely', amount: '40000.00' });
    expect(byId(r, 'M1.8')).toMatchObject({ status: 'likely', amount: '10000.00' });
    expect(r.estimatedTotal).toBe('800000.00');
    // Every pre-filled claim is one the reviewer's assess() accepts, for the same amount.
    for (const m of r.matches.filter((x) => x.status === 'likely'))
      expect(assess(m.claim as never, at).amount).toBe(m.amount);
  });

  it('a title recognized too long ago is not new: the reason comes from the rule', () => {
    const r = matchProvisions(
      { ...verified, assets: [{ kind: 'national-demonstration', date: '2021-05-01' }] },
      at,
    );
    expect(byId(r, 'M1.1').status).toBe('missing');
    expect(byId(r, 'M1.1').reasons[0]!.en).toContain('outside 2024–2025');
  });

  it('what was claimed already is not counted again', () => {
    const assets: IpAsset[] = [
      { kind: 'regional-pilot', date: '2025-01-10' },
      { kind: 'foreign-trademark', date: '2024-03-01', number: '0123456', jurisdiction: 'JP' },
      { kind: 'foreign-trademark', date: '2024-03-01', number: 'UK000001', jurisdiction: 'GB' },
    ];
    const r = matchProvisions(
      { ...verified, assets, claimedTitles: ['M1.3'], claimedItems: ['JP:0123456'] },
      at,
    );
    expect(byId(r, 'M1.3').status).toBe('claimed');
    expect(byId(r, 'M1.8')).toMatchObject({
      status: 'likely',
      amount: '10000.00',
      claim: { registrations: [{ jurisdiction: 'GB', number: 'UK000001' }] },
    });
    const all = matchProvisions({ ...verified, assets, claimedItems: ['JP:0123456', 'GB:UK000001'] }, at);
    expect(byId(all, 'M1.8').status).toBe('claimed');
  });

  it('an enterprise that is not SRDI, or not yet verified, is told so', () => {
    expect(matchProvisions({ ...verified, srdiLevel: 'none' }, at).gate?.en).toContain('for SRDI SMEs');
    expect(matchProvisions({ ...verified, srdiVerified: false }, at).gate?.en).toContain(
      'awaits verification',
    );
  });

  it('the green channel ranks its focus industries first; it does not exclude the others (以……为重点)', () => {
    const other = byId(matchProvisions({ ...verified, industry: 'wine' }, at), 'M2.1');
    const focus = byId(matchProvisions(verified, at), 'M2.1');
    expect(other.status).toBe('service');
    expect(focus.status).toBe('service');
    expect(focus.reasons[0]!.en).toContain('ranks first');
    expect(other.reasons[0]!.en).toContain('rank first');
  });
});

describe('ipAssetSchema', () => {
  it.each([
    [{ kind: 'patent-gold', date: '2024-01-01' }, 'number'],
    [{ kind: 'foreign-patent', date: '2024-01-01', number: '1' }, 'jurisdiction'],
    [{ kind: 'foreign-patent', date: '2024-01-01', number: '1', jurisdiction: 'CN' }, 'jurisdiction'],
    [{ kind: 'national-advantage', date: '2024-02-30' }, 'date'],
    [{ kind: 'national-advantage', date: '2024-02-01', jurisdiction: 'US' }, 'jurisdiction'],
    [{ kind: 'nobel', date: '2024-02-01' }, 'kind'],
  ])('refuses %j at %s, with a message in both languages', (input, path) => {
    const r = ipAssetSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual([path]);
  });
});

describe('claimForAssets', () => {
  it('makes the claim the rules price: a title with its latest date, items all together; one kind only', async () => {
    expect(
      claimForAssets(
        [
          { kind: 'regional-pilot', date: '2024-03-01' },
          { kind: 'regional-pilot', date: '2025-01-10' },
        ],
        ningxia,
        '2025-06-01',
      ),
    ).toEqual({ provision: 'M1.3', recognizedOn: '2025-01-10' });
    expect(
      claimForAssets(
        [
          { kind: 'foreign-trademark', date: '2024-03-01', number: '1', jurisdiction: 'JP' },
          { kind: 'foreign-trademark', date: '2024-03-01', number: '2', jurisdiction: 'EM' },
        ],
        ningxia,
        '2025-06-01',
      ),
    ).toEqual({
      provision: 'M1.8',
      registrations: [
        { jurisdiction: 'JP', number: '1' },
        { jurisdiction: 'EM', number: '2' },
      ],
    });
    expect(() => claimForAssets([], ningxia, '2025-06-01')).toThrow(/one kind/);
    expect(() =>
      claimForAssets(
        [
          { kind: 'patent-gold', date: '2024-01-01', number: 'ZL1' },
          { kind: 'patent-silver', date: '2024-01-01', number: 'ZL2' },
        ],
        ningxia,
        '2025-06-01',
      ),
    ).toThrow(/one kind/);
  });
});
