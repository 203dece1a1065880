import { KIND_REQUIREMENTS } from './kinds.js';
import type { PolicyVersionData } from './schema.js';

/**
 * What the schema cannot say about a version as a whole: ids unique, measures listed, and each
 * provision complete for its kind (the parameters and claim fields its rule reads, its bookkeeping
 * pointing at parameters it has). Returns problems as "path: message", provision named in each.
 */
export function checkVersion(v: PolicyVersionData): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const measures = new Set(v.measures.map((m) => m.number));
  const parts = new Set(v.parts.map((p) => p.number));
  for (const m of v.measures) if (!parts.has(m.part)) problems.push(`measures: measure ${m.number} is in part ${m.part}, which is not listed`);
  const areas = new Set<string>();
  for (const a of v.areas) {
    if (areas.has(a.code)) problems.push(`areas: duplicate area ${a.code}`);
    areas.add(a.code);
  }
  v.provisions.forEach((p, i) => {
    const at = `provisions.${i} (${p.id})`;
    if (seen.has(p.id)) problems.push(`${at}: duplicate provision ${p.id}`);
    seen.add(p.id);
    if (!measures.has(p.measure)) problems.push(`${at}: measure ${p.measure} is not listed`);
    const need = KIND_REQUIREMENTS[p.kind];
    for (const key of need.parameters) {
      if (!p.parameters[key]) problems.push(`${at}: provision ${p.id} of kind ${p.kind} lacks the parameter "${key}"`);
    }
    if (!need.claims) {
      if (p.claim) problems.push(`${at}: provision ${p.id} of kind ${p.kind} takes no claims, so it has no claim fields`);
    } else if (!p.claim) {
      problems.push(`${at}: provision ${p.id} of kind ${p.kind} needs claim fields`);
    } else {
      const keys = new Set<string>();
      const byRole = new Map<string, string>();
      p.claim.fields.forEach((f, j) => {
        if (keys.has(f.key)) problems.push(`${at}.claim.fields.${j}: duplicate field "${f.key}"`);
        keys.add(f.key);
        if (f.role) {
          const allowed = need.roles[f.role] ?? need.optionalRoles?.[f.role];
          if (!allowed) problems.push(`${at}.claim.fields.${j}: kind ${p.kind} has no role "${f.role}"`);
          else if (!allowed.includes(f.input)) problems.push(`${at}.claim.fields.${j}: role "${f.role}" must be ${allowed.join(' or ')}, not ${f.input}`);
          if (byRole.has(f.role)) problems.push(`${at}.claim.fields.${j}: role "${f.role}" is given twice`);
          byRole.set(f.role, f.key);
        }
        if (f.input === 'choice' && !f.options?.length) problems.push(`${at}.claim.fields.${j}: a choice field lists its options`);
        if (f.input !== 'choice' && f.options) problems.push(`${at}.claim.fields.${j}: only a choice field has options`);
        if ((f.notBefore || f.mustHaveHappened) && f.input !== 'date') problems.push(`${at}.claim.fields.${j}: only a date field has notBefore or mustHaveHappened`);
        if (f.positive !== undefined && f.input !== 'money') problems.push(`${at}.claim.fields.${j}: only a money field is positive`);
        if ((f.input === 'foreign-items') !== (f.grantKind !== undefined)) problems.push(`${at}.claim.fields.${j}: a foreign-items field, and only it, says its grantKind (patent or trademark)`);
      });
      p.claim.fields.forEach((f, j) => {
        if (f.notBefore && !p.claim!.fields.some((g) => g.key === f.notBefore && g.input === 'date')) {
          problems.push(`${at}.claim.fields.${j}: notBefore names "${f.notBefore}", which is not a date field of this claim`);
        }
      });
      for (const role of Object.keys(need.roles)) {
        if (!byRole.has(role)) problems.push(`${at}: provision ${p.id} of kind ${p.kind} lacks a claim field with role "${role}"`);
      }
    }
    const b = p.bookkeeping;
    if (b?.annualCap && p.parameters[b.annualCap]?.unit !== 'CNY') {
      problems.push(`${at}.bookkeeping.annualCap: "${b.annualCap}" is not a CNY parameter of ${p.id}`);
    }
    if ((p.kind === 'percentage-with-cap' || p.kind === 'interest-subsidy') && b?.annualCap !== 'annualCap') {
      problems.push(`${at}: provision ${p.id} of kind ${p.kind} keeps its annual cap in bookkeeping.annualCap = "annualCap"`);
    }
    if (p.kind === 'per-item-award' && !b?.itemGroup) problems.push(`${at}: provision ${p.id} of kind per-item-award names its bookkeeping.itemGroup`);
    if (p.kind === 'fixed-award' && !b?.once) problems.push(`${at}: provision ${p.id} of kind fixed-award says how often it is paid (bookkeeping.once)`);
  });
  return problems;
}
