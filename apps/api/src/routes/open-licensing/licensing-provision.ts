import { versionInForce, type OpenLicensing, type Provision } from '@huiqi/domain';
import { ApiError } from '../../lib/api-error.js';
import type { PolicyStore } from '../../lib/policy-store.js';

/**
 * The provision patents are openly licensed under — the registry's one declaring `openLicensing`
 * (M5.2), never named here — and its terms (licensor kinds, fee kinds), in the version in force on a day.
 */
export async function openLicensingIn(
  policy: PolicyStore,
  on: string,
): Promise<{ provision: Provision; terms: OpenLicensing }> {
  const { versions } = await policy.get();
  const provision = versionInForce(versions, on).provisions.find((p) => p.openLicensing);
  if (!provision)
    throw new ApiError(
      422,
      'NO_OPEN_LICENSING',
      '现行政策没有专利开放许可条款。',
      'The policy in force has no patent open licensing provision.',
    );
  return { provision, terms: provision.openLicensing! };
}
