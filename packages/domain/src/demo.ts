/**
 * @huiqi/domain/demo — DEMO DATA, apart from the policy: each claim provision's demo budget and
 * example-claim builder (declared beside its module as mN/mN.K.demo.ts), for seeding a demo of the
 * platform. Nothing here is a policy parameter; assess() never reads it.
 */
export {
  defineProvisionDemo,
  policyDemo,
  type DemoClaimContext,
  type PolicyDemo,
  type ProvisionDemo,
} from './policy/provision-demo.js';
export { ningxiaDemo } from './policy/ningxia/demo.js';
