import type { ProvisionInput } from './schema.js';

/**
 * Declares one provision's data, keeping its literal types (ids, field keys, options) so the
 * claim type of a version follows from its provisions. Checked in full when the version is parsed.
 */
export function defineProvision<const P extends ProvisionInput>(provision: P): P {
  return provision;
}
