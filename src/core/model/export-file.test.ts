import { describe, expect, test } from 'vitest';
import { defaultSettings } from './defaults';
import { exportData, mergeImport, parseImport, type ExportData } from './export-file';
import { sampleInterview, sampleTemplate } from './fixtures.test-helpers';

const now = '2026-04-08T12:00:00.000Z';

describe('exportData / parseImport', () => {
  test('round trip', () => {
    const file = exportData([sampleInterview(), sampleTemplate(), defaultSettings(now)], now);
    expect(file).toMatchObject({ format: 'follow-through', version: 1, exportedAt: now });
    const parsed = parseImport(JSON.parse(JSON.stringify(file)));
    expect(parsed).toEqual({
      ok: true,
      data: { interviews: file.interviews, templates: file.templates, settings: file.settings },
    });
  });

  test('settings, history and outcomes travel in the file', () => {
    const sent = { kind: 'thank-you' as const, at: now, channel: 'email' as const, text: 'Thanks' };
    const iv = sampleInterview({
      outcome: { result: 'offer', lesson: 'Ask earlier.', closedAt: now },
    });
    iv.interviewers[0]!.history = [sent, { ...sent, kind: 'follow-up', text: 'Any news?' }];
    const settings = { ...defaultSettings(now), mailClient: 'outlook' as const };
    const parsed = parseImport(JSON.parse(JSON.stringify(exportData([iv, settings], now))));
    expect(parsed.ok && parsed.data.settings?.mailClient).toBe('outlook');
    expect(parsed.ok && parsed.data.interviews[0]?.outcome).toEqual(iv.outcome);
    expect(parsed.ok && parsed.data.interviews[0]?.interviewers[0]?.history).toEqual(
      iv.interviewers[0]!.history,
    );
  });

  test('a file from before the mail client setting imports as Gmail', () => {
    const { mailClient: _drop, ...older } = defaultSettings(now);
    const file = JSON.parse(JSON.stringify(exportData([older as never], now)));
    expect(file.settings).not.toHaveProperty('mailClient');
    const parsed = parseImport(file);
    expect(parsed.ok && parsed.data.settings?.mailClient).toBe('gmail');
  });

  test('fields a newer build added to a record travel through the file', () => {
    const file = JSON.parse(JSON.stringify(exportData([sampleInterview(), sampleTemplate()], now)));
    file.interviews[0].pinned = true;
    file.templates[0].tone = 'warm';
    const parsed = parseImport(file);
    expect(parsed.ok && parsed.data.interviews[0]).toMatchObject({ pinned: true });
    expect(parsed.ok && parsed.data.templates[0]).toMatchObject({ tone: 'warm' });
  });

  const good = () =>
    JSON.parse(JSON.stringify(exportData([sampleInterview(), sampleTemplate()], now)));

  test.each([
    ['not an object', () => [], ['file: not a Follow-Through export (expected an object)']],
    ['wrong format', () => ({ ...good(), format: 'other' }), ['format: must be "follow-through"']],
    [
      'newer version',
      () => ({ ...good(), version: 9 }),
      ['version: 9 comes from a newer Follow-Through; update to import it'],
    ],
    [
      'bad field names its path',
      () => {
        const f = good();
        f.interviews = [
          f.interviews[0],
          f.interviews[0],
          { ...f.interviews[0], id: 'x', when: 'soon' },
        ];
        f.interviews[1] = { ...f.interviews[1], id: 'y' };
        return f;
      },
      ['interviews[2].when: not a date-time'],
    ],
    ['list expected', () => ({ ...good(), templates: 'x' }), ['templates: must be a list']],
    [
      'duplicate ids',
      () => {
        const f = good();
        f.interviews.push(f.interviews[0]);
        return f;
      },
      ['interviews[1].id: duplicate id iv-1'],
    ],
    [
      'bad settings',
      () => ({ ...good(), settings: { userName: 5 } }),
      [
        'settings.userName: must be a string',
        'settings.signature: is required',
        'settings.rules: is required',
        'settings.reminders: is required',
      ],
    ],
  ])('%s', (_name, make, errors) => {
    const r = parseImport(make());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(expect.arrayContaining(errors));
  });

  test('a v0 file (hand-written shape) is migrated on import', () => {
    const r = parseImport({
      format: 'follow-through',
      version: 0,
      interviews: [
        {
          id: 'a',
          company: 'A',
          role: 'R',
          when: '2026-04-07T10:00:00Z',
          interviewers: [{ name: 'N', concerns: ['c'] }],
        },
      ],
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.interviews[0]!.interviewers[0]!.concerns[0]!.text).toBe('c');
  });
});

describe('mergeImport', () => {
  const a1 = sampleInterview({
    id: 'a',
    company: 'Old',
    rev: 5,
    updatedAt: '2026-04-01T00:00:00Z',
  });
  const a2 = sampleInterview({
    id: 'a',
    company: 'New',
    rev: 2,
    updatedAt: '2026-04-05T00:00:00Z',
  });
  const b = sampleInterview({ id: 'b' });
  const data = (interviews = [a1], extra: Partial<ExportData> = {}): ExportData => ({
    interviews,
    templates: [],
    settings: null,
    ...extra,
  });

  test('merge: newer wins with a revision above the current one, new ones are added', () => {
    const out = mergeImport(data([a1]), data([a2, b]), 'merge');
    expect(out.interviews.map((i) => [i.id, i.company, i.rev])).toEqual([
      ['a', 'New', 6],
      ['b', 'Fenwick & Rowe', 3],
    ]);
  });

  test('merge: older import changes nothing', () => {
    expect(mergeImport(data([a2]), data([a1]), 'merge').interviews).toEqual([a2]);
  });

  test('replace: only the file’s records remain', () => {
    const out = mergeImport(data([a1, b]), data([a2]), 'replace');
    expect(out.interviews.map((i) => [i.id, i.company, i.rev])).toEqual([['a', 'New', 6]]);
  });

  test('settings kept unless the file has newer ones', () => {
    const mine = defaultSettings('2026-04-05T00:00:00.000Z');
    const theirs = { ...defaultSettings('2026-04-01T00:00:00.000Z'), userName: 'X' };
    expect(
      mergeImport(data([], { settings: mine }), data([], { settings: theirs }), 'merge').settings,
    ).toBe(mine);
    expect(mergeImport(data([], { settings: mine }), data([]), 'replace').settings).toBe(mine);
  });

  test('inputs are not mutated', () => {
    const existing = data([a1]);
    const copy = structuredClone(existing);
    mergeImport(existing, data([a2]), 'merge');
    expect(existing).toEqual(copy);
  });
});
