import { describe, expect, test } from 'vitest';
import { autoPick, pickGroups } from './pick-interviewer';
import { seedInterviews } from './panel.test-helpers';

const byRecent = () => pickGroups(seedInterviews()).map((g) => g.interview);

describe('autoPick', () => {
  test.each([
    ['address, any case', [{ email: ' MWEBB@fenwickrowe.EXAMPLE ' }], 'marcus'],
    ['name only, when the host hides the address', [{ name: 'rita  osei' }], 'rita'],
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
});

test('pickGroups leaves out interviewers without a name', () => {
  const interviews = seedInterviews();
  interviews[1]!.interviewers.push({ ...interviews[1]!.interviewers[0]!, id: 'blank', name: ' ' });
  const fenwick = pickGroups(interviews).find((g) => g.interview.id === 'example-fenwick')!;
  expect(fenwick.interviewers.map((p) => p.id)).toEqual(['gloria', 'marcus']);
});
