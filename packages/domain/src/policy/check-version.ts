import { KIND_REQUIREMENTS } from './kinds.js';
import type { RecordKindData } from './record-kind-schema.js';
import type { Parameter, PolicyVersionData } from './schema.js';

/** A record kind's fields fit together: what it counts, dates and orders name fields of the right input. */
function checkRecordKind(k: RecordKindData, parameters: Readonly<Record<string, Parameter>>): string[] {
  const out: string[] = [];
  const byKey = new Map(k.fields.map((f) => [f.key, f]));
  if (byKey.size !== k.fields.length) out.push(': field keys must be unique');
  k.fields.forEach((f, i) => {
    if ((f.input === 'choice') !== Boolean(f.options?.length))
      out.push(`.fields.${i}: a choice field, and only it, lists its options`);
    if (f.notBefore && byKey.get(f.notBefore)?.input !== 'date')
      out.push(`.fields.${i}: notBefore names "${f.notBefore}", which is not a date field`);
    if (f.positive !== undefined && f.input !== 'money')
      out.push(`.fields.${i}: only a money field is positive`);
    if (f.minItems !== undefined && !['enterprises', 'names', 'ip-items'].includes(f.input))
      out.push(`.fields.${i}: only a list field has minItems`);
    if (f.atClose && !k.closes) out.push(`.fields.${i}: atClose needs a kind that closes`);
    if (f.atClose && !f.optional) out.push(`.fields.${i}: a field filled at closing is optional while open`);
  });
  const date = byKey.get(k.dateField);
  if ((date?.input !== 'date' && date?.input !== 'year') || (date.optional && !date.atClose))
    out.push(
      `.dateField: "${k.dateField}" is not a date or year field that is required or filled at closing`,
    );
  const c = k.counts;
  if ((c.unit === 'CNY') !== Boolean(c.sum))
    out.push('.counts: a CNY count, and only it, names the money field it sums');
  if (c.sum && byKey.get(c.sum)?.input !== 'money') out.push(`.counts.sum: "${c.sum}" is not a money field`);
  if (c.target) {
    const unit = parameters[c.target]?.unit;
    if (unit !== (c.unit === 'CNY' ? 'CNY' : 'count'))
      out.push(
        `.counts.target: "${c.target}" is not a ${c.unit === 'CNY' ? 'CNY' : 'count'} parameter of the provision`,
      );
  }
  if (c.when && !byKey.get(c.when.field)?.options?.some((o) => o.value === c.when!.equals))
    out.push(`.counts.when: "${c.when.field}" has no option "${c.when.equals}"`);
  if (
    c.unit === 'enterprises' &&
    k.subject !== 'enterprise' &&
    !k.fields.some((f) => f.input === 'enterprises')
  )
    out.push('.counts: counting enterprises needs records about an enterprise or listing enterprises');
  return out;
}

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
  for (const m of v.measures)
    if (!parts.has(m.part))
      problems.push(`measures: measure ${m.number} is in part ${m.part}, which is not listed`);
  const recordKinds = new Set<string>();
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
      if (!p.parameters[key])
        problems.push(`${at}: provision ${p.id} of kind ${p.kind} lacks the parameter "${key}"`);
    }
    if (!need.claims || (need.claims === 'optional' && !p.claim)) {
      if (p.claim)
        problems.push(
          `${at}: provision ${p.id} of kind ${p.kind} takes no claims, so it has no claim fields`,
        );
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
          else if (!allowed.includes(f.input))
            problems.push(
              `${at}.claim.fields.${j}: role "${f.role}" must be ${allowed.join(' or ')}, not ${f.input}`,
            );
          if (byRole.has(f.role)) problems.push(`${at}.claim.fields.${j}: role "${f.role}" is given twice`);
          byRole.set(f.role, f.key);
        }
        if (f.input === 'choice' && !f.options?.length)
          problems.push(`${at}.claim.fields.${j}: a choice field lists its options`);
        if (f.input !== 'choice' && f.options)
          problems.push(`${at}.claim.fields.${j}: only a choice field has options`);
        if ((f.notBefore || f.mustHaveHappened) && f.input !== 'date')
          problems.push(`${at}.claim.fields.${j}: only a date field has notBefore or mustHaveHappened`);
        if (f.positive !== undefined && f.input !== 'money')
          problems.push(`${at}.claim.fields.${j}: only a money field is positive`);
        if (f.input === 'foreign-items' && p.parameters.notAbroad?.unit !== 'jurisdictions')
          problems.push(
            `${at}.claim.fields.${j}: a foreign-items field needs the provision's parameter notAbroad (unit jurisdictions): which jurisdictions are not abroad`,
          );
        if ((f.input === 'foreign-items') !== (f.grantKind !== undefined))
          problems.push(
            `${at}.claim.fields.${j}: a foreign-items field, and only it, says its grantKind (patent or trademark)`,
          );
      });
      p.claim.fields.forEach((f, j) => {
        if (f.notBefore && !p.claim!.fields.some((g) => g.key === f.notBefore && g.input === 'date')) {
          problems.push(
            `${at}.claim.fields.${j}: notBefore names "${f.notBefore}", which is not a date field of this claim`,
          );
        }
      });
      for (const role of Object.keys(need.roles)) {
        if (!byRole.has(role))
          problems.push(`${at}: provision ${p.id} of kind ${p.kind} lacks a claim field with role "${role}"`);
      }
    }
    p.records.forEach((k, j) => {
      if (recordKinds.has(k.id)) problems.push(`${at}.records.${j}: duplicate record kind "${k.id}"`);
      recordKinds.add(k.id);
      problems.push(...checkRecordKind(k, p.parameters).map((m) => `${at}.records.${j} (${k.id})${m}`));
      if (k.startsClaim) {
        const target = v.provisions.find((q) => q.id === k.startsClaim!.provision);
        if (!target?.claim)
          problems.push(`${at}.records.${j}.startsClaim: ${k.startsClaim.provision} takes no claims`);
        for (const [role, key] of Object.entries(k.startsClaim.roles)) {
          if (target?.claim && !target.claim.fields.some((f) => f.role === role))
            problems.push(
              `${at}.records.${j}.startsClaim: ${k.startsClaim.provision} has no claim field of role "${role}"`,
            );
          if (!k.fields.some((f) => f.key === key))
            problems.push(`${at}.records.${j}.startsClaim.roles: "${key}" is not a field of ${k.id}`);
        }
      }
    });
    const ol = p.openLicensing?.startsClaim;
    if (ol) {
      const target = v.provisions.find((q) => q.id === ol.provision);
      if (!target?.claim) problems.push(`${at}.openLicensing.startsClaim: ${ol.provision} takes no claims`);
      for (const role of Object.keys(ol.roles))
        if (target?.claim && !target.claim.fields.some((f) => f.role === role))
          problems.push(
            `${at}.openLicensing.startsClaim: ${ol.provision} has no claim field of role "${role}"`,
          );
    }
    const b = p.bookkeeping;
    if (b?.annualCap && p.parameters[b.annualCap]?.unit !== 'CNY') {
      problems.push(`${at}.bookkeeping.annualCap: "${b.annualCap}" is not a CNY parameter of ${p.id}`);
    }
    if ((p.kind === 'percentage-with-cap' || p.kind === 'interest-subsidy') && b?.annualCap !== 'annualCap') {
      problems.push(
        `${at}: provision ${p.id} of kind ${p.kind} keeps its annual cap in bookkeeping.annualCap = "annualCap"`,
      );
    }
    if (p.kind === 'per-item-award' && !b?.itemGroup)
      problems.push(`${at}: provision ${p.id} of kind per-item-award names its bookkeeping.itemGroup`);
    const figureIds = new Set<string>(p.records.map((k) => k.id));
    p.scorecard.forEach((f, j) => {
      const fat = `${at}.scorecard.${j}`;
      if (figureIds.has(f.id))
        problems.push(`${fat}: duplicate figure "${f.id}" (a figure or a record kind of ${p.id})`);
      figureIds.add(f.id);
      if ((f.met === 'reported') !== (f.goal === undefined))
        problems.push(`${fat}: a figure has a goal parameter exactly when it is not "reported"`);
      const goal = f.goal === undefined ? undefined : p.parameters[f.goal];
      const goalUnit = f.unit === 'CNY' ? 'CNY' : f.unit === 'satisfaction' ? 'ratio' : 'count';
      if (f.goal !== undefined && goal?.unit !== goalUnit)
        problems.push(`${fat}.goal: "${f.goal}" is not a ${goalUnit} parameter of ${p.id}`);
      if ((f.met === 'about') !== (f.tolerance !== undefined))
        problems.push(`${fat}: an "about" figure, and only it, names its tolerance parameter`);
      if (f.tolerance !== undefined && p.parameters[f.tolerance]?.unit !== 'ratio')
        problems.push(`${fat}.tolerance: "${f.tolerance}" is not a ratio parameter of ${p.id}`);
    });
    if (p.kind === 'fixed-award' && !b?.once)
      problems.push(
        `${at}: provision ${p.id} of kind fixed-award says how often it is paid (bookkeeping.once)`,
      );
  });
  return problems;
}
