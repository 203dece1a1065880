/**
 * The M7.4 worked example of PROVISIONS.md (a 10 million yuan pledge loan for a year, 60 % pledged,
 * 350 000 yuan of interest paid): the tests and the examples script assess the same loan, so that the
 * figure the document shows is the figure they check.
 */
export const M7_4_WORKED_LOAN = {
  provision: 'M7.4',
  principal: '10000000.00',
  pledgeShareRatio: '0.6',
  disbursedOn: '2024-03-15',
  repaidOn: '2025-03-15',
  interestPaid: '350000.00',
} as const;
