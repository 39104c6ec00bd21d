import { describe, expect, test } from 'vitest';
import { defaultSettings } from './defaults';
import { sampleInterview, sampleTemplate } from './fixtures.test-helpers';
import { validateInterview, validateRecord, validateSettings, validateTemplate } from './schema';

const person = sampleInterview().interviewers[0]!;
const sentNote = {
  kind: 'thank-you',
  at: '2026-04-07T18:00:00Z',
  channel: 'email',
  text: 'Thank you.',
} as const;

describe('validateInterview', () => {
  test('a complete interview is valid and unchanged', () => {
    const iv = sampleInterview();
    expect(validateInterview(iv)).toEqual({ ok: true, value: iv });
  });

  // A newer build may add a field without a new schema version; reading, editing and
  // writing the record back here must not erase it.
  test('fields this version does not know are kept as they are, at every level', () => {
    const later = {
      ...sampleInterview(),
      pinned: true,
      interviewers: [
        {
          ...person,
          pronouns: 'she/her',
          concerns: [{ id: 'c', text: 'x', weight: 2 }],
          history: [{ ...sentNote, read: { at: '2026-04-09T08:00:00Z' } }],
        },
      ],
      outcome: { result: 'offer', closedAt: '2026-05-01T00:00:00Z', salary: null },
    };
    const r = validateInterview(structuredClone(later));
    expect(r).toEqual({ ok: true, value: later });
  });

  test('an unknown "__proto__" field is the one not kept: it cannot reach a prototype', () => {
    const valid = validateInterview(
      JSON.parse(JSON.stringify(sampleInterview()).replace('{', '{"__proto__":{"polluted":1},')),
    );
    expect(valid.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(valid.ok && Object.getPrototypeOf(valid.value)).toBe(Object.prototype);
    expect(valid.ok && Object.hasOwn(valid.value, '__proto__')).toBe(false);
  });

  test('null optional fields are treated as absent', () => {
    const r = validateInterview({ ...sampleInterview(), decisionBy: null, timeZone: null });
    expect(r.ok && r.value.decisionBy === undefined && !('timeZone' in r.value)).toBe(true);
  });

  test('an email without "@" is still valid data', () => {
    const iv = sampleInterview({ interviewers: [{ ...person, email: 'gloria at fenwick' }] });
    expect(validateInterview(iv).ok).toBe(true);
  });

  test.each([
    [
      'wrong type in a list item',
      { interviewers: [person, { ...person, email: 42 }] },
      'interviewers[1].email: must be a string',
    ],
    ['missing field', { company: undefined }, 'company: is required'],
    ['bad date-time', { when: '2026-04-07 10:00' }, 'when: not a date-time'],
    ['date-time without offset', { when: '2026-04-07T10:00:00' }, 'when: not a date-time'],
    ['bad decision date', { decisionBy: '2026-02-30' }, 'decisionBy: not a date (YYYY-MM-DD)'],
    ['unknown zone', { timeZone: 'Mars/Olympus' }, 'timeZone: not a known time zone'],
    ['bad enum', { format: 'zoom' }, 'format: must be one of phone, video, onsite, panel, other'],
    ['bad kind', { kind: 'note' }, 'kind: must be "interview"'],
    ['too long', { company: 'x'.repeat(201) }, 'company: must be at most 200 characters'],
    ['list expected', { interviewers: {} }, 'interviewers: must be a list'],
    [
      'concern text type',
      { interviewers: [{ ...person, concerns: [{ id: 'c', text: 5 }] }] },
      'interviewers[0].concerns[0].text: must be a string',
    ],
    [
      'history note',
      {
        interviewers: [
          {
            ...person,
            history: [{ kind: 'thank-you', at: 'yesterday', channel: 'email', text: '' }],
          },
        ],
      },
      'interviewers[0].history[0].at: not a date-time',
    ],
    [
      'topic type',
      { interviewers: [{ ...person, topics: ['a', null] }] },
      'interviewers[0].topics[1]: must be a string',
    ],
    [
      'outcome',
      { outcome: { result: 'maybe', closedAt: '2026-05-01T00:00:00Z' } },
      'outcome.result: must be one of offer, rejection, no-answer, withdrew',
    ],
    ['rev', { rev: -1 }, 'rev: must be between 0 and 9007199254740991'],
    ['empty id', { id: '' }, 'id: must not be empty'],
    ['not an object', null, 'value: must be an object'],
    ['a list for an object', { outcome: [] }, 'outcome.result: is required'],
    ['not an integer', { rev: 1.5 }, 'rev: must be an integer'],
    [
      'missing in a list item',
      { interviewers: [{ ...person, name: undefined }] },
      'interviewers[0].name: is required',
    ],
  ])('%s', (_name, change, error) => {
    const input = change === null ? null : { ...sampleInterview(), ...change };
    const r = validateInterview(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain(error);
  });

  test('all errors are reported, with a path prefix', () => {
    const r = validateInterview({ ...sampleInterview(), company: 1, role: 2 }, 'interviews[2]');
    expect(r).toEqual({
      ok: false,
      errors: ['interviews[2].company: must be a string', 'interviews[2].role: must be a string'],
    });
  });

  test('markup in notes is kept as literal text', () => {
    const notes = '<img src=x onerror=alert(1)> {{firstName}}';
    const r = validateInterview({ ...sampleInterview(), notes });
    expect(r.ok && r.value.notes).toBe(notes);
  });
});

describe('other records', () => {
  test('template', () => {
    expect(validateTemplate(sampleTemplate()).ok).toBe(true);
    expect(validateTemplate({ ...sampleTemplate(), name: ' ' })).toEqual({
      ok: false,
      errors: ['name: must not be empty'],
    });
  });

  test.each([
    [
      { reminders: { enabled: true, nudgeHour: 24, quietStart: '21:00', quietEnd: '08:00' } },
      'reminders.nudgeHour: must be between 0 and 23',
    ],
    [
      { reminders: { enabled: true, nudgeHour: 17, quietStart: '9pm', quietEnd: '08:00' } },
      'reminders.quietStart: not a time (HH:MM)',
    ],
    [
      { rules: { length: { enabled: 'yes', thresholds: {} } } },
      'rules.length.enabled: must be true or false',
    ],
    [
      { rules: { length: { enabled: true, thresholds: { max: 'a' } } } },
      'rules.length.thresholds.max: must be a number',
    ],
  ])('settings %j', (change, error) => {
    const r = validateSettings({ ...defaultSettings(), ...change });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain(error);
  });

  // Added after v1 shipped: read without a migration, always present once read.
  test.each([
    ['absent (a record written before the setting)', undefined, { ok: 'gmail' }],
    ['null', null, { ok: 'gmail' }],
    ['gmail', 'gmail', { ok: 'gmail' }],
    ['outlook', 'outlook', { ok: 'outlook' }],
    ['another client', 'yahoo', { error: 'mailClient: must be one of gmail, outlook' }],
    ['a wrong type', 1, { error: 'mailClient: must be one of gmail, outlook' }],
  ])('settings mailClient %s', (_name, value, want) => {
    const { mailClient: _drop, ...older } = defaultSettings();
    const r = validateSettings(value === undefined ? older : { ...older, mailClient: value });
    if ('ok' in want) expect(r).toEqual({ ok: true, value: { ...older, mailClient: want.ok } });
    else expect(r).toEqual({ ok: false, errors: [want.error] });
  });

  test('validateRecord dispatches on kind', () => {
    expect(validateRecord(defaultSettings()).ok).toBe(true);
    expect(validateRecord(sampleTemplate()).ok).toBe(true);
    expect(validateRecord({ kind: 'x' })).toEqual({
      ok: false,
      errors: ['kind: must be one of interview, template, settings'],
    });
  });
});
