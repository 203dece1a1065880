import { IP_ASSET_KIND_IDS, ipAssetSchema } from '@huiqi/domain';
import { z } from 'zod';
import { displayName, newUsername, passwordInput, uuid, yearNumber } from './common.js';

/**
 * An IP asset as the enterprise declares it, checked by the domain's own rule (ipAssetSchema's
 * checks), so the form and the API agree. The domain's schemas are zod/mini, which the OpenAPI
 * generator cannot read; these are its fields in classic zod (`satisfies` keeps the same keys).
 */
const ipAssetFields = {
  kind: z.enum(IP_ASSET_KIND_IDS),
  date: z.string(),
  number: z.string().trim().max(64).optional(),
  jurisdiction: z.string().trim().toUpperCase().optional(),
} satisfies Record<keyof typeof ipAssetSchema.def.shape, z.ZodType>;
export const ipAssetCreate = z
  .strictObject(ipAssetFields)
  .check(...((ipAssetSchema.def.checks ?? []) as z.core.$ZodCheck<z.output<typeof ipAssetSchema>>[]))
  .meta({ id: 'IpAssetCreate' });

export const ipAssetRecord = z
  .object({
    id: uuid,
    kind: z.enum(IP_ASSET_KIND_IDS),
    provision: z.string(),
    date: z.string(),
    number: z.string().nullable(),
    jurisdiction: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'IpAsset' });

const localized = z.object({ zh: z.string(), en: z.string() });

export const provisionMatchSchema = z.object({
  provision: z.string(),
  kind: z.string(),
  title: localized,
  status: z.enum(['likely', 'needs-facts', 'missing', 'claimed', 'service']),
  amount: z.string().optional(),
  upTo: z.string().optional(),
  reasons: z.array(localized),
  missing: z.array(localized),
  claim: z.record(z.string(), z.unknown()).optional(),
});

export const matchResponse = z
  .object({
    policyVersion: z.string(),
    fundingYear: z.number().int(),
    asOf: z.string(),
    estimatedTotal: z.string(),
    gate: localized.optional(),
    matches: z.array(provisionMatchSchema),
  })
  .meta({ id: 'PolicyMatch' });

export const matchQuery = z.object({ fundingYear: yearNumber.optional() });

export const memberCreate = z.strictObject({
  username: newUsername,
  displayName,
  password: passwordInput,
  /** An administrator of the enterprise's account (manages its members), or a member (default). */
  admin: z.boolean().optional(),
});

export const memberSchema = z
  .object({
    id: uuid,
    username: z.string(),
    displayName: z.string(),
    admin: z.boolean(),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Member' });
