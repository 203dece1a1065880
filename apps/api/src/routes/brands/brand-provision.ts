import { parameterAt, versionInForce, type PolicyVersion, type Provision } from '@huiqi/domain';
import { ApiError } from '../../lib/api-error.js';
import type { PolicyStore } from '../../lib/policy-store.js';

/**
 * The provision brands are selected under — the registry's one counted in brands (M8.2), never
 * named here — and its number of places for a year: the `count` parameter in force on 1 January
 * of that year (as the year's count quotas take theirs), so a later change applies from its date.
 */
export async function brandSelection(
  policy: PolicyStore,
  year: number,
): Promise<{ version: PolicyVersion<unknown>; provision: Provision; cap: number }> {
  const { versions } = await policy.get();
  const asOf = `${year}-01-01`;
  const version = versionInForce(versions, asOf);
  const provision = version.provisions.find((p) => p.counts === 'brands');
  if (!provision)
    throw new ApiError(
      422,
      'NO_BRAND_SELECTION',
      `${year} 年度适用的政策没有品牌遴选条款。`,
      `The policy in force in ${year} selects no brands.`,
    );
  const cap = Number(parameterAt(version, `${provision.id}.count`, asOf).value);
  return { version, provision, cap };
}
