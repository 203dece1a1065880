/** Prints the worked examples of PROVISIONS.md with their traces: `pnpm --filter @huiqi/domain examples`. */
import { amountInWords, assess, builtInPolicies, formatYuan } from '../src/index.js';
import { M7_4_WORKED_LOAN } from '../src/rules/test-support/worked-examples.js';

const examples = [
  {
    claim: { provision: 'M1.4', patents: ['ZL201910123456.7', 'ZL202010654321.X'] },
    context: { fundingYear: 2025, asOf: '2025-06-01' },
  },
  {
    claim: {
      provision: 'M5.1',
      transactionAmount: '3000000.00',
      mode: 'license',
      contractDate: '2025-03-01',
    },
    context: { fundingYear: 2025, asOf: '2025-06-01' },
  },
  {
    claim: {
      provision: 'M5.1',
      transactionAmount: '30000000.00',
      mode: 'assignment',
      contractDate: '2025-03-01',
    },
    context: { fundingYear: 2025, asOf: '2025-06-01', grantedThisYear: '200000.00' },
  },
  {
    claim: { provision: 'M7.5', evaluationFeePaid: '12345.67' },
    context: { fundingYear: 2025, asOf: '2025-06-01' },
  },
  {
    claim: M7_4_WORKED_LOAN,
    context: { fundingYear: 2025, asOf: '2025-04-01' },
  },
];

for (const { claim, context } of examples) {
  const a = assess(claim as never, { ...context, policy: builtInPolicies });
  console.log(
    `\n${a.provision}  ${formatYuan(a.amount)}  (${amountInWords(a.amount)})${a.capped ? '  — capped' : ''}`,
  );
  for (const step of a.trace) console.log(`  [${step.clause}] ${step.zh}\n          ${step.en}`);
}
