import { describe, expect, test } from 'vitest';
import type { Concern } from '../model/types';
import { countWords } from '../text/words';
import { BUILT_IN_TEMPLATES, builtInTemplates, resetBuiltIn } from './built-in-templates';
import { fillTemplate } from './fill-template';
import { asSentence, type TemplateContext } from './fields';
import { findFieldMarkers } from './markers';

function context(
  change: {
    interview?: Partial<TemplateContext['interview']>;
    interviewer?: Partial<TemplateContext['interviewer']>;
    settings?: TemplateContext['settings'];
  } = {},
): TemplateContext {
  return {
    interview: {
      company: 'Fenwick & Rowe',
      role: 'Store Manager',
      when: '2026-04-07T10:00:00-04:00',
      timeZone: 'America/New_York',
      decisionBy: '2026-04-17',
      ...change.interview,
    },
    interviewer: {
      name: 'Gloria Benavides',
      title: 'District Manager',
      concerns: [
        {
          id: 'c1',
          text: 'only managed 6 ppl',
          answer: 'at Eastgate I grew the team to 14 over two holiday seasons',
        },
        { id: 'c2', text: 'weekend availability' },
      ],
      topics: ['the holiday staffing plan', 'the new POS rollout', 'weekend coverage'],
      ...change.interviewer,
    },
    settings: change.settings ?? { userName: 'Tomasz Wierzbicki', signature: '' },
  };
}

const fill = (body: string, ctx = context(), subject = '') => fillTemplate({ subject, body }, ctx);

describe('fillTemplate fields', () => {
  test.each([
    ['{{firstName}}', 'Gloria'],
    ['{{lastName}}', 'Benavides'],
    ['{{fullName}}', 'Gloria Benavides'],
    ['{{ firstName }}', 'Gloria'],
    ['{{title}}', 'District Manager'],
    ['{{company}}', 'Fenwick & Rowe'],
    ['{{role}}', 'Store Manager'],
    ['{{weekday}}', 'Tuesday'],
    ['{{interviewDate}}', 'Tuesday, April 7'],
    ['{{firstTopic}}', 'the holiday staffing plan'],
    ['{{allTopics}}', 'the holiday staffing plan, the new POS rollout and weekend coverage'],
    ['{{concernParagraphs}}', 'At Eastgate I grew the team to 14 over two holiday seasons.'],
    ['{{decisionDate}}', 'Friday, April 17'],
    ['{{myName}}', 'Tomasz Wierzbicki'],
  ])('%s → %s', (body, expected) => {
    expect(fill(body).body).toBe(expected);
  });

  test('weekday is the interview’s, in its zone', () => {
    // 23:30 Monday in Los Angeles is already Tuesday in UTC.
    const ctx = context({
      interview: { when: '2026-04-06T23:30:00-07:00', timeZone: 'America/Los_Angeles' },
    });
    expect(fill('{{weekday}}', ctx).body).toBe('Monday');
  });

  test('honorifics and suffixes are not names', () => {
    const ctx = context({ interviewer: { name: 'Dr. Anand Kulkarni Jr.' } });
    expect(fill('{{firstName}} {{lastName}}', ctx).body).toBe('Anand Kulkarni');
  });

  test('two topics', () => {
    const ctx = context({ interviewer: { topics: ['parking', 'team of 6'] } });
    expect(fill('{{allTopics}}', ctx).body).toBe('parking and team of 6');
  });

  test('concerns without an answer are skipped and reported', () => {
    const r = fill('{{concernParagraphs}}');
    expect(r.skippedConcerns).toEqual(['weekend availability']);
    expect(r.missing).toEqual([]);
  });

  test('one paragraph per answered concern', () => {
    const concerns: Concern[] = [
      { id: 'a', text: 'x', answer: 'First answer!' },
      { id: 'b', text: 'y', answer: ' second answer\nacross lines ' },
    ];
    expect(fill('{{concernParagraphs}}', context({ interviewer: { concerns } })).body).toBe(
      'First answer!\n\nSecond answer across lines.',
    );
  });
});

