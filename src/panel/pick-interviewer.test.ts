import { describe, expect, test, vi } from 'vitest';
import { installMessages } from '../ui/i18n.test-helpers';
import { autoPick, pickGroups } from './pick-interviewer';
import { seedInterviews } from './panel.test-helpers';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));
installMessages();

const byRecent = () => pickGroups(seedInterviews()).map((g) => g.interview);

describe('autoPick', () => {
  test.each([
    ['address, any case', [{ email: ' MWEBB@fenwickrowe.EXAMPLE ' }], 'marcus'],
    ['name only, when the host hides the address', [{ name: 'rita  osei' }], 'rita'],
    ['a directory name with a title and a middle initial', [{ name: 'Dr. Rita K. Osei' }], 'rita'],
    ['a directory name as "Last, First"', [{ name: 'Webb, Marcus' }], 'marcus'],
    ['accents folded', [{ name: 'Glória Benavídes' }], 'gloria'],
    [
      'the address wins over a name elsewhere in To',
      [{ name: 'Rita Osei', email: 'x@y.example' }, { email: 'sam@lumen.example' }],
      'sam',
    ],
    [
      'first match among several recipients',
      [{ email: 'nobody@x.example' }, { email: 'gbenavides@fenwickrowe.example' }],
      'gloria',
    ],
  ])('%s', (_name, to, expected) => {
    expect(autoPick(byRecent(), to)?.interviewerId).toBe(expected);
  });

  test.each([
    ['empty To', []],
    ['unknown To', [{ email: 'stranger@x.example' }]],
    [
      'a name that has an address that does not match',
      [{ name: 'Rita Osei', email: 'other@x.example' }],
    ],
    ['a first name alone', [{ name: 'Gloria' }]],
    ['the same last name, another first name', [{ name: 'Nadia Webb' }]],
  ])('%s: no pick', (_name, to) => {
    expect(autoPick(byRecent(), to)).toBeNull();
  });

  test('the same person in two interviews: the most recent one', () => {
    const [newer, fenwick, older] = byRecent();
    const again = { ...fenwick!, id: 'iv-second-round', when: '2026-04-08T10:00:00-04:00' };
    const interviews = pickGroups([older!, fenwick!, again, newer!]).map((g) => g.interview);
    expect(autoPick(interviews, [{ email: 'gbenavides@fenwickrowe.example' }])?.interviewId).toBe(
      'iv-second-round',
    );
  });

  test('a name written the same way beats a looser match in a more recent interview', () => {
    const [newer, fenwick, older] = byRecent();
    const gloria = fenwick!.interviewers[0]!;
    const namesake = { ...gloria, id: 'g-middle', name: 'Gloria M. Benavides', email: undefined };
    const later = { ...fenwick!, id: 'iv-later', when: '2026-04-08T10:00:00-04:00' };
    later.interviewers = [namesake];
    const interviews = pickGroups([older!, fenwick!, later, newer!]).map((g) => g.interview);
    expect(autoPick(interviews, [{ name: 'Benavides, Gloria' }])?.interviewerId).toBe('gloria');
    expect(autoPick(interviews, [{ name: 'Gloria Benavides' }])?.interviewerId).toBe('gloria');
    expect(autoPick(interviews, [{ name: 'G. Benavides' }])?.interviewId).toBe('iv-later');
  });
});

test('pickGroups leaves out interviewers without a name', () => {
  const interviews = seedInterviews();
  interviews[1]!.interviewers.push({ ...interviews[1]!.interviewers[0]!, id: 'blank', name: ' ' });
  const fenwick = pickGroups(interviews).find((g) => g.interview.id === 'example-fenwick')!;
  expect(fenwick.interviewers.map((p) => p.id)).toEqual(['gloria', 'marcus']);
});
