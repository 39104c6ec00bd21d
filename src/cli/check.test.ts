import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { concernOutput } from './check';

const script = fileURLToPath(new URL('./check.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'check-cli-'));

function run(name: string, content: unknown) {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, file], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const gloria = {
  name: 'Gloria Benavides',
  title: 'District Manager',
  email: 'gbenavides@fenwickrowe.example',
  concerns: ['only managed 6 ppl, this store has 40+', 'weekend availability'],
  topics: ['holiday staffing plan', 'new POS rollout'],
};
const marcus = { name: 'Marcus Webb', concerns: ['shrink at my last store?'], topics: [] };

function makeCase(id: string, draft: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    interview: {
      company: 'Fenwick & Rowe',
      role: 'Store Manager',
      when: '2026-04-07T10:00:00-04:00',
      decisionBy: '2026-04-17',
      interviewers: [gloria, marcus],
    },
    to: 0,
    draft,
    ...extra,
  };
}

const draft = `Dear Glora,

Thank you for meeting with me this morning and for walking me through the holiday staffing plan. I am excited about the Store Manager role.

I am free every Saturday and Sunday, so weekend shifts are no problem.

I look forward to hearing from you.

Best regards,
Dana

On Tue, Apr 7, 2026 Gloria Benavides <gbenavides@fenwickrowe.example> wrote:
> Thanks for coming in. [Company] TODO`;

// Each test starts a process that loads the concern model (5 MB of word vectors): seconds on a
// busy two-core machine, so these get more than the default five.
describe('check CLI', { timeout: 30_000 }, () => {
  test('prints one object per case, in order, with the contract fields', () => {
    const { code, stdout, stderr } = run('two.json', [
      makeCase('a', draft),
      makeCase('b', draft.replace('Glora', 'Marcus'), { to: 0 }),
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.map((o: { id: string }) => o.id)).toEqual(['a', 'b']);
    const [a, b] = out;
    expect(Object.keys(a).sort()).toEqual(
      ['concerns', 'due', 'findings', 'greeting', 'id', 'words'].sort(),
    );
    expect(a.greeting).toBe('misspelled');
    expect(b.greeting).toBe('wrong-person');
    expect(a.concerns).toHaveLength(2);
    expect(Object.keys(a.concerns[0]).sort()).toEqual(['addressed', 'evidence', 'sure']);
    expect(typeof a.concerns[0].sure).toBe('boolean');
    expect(a.findings[0]).toEqual({
      rule: 'greeting',
      severity: 'error',
      message: "Greeting says 'Glora'; the saved spelling is 'Gloria'.",
    });
    // The quoted message is not the user's text: no placeholder finding, not counted.
    expect(a.findings.some((f: { rule: string }) => f.rule === 'leftovers')).toBe(false);
    expect(a.words).toBeLessThan(60);
    expect(a.due).toEqual({
      thankYouBy: '2026-04-08T14:00:00.000Z',
      followUpOn: '2026-04-20T13:00:00.000Z',
    });
    // Without "now", the timing rule runs at interview + 2 h: reproducible output.
    expect(a.findings).toContainEqual({
      rule: 'timing',
      severity: 'info',
      message: '22 h left in the 24-hour window.',
    });
  });

  test('a single case object works, and "now" sets the clock', () => {
    const { code, stdout } = run(
      'one.json',
      makeCase('late', draft, { now: '2026-04-09T12:00:00Z' }),
    );
    expect(code).toBe(0);
    const [out] = JSON.parse(stdout);
    expect(out.findings.find((f: { rule: string }) => f.rule === 'timing').severity).toBe(
      'warning',
    );
  });

  test('a malformed case is named on stderr; the others are still checked', () => {
    const bad = makeCase('broken', draft) as Record<string, unknown>;
    delete bad.draft;
    const noId = makeCase('', draft, { now: 'yesterday' }) as Record<string, unknown>;
    delete noId.id;
    const { code, stdout, stderr } = run('mixed.json', [
      makeCase('first', draft),
      bad,
      noId,
      makeCase('last', draft),
    ]);
    expect(code).not.toBe(0);
    expect(JSON.parse(stdout).map((o: { id: string }) => o.id)).toEqual(['first', 'last']);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^broken: .*draft/);
    expect(lines[1]).toMatch(/^case #3: .*id/);
  });

  test('a bad "now" is a malformed case', () => {
    const { code, stderr } = run('now.json', [makeCase('clock', draft, { now: 'soon' })]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/^clock: now/);
  });

  test.each([
    ['not JSON', '{ "id": '],
    ['a number', '42'],
    ['null', 'null'],
  ])('a file that is %s fails with a message', (_what, content) => {
    const { code, stdout, stderr } = run('bad.json', content);
    expect(code).not.toBe(0);
    expect(code).not.toBe(null);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad\.json/);
  });
});

describe('concernOutput', () => {
  test('a "not sure" verdict keeps its best guess and says it is not sure', () => {
    expect(
      concernOutput({
        concernId: 'c1',
        addressed: true,
        evidence: 'I drove a forklift for two years.',
        confidence: 0.58,
        sure: false,
      }),
    ).toEqual({ addressed: true, sure: false, evidence: 'I drove a forklift for two years.' });
  });

  test('a sure miss says so', () => {
    expect(
      concernOutput({
        concernId: 'c2',
        addressed: false,
        evidence: null,
        confidence: 0.95,
        sure: true,
      }),
    ).toEqual({ addressed: false, sure: true, evidence: null });
  });
});