describe('planned answers read as sentences in the note', () => {
  test.each([
    [
      'led a team of 14 through two holiday seasons',
      'I led a team of 14 through two holiday seasons.',
    ],
    [
      'have my forklift certification, renewed in March',
      'I have my forklift certification, renewed in March.',
    ],
    ['happy to work every other weekend', 'I am happy to work every other weekend.'],
    ['completed the CPC course in May', 'I completed the CPC course in May.'],
    ['can start on January 5', 'I can start on January 5.'],
    ['My lease ends in March, so I can move then', 'My lease ends in March, so I can move then.'],
    ['the gap was a year caring for my father', 'The gap was a year caring for my father.'],
    ['Two summers re-roofing barns in a harness!', 'Two summers re-roofing barns in a harness!'],
    ['red-seal certified since 2021', 'Red-seal certified since 2021.'],
  ])('%j → %j', (answer, sentence) => {
    expect(asSentence(answer)).toBe(sentence);
  });

  test.each(BUILT_IN_TEMPLATES.filter((t) => t.body.includes('{{concernParagraphs}}')))(
    'the built-in "$name" template says each planned answer once and nothing for the rest',
    (template) => {
      const concerns: Concern[] = [
        { id: 'a', text: 'only managed 6 ppl', answer: 'led a team of 14 at Eastgate' },
        { id: 'b', text: 'weekend availability' },
        { id: 'c', text: 'commute?', answer: 'happy to drive the 40 minutes' },
      ];
      const r = fillTemplate(template, context({ interviewer: { concerns } }));
      expect(r.body).toContain('I led a team of 14 at Eastgate.');
      expect(r.body).toContain('I am happy to drive the 40 minutes.');
      expect(r.body).not.toMatch(/weekend availability|\{\{|\}\}/);
      expect(r.body).not.toMatch(/\n{3,}/);
      expect(r.skippedConcerns).toEqual(['weekend availability']);
    },
  );
});

describe('missing fields are removed cleanly and reported', () => {
  const noTopics = context({
    interviewer: { topics: [], title: '' },
    interview: { decisionBy: undefined },
  });
  test.each([
    [
      'greeting',
      'Dear {{firstName}},',
      context({ interviewer: { name: '' } }),
      'Dear,',
      ['firstName'],
    ],
    [
      'dangling preposition',
      'I enjoyed our talk about {{firstTopic}}.',
      noTopics,
      'I enjoyed our talk.',
      ['firstTopic'],
    ],
    [
      'before a comma',
      'I enjoyed hearing about {{allTopics}}, and more.',
      noTopics,
      'I enjoyed hearing, and more.',
      ['allTopics'],
    ],
    ['mid-sentence', 'Your {{title}} work', noTopics, 'Your work', ['title']],
    ['in parentheses', 'Gloria ({{title}}) said', noTopics, 'Gloria said', ['title']],
    [
      'decision date',
      'You expected to decide by {{decisionDate}}, so I am writing.',
      noTopics,
      'You expected to decide, so I am writing.',
      ['decisionDate'],
    ],
    ['unknown field', 'Hi {{nickname}}, thanks.', context(), 'Hi, thanks.', ['nickname']],
    ['empty marker', 'Hi {{}} there', context(), 'Hi there', ['(empty field)']],
    [
      'unclosed known marker is filled',
      'Hi {{firstName, thanks',
      context(),
      'Hi Gloria, thanks',
      [],
    ],
    ['unclosed unknown marker is removed', 'Hi {{nick, thanks', context(), 'Hi, thanks', ['nick']],
    [
      'line of only a field',
      'Best,\n{{myName}}',
      context({ settings: { userName: '', signature: '' } }),
      'Best,',
      ['myName'],
    ],
    [
      'paragraph of only a field',
      'Thanks.\n\n{{concernParagraphs}}\n\nBest,',
      context({ interviewer: { concerns: [{ id: 'c', text: 'x' }] } }),
      'Thanks.\n\nBest,',
      ['concernParagraphs'],
    ],
    [
      'no concerns at all: nothing to report',
      'A\n\n{{concernParagraphs}}\n\nB',
      context({ interviewer: { concerns: [] } }),
      'A\n\nB',
      [],
    ],
    ['reported once', '{{title}} {{title}}.', noTopics, '', ['title']],
  ])('%s', (_name, body, ctx, expected, missing) => {
    const r = fill(body, ctx);
    expect(r.body).toBe(expected);
    expect(r.missing).toEqual(missing);
    expect(r.body).not.toMatch(/\{\{|\}\}/);
  });
});

