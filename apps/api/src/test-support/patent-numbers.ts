import { patentApplicationCheckChar } from '@huiqi/domain';

/**
 * Invention patent numbers of `year` with a correct check character (the domain's check), one after
 * another from `serial`: a test file takes its own range so its numbers never meet another's.
 */
export function patentNumbers(year: number, serial: number) {
  return () => {
    const first12 = `${year}1${String(serial++).padStart(7, '0')}`;
    return `ZL${first12}.${patentApplicationCheckChar(first12)}`;
  };
}
