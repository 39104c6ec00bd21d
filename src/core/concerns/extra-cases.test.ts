/**
 * Generalisation check: labelled cases written apart from the dev set, in other industries
 * and wordings. They were written before being run, and the lexicon was not edited to fit
 * them afterwards; the floor below is what the checker scored on first run, so a change that
 * makes it generalise worse fails here.
 */
import { describe, expect, it } from 'vitest';
import type { Interviewer } from '../model/types';
import { assessConcerns } from './index';

function person(id: string, concerns: string[]): Interviewer {
  return {
    id,
    name: id,
    concerns: concerns.map((text, i) => ({ id: `${id}c${i}`, text })),
    topics: [],
    history: [],
  };
}

interface Extra {
  name: string;
  concern: string;
  others?: string[];
  text: string;
  addressed: boolean;
}

const CASES: Extra[] = [
  {
    name: 'airline: relocation answered with a move date',
    concern: 'would need to relocate to Denver hub',
    text: 'Thank you for the interview. My partner and I have already put our Phoenix condo on the market and we plan to be settled near the airport by the end of August.',
    addressed: true,
  },
  {
    name: 'bank teller: cash handling answered with balancing record',
    concern: 'cash handling accuracy?',
    text: 'Thanks for meeting me. At Harbor Credit Union my drawer balanced to the penny on all but one day last year, and I was trusted to run the vault count on Fridays.',
    addressed: true,
  },
  {
    name: 'lab tech: weekend shifts only mentioned',
    concern: 'rotating weekend shifts',
    text: 'Thank you for the tour of the lab. I know you asked about weekends. I look forward to hearing from you.',
    addressed: false,
  },
  {
    name: 'data engineer: gap explained',
    concern: 'gap in CV 2022',
    text: 'Hi Sam, thanks for today. In 2022 I took a year off to look after my father after his stroke, and used the evenings to finish a data engineering certificate.',
    addressed: true,
  },
  {
    name: 'electrician apprentice: licence exam plan',
    concern: 'journeyman licence not done yet',
    text: 'Thanks for the site visit. I have my exam booked for June 3 and I have passed three practice tests, so I expect to be licensed before the summer jobs start.',
    addressed: true,
  },
  {
    name: 'retail: shrink only praised',
    concern: 'shrink at my last store?',
    text: 'Thank you for the interview. Your loss prevention program sounds really impressive. I am excited about the role.',
    addressed: false,
  },
  {
    name: 'nurse: night shifts answered',
    concern: 'can I handle 12-hour night shifts',
    text: 'Thank you for the interview. For the last three years I have worked overnights in the ED, 7p to 7a, and I sleep well on my days off.',
    addressed: true,
  },
  {
    name: 'software: salary flexibility stated',
    concern: 'salary expectations above our range',
    text: 'Thanks for the call. On compensation, I am flexible: the team and the work matter more to me, and I would be comfortable starting at the top of your posted band.',
    addressed: true,
  },
  {
    name: 'warehouse: forklift cert not mentioned',
    concern: 'forklift certification',
    text: 'Thank you for showing me the dock. I enjoyed meeting the team and I would love to join.',
    addressed: false,
  },
  {
    name: 'teacher: answer belongs to a colleague concern',
    concern: 'classroom management with 30 students',
    others: ['coaching the chess club'],
    text: 'Thank you for the visit. I coached my school chess club for two years and took the team to the state finals.',
    addressed: false,
  },
  {
    name: 'consultant: travel answered',
    concern: 'up to 80% travel',
    text: 'Thanks for the conversation. In my current role I am on the road Monday to Thursday most weeks and I genuinely enjoy working from client sites.',
    addressed: true,
  },
  {
    name: 'marketing: visa sponsorship answered',
    concern: 'needs visa sponsorship?',
    text: 'Thank you for the interview. To clarify, I hold a green card, so I am authorized to work without any sponsorship.',
    addressed: true,
  },
  {
    name: 'accountant: start date answered',
    concern: 'can you start by March 1?',
    text: 'Thanks again. I gave notice on Friday, and my last day at Keller is February 20, so March 1 works.',
    addressed: true,
  },
  {
    name: 'chef: food cost not answered',
    concern: 'food cost control',
    text: 'Thank you for the tasting. The braised short rib was incredible and I loved seeing your kitchen.',
    addressed: false,
  },
  {
    name: 'manager: team size answered with numbers',
    concern: 'only led 4 people, role has 25 reports',
    text: 'Thank you. While my formal team is four, I coordinated 20 contractors on the migration project and ran their weekly planning, so a larger group is a step I am ready for.',
    addressed: true,
  },
  {
    name: 'developer: Kubernetes only acknowledged',
    concern: 'no Kubernetes experience',
    text: 'Thank you for explaining your Kubernetes setup, it looked really well organized.',
    addressed: false,
  },
  {
    name: 'sales: job hopping explained',
    concern: 'three jobs in two years - will I stay?',
    text: 'Thanks for being direct. Two of those moves came from layoffs when startups ran out of money, and I am looking for a place to stay for the long term.',
    addressed: true,
  },
  {
    name: 'customer support: remote work answered',
    concern: 'fully remote - self-discipline?',
    text: 'Thank you for the chat. I have worked from home since 2021 with a fixed routine and a daily plan I share with my lead.',
    addressed: true,
  },
];

function run(c: Extra): boolean {
  const me = person('me', [c.concern]);
  const others = c.others ? [person('other', c.others)] : [];
  return (assessConcerns(c.text, me, others)[0] as { addressed: boolean }).addressed;
}

describe('concern coverage on cases outside the dev set', () => {
  const results = CASES.map((c) => ({ c, got: run(c) }));
  const correct = results.filter((r) => r.got === r.c.addressed).length;

  it.each(results.map((r) => [r.c.name, r]))('%s', (_name, r) => {
    // Recorded, not asserted one by one: the table documents where the checker stands.
    expect(typeof r.got).toBe('boolean');
  });

  it('keeps its first-run accuracy', () => {
    const wrong = results.filter((r) => r.got !== r.c.addressed).map((r) => r.c.name);
    console.log(
      `extra cases: ${correct}/${CASES.length} correct; wrong: ${wrong.join('; ') || 'none'}`,
    );
    expect(correct / CASES.length).toBeGreaterThanOrEqual(FLOOR);
  });
});

// First run, before any change: 14 of 18.
const FLOOR = 14 / 18;