describe('values are literal text', () => {
  test.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['&amp; "quotes" \'single\''],
    ['$& $1 $$'],
  ])('%s comes through unchanged', (payload) => {
    const ctx = context({ interview: { company: payload } });
    expect(fill('At {{company}}', ctx).body).toBe(`At ${payload}`);
  });

  test('a value with markers cannot inject a raw marker or another field', () => {
    const ctx = context({ interviewer: { topics: ['{{myName}} and {{ secret }}'] } });
    const r = fill('About {{firstTopic}}.', ctx);
    expect(r.body).toBe('About {myName} and { secret }.');
    expect(r.missing).toEqual([]);
  });

  test.each([
    ['{{{myName}}}', '{myName}'],
    ['{{{{company}}}}', '{company}'],
    ['{ {{role}} }', '{ {role} }'],
  ])('a value %s with brace runs stays one brace deep: %s', (topic, shown) => {
    const ctx = context({ interviewer: { topics: [topic] } });
    const r = fill('About {{firstTopic}}.', ctx);
    expect(r.body).toBe(`About ${shown}.`);
    expect(r.body).not.toMatch(/\{\{|\}\}/);
  });

  test('subject is one line', () => {
    const ctx = context({ interview: { role: 'Store\nManager' } });
    expect(fill('', ctx, 'Thank you – {{role}} interview').subject).toBe(
      'Thank you – Store Manager interview',
    );
  });
});

describe('built-in templates', () => {
  test.each(BUILT_IN_TEMPLATES.map((t) => [t.name, t] as const))(
    '%s fills completely',
    (_name, t) => {
      const r = fillTemplate(t, context());
      expect(r.missing).toEqual([]);
      expect(r.body).not.toMatch(/\{|\}/);
      expect(r.subject).not.toMatch(/\{|\}/);
      expect(r.body).toMatch(/^(Dear|Hi) Gloria,/);
      expect(r.body).toMatch(/Tomasz Wierzbicki$/);
    },
  );

  test.each(BUILT_IN_TEMPLATES.map((t) => [t.name, t] as const))(
    '%s uses only known fields',
    (_name, t) => {
      for (const m of findFieldMarkers(t.subject + t.body)) expect(m.known).toBe(true);
    },
  );

  test('the card is about 120 words, the emails within 75–200', () => {
    const words = (id: string) =>
      countWords(
        fillTemplate(
          BUILT_IN_TEMPLATES.find((t) => t.id === id)!,
          context(),
        ).body,
      );
    expect(words('builtin-card')).toBeGreaterThan(90);
    expect(words('builtin-card')).toBeLessThan(140);
    for (const id of ['builtin-thank-you', 'builtin-follow-up']) {
      expect(words(id)).toBeGreaterThanOrEqual(75);
      expect(words(id)).toBeLessThanOrEqual(200);
    }
  });

  test('follow-up refers to the interview and the decision date', () => {
    const t = BUILT_IN_TEMPLATES.find((x) => x.id === 'builtin-follow-up')!;
    const body = fillTemplate(t, context()).body;
    expect(body).toContain('Tuesday, April 7');
    expect(body).toContain('Friday, April 17');
  });

  test('records and reset', () => {
    const [first] = builtInTemplates();
    expect(first).toMatchObject({ kind: 'template', builtIn: true, schemaVersion: 1 });
    const edited = { ...first!, body: 'mine', rev: 4 };
    expect(resetBuiltIn(edited)).toMatchObject({ body: first!.body, rev: 4 });
    expect(resetBuiltIn({ ...edited, id: 'user' })).toBeNull();
  });
});

describe('findFieldMarkers', () => {
  test('positions, names and kinds', () => {
    expect(findFieldMarkers('Dear {{firstName}}, {{ nope }} {{role')).toEqual([
      { name: 'firstName', start: 5, end: 18, known: true, unclosed: false },
      { name: 'nope', start: 20, end: 30, known: false, unclosed: false },
      { name: 'role', start: 31, end: 37, known: true, unclosed: true },
    ]);
  });
});
