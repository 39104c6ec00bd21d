/**
 * `npm test`: every gate in order — types, lint, format, unit tests, the build, the checks on
 * the built extension, `web-ext lint`, and the end-to-end tests in Chromium and Firefox — and a
 * last line `N passed, N failed`. Each vitest test counts as one; every other gate counts as one.
 * A failing gate does not stop the later ones, so one run shows everything that is wrong.
 *
 * `npm test -- --only unit,e2e` runs a subset (names as in STEPS); `--browser firefox` (or
 * chromium) drives one browser in the e2e step. `npm run test:unit` and `npm run test:e2e` name
 * the two subsets maintainers run most.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'out/test';
const bin = (name: string): string => join('node_modules/.bin', name);

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  /** e2e only: passed tests per browser, read from the describe titles. */
  byBrowser?: Record<string, number>;
  /** Passed only on their retry (vitest keeps the first attempt's failure on them). */
  retried?: string[];
}

interface Step {
  name: string;
  run(): Tally;
}

function exec(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function gate(name: string, command: string, args: string[]): Step {
  return {
    name,
    run: () =>
      exec(command, args) === 0
        ? { passed: 1, failed: 0, skipped: 0 }
        : { passed: 0, failed: 1, skipped: 0 },
  };
}

interface VitestJson {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: {
      status: string;
      ancestorTitles: string[];
      fullName: string;
      failureMessages?: string[];
    }[];
  }[];
}

/** A vitest project; each test is one in the tally, a file that fails to load is one failure. */
function vitest(name: string, project: string): Step {
  return {
    name,
    run() {
      const report = join(OUT, `${project}.json`);
      rmSync(report, { force: true });
      const code = exec(bin('vitest'), [
        'run',
        '--project',
        project,
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ]);
      if (!existsSync(report)) return { passed: 0, failed: 1, skipped: 0 };
      const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
      const tally: Tally = { passed: 0, failed: 0, skipped: 0, byBrowser: {} };
      for (const file of json.testResults) {
        if (!file.assertionResults.length && file.status === 'failed') tally.failed++;
        for (const test of file.assertionResults) {
          if (test.status === 'passed') {
            tally.passed++;
            if (test.failureMessages?.length) (tally.retried ??= []).push(test.fullName);
            const browser = /^(chromium|firefox)\b/.exec(test.ancestorTitles[0] ?? '')?.[1];
            if (browser) tally.byBrowser![browser] = (tally.byBrowser![browser] ?? 0) + 1;
          } else if (test.status === 'failed') tally.failed++;
          else tally.skipped++;
        }
      }
      // A crash outside any test (a hook, an unhandled error) fails the run without a failed test.
      if (code !== 0 && tally.failed === 0) tally.failed++;
      return tally;
    },
  };
}

/** web-ext lint on the Firefox build: any error fails, warnings are printed. */
const webExtLint: Step = {
  name: 'web-ext lint',
  run() {
    const result = spawnSync(
      bin('web-ext'),
      ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'],
      {
        encoding: 'utf8',
      },
    );
    try {
      const report = JSON.parse(result.stdout) as {
        errors: { code: string; message: string; file?: string }[];
        warnings: { code: string; message: string; file?: string }[];
      };
      for (const warning of report.warnings)
        console.log(`  warning ${warning.code}: ${warning.message} ${warning.file ?? ''}`);
      for (const error of report.errors)
        console.log(`  ERROR ${error.code}: ${error.message} ${error.file ?? ''}`);
      console.log(
        `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings`,
      );
      return report.errors.length
        ? { passed: 0, failed: 1, skipped: 0 }
        : { passed: 1, failed: 0, skipped: 0 };
    } catch {
      console.log(result.stdout, result.stderr);
      return { passed: 0, failed: 1, skipped: 0 };
    }
  },
};

/** Where the reliability suites leave their figures (see test/e2e/faults.e2e.ts). */
const RELIABILITY = 'out/reliability';

interface FaultCase {
  name: string;
  lost: number;
  retried?: number;
  setAside: number;
}

/** One line from the storage-fault figures the unit and e2e suites wrote in this run. */
function faultsLine(): string | null {
  const sources = ['unit', 'chromium', 'firefox']
    .map((source) => [source, join(RELIABILITY, `faults-${source}.json`)] as const)
    .filter(([, file]) => existsSync(file))
    .map(([source, file]) => {
      const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: FaultCase[] };
      return { source, cases };
    });
  if (!sources.length) return null;
  const all = sources.flatMap((s) => s.cases);
  const sum = (pick: (c: FaultCase) => number) => all.reduce((n, c) => n + pick(c), 0);
  const survived = all.filter((c) => c.lost === 0).length;
  const per = sources.map((s) => `${s.source} ${s.cases.length}`).join(', ');
  return (
    `faults: ${survived} survived, ${sum((c) => c.lost)} items lost (${per}); ` +
    `writes retried ${sum((c) => c.retried ?? 0)}, records set aside ${sum((c) => c.setAside)}`
  );
}

/** Lines the long-session suite wrote, one per measurement (test/e2e/long-session.e2e.ts). */
function longSessionLines(): string[] {
  if (!existsSync(RELIABILITY)) return [];
  return readdirSync(RELIABILITY)
    .filter((file) => /^long-session-.*\.json$/.test(file))
    .sort()
    .map(
      (file) =>
        (JSON.parse(readFileSync(join(RELIABILITY, file), 'utf8')) as { line: string }).line,
    );
}

/** The hostile-text suite's line per browser (test/e2e/hostile-text.e2e.ts); ✗ when anything ran. */
function hostileLines(): string[] {
  if (!existsSync(RELIABILITY)) return [];
  return readdirSync(RELIABILITY)
    .filter((file) => /^hostile-.*\.json$/.test(file))
    .sort()
    .map((file) => {
      const figures = JSON.parse(readFileSync(join(RELIABILITY, file), 'utf8')) as {
        line: string;
        executed: number;
        dialogs: number;
        elements: number;
      };
      const clean = !figures.executed && !figures.dialogs && !figures.elements;
      return `${clean ? '✓' : '✗'} ${figures.line}`;
    });
}

/**
 * The reliability figures the end-to-end suites leave in `out/`: DOM drift per browser
 * (dom-drift.e2e.ts) and the requests the extension tried to make (counted by test/e2e/setup.ts
 * from the harness's refusals). Nothing is printed for a figure whose suite did not run.
 */
function reliabilityLines(): string[] {
  const lines: string[] = [];
  for (const browser of ['chromium', 'firefox']) {
    const file = `out/drift-${browser}.json`;
    if (!existsSync(file)) continue;
    const d = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    lines.push(
      `drift (${browser}): ${d.variants} variants, ${d.kept} kept full function, ${d.fellBack} fell back, ${d.broke} broke`,
    );
  }
  if (existsSync(REQUESTS)) {
    const counts: Record<string, number> = {};
    for (const line of readFileSync(REQUESTS, 'utf8').split('\n').filter(Boolean)) {
      const { browser, requests } = JSON.parse(line) as { browser: string; requests: number };
      counts[browser] = (counts[browser] ?? 0) + requests;
    }
    for (const [browser, n] of Object.entries(counts))
      lines.push(`network (${browser}): ${n} requests from the extension`);
  }
  return lines;
}

const REQUESTS = 'out/e2e-requests.jsonl';
/** Figures from an earlier run must not pass for this one's. */
const FIGURES = [REQUESTS, 'out/drift-chromium.json', 'out/drift-firefox.json'];

const STEPS: Step[] = [
  gate('types', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']),
  gate('lint', bin('eslint'), ['-c', 'test/eslint.config.js', '--max-warnings=0', '.']),
  gate('format', bin('prettier'), ['--check', '--log-level=warn', '.']),
  vitest('unit', 'unit'),
  gate('build', bin('tsx'), ['test/tools/build.ts']),
  vitest('dist', 'dist'),
  webExtLint,
  vitest('e2e', 'e2e'),
];

/** Where the page-world attack suites (test/e2e/attack-kit.ts) write what they tried. */
const ATTACKS = 'out/attacks';

/** One line per browser: "chromium: N page attacks, M succeeded" (the goal is 0). */
function attackLines(): string[] {
  if (!existsSync(ATTACKS)) return [];
  const sums = new Map<string, { tried: number; succeeded: number }>();
  for (const file of readdirSync(ATTACKS)) {
    const browser = /-(chromium|firefox)\.json$/.exec(file)?.[1];
    if (!browser) continue;
    const tally = JSON.parse(readFileSync(join(ATTACKS, file), 'utf8')) as {
      tried: string[];
      succeeded: string[];
    };
    const sum = sums.get(browser) ?? { tried: 0, succeeded: 0 };
    sum.tried += tally.tried.length;
    sum.succeeded += tally.succeeded.length;
    sums.set(browser, sum);
  }
  return [...sums].map(
    ([browser, { tried, succeeded }]) =>
      `${succeeded ? '✗' : '✓'} ${browser}: ${tried} page attacks, ${succeeded} succeeded`,
  );
}

/** The value after `--name` on the command line, or undefined when the flag is absent. */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : (process.argv[at + 1] ?? '');
}

function main(): number {
  const browser = option('browser');
  if (browser !== undefined && !['chromium', 'firefox'].includes(browser)) {
    console.error(`--browser ${browser}: use chromium or firefox`);
    return 2;
  }
  if (browser) process.env.FT_BROWSER = browser;
  mkdirSync(OUT, { recursive: true });
  // Figures from an earlier run must not pass for this one's.
  rmSync(RELIABILITY, { recursive: true, force: true });
  const only = option('only')?.split(',') ?? null;
  const results: [string, Tally][] = [];
  // Figures from an earlier run must not be printed as this run's.
  if (!only || only.includes('e2e')) {
    rmSync(ATTACKS, { recursive: true, force: true });
    for (const file of FIGURES) rmSync(file, { force: true });
  }
  for (const step of STEPS) {
    if (only && !only.includes(step.name)) continue;
    console.log(`\n━━ ${step.name} ━━`);
    const tally = step.run();
    results.push([step.name, tally]);
  }
  console.log('\n━━ summary ━━');
  let passed = 0;
  let failed = 0;
  for (const [name, tally] of results) {
    passed += tally.passed;
    failed += tally.failed;
    const browsers =
      tally.byBrowser && Object.keys(tally.byBrowser).length
        ? ` (${Object.entries(tally.byBrowser)
            .map(([b, n]) => `${b} ${n}`)
            .join(', ')})`
        : '';
    const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
    const retried = tally.retried?.length ? `, ${tally.retried.length} passed only on retry` : '';
    console.log(
      `${tally.failed ? '✗' : '✓'} ${name}: ${tally.passed} passed, ${tally.failed} failed${skipped}${retried}${browsers}`,
    );
    for (const test of tally.retried ?? []) console.log(`    retried: ${test}`);
  }
  const reliability = [
    faultsLine(),
    ...longSessionLines(),
    ...attackLines(),
    ...hostileLines(),
    ...reliabilityLines(),
  ].filter(Boolean);
  if (reliability.length)
    console.log(`\nreliability\n${reliability.map((l) => `  ${l}`).join('\n')}`);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

process.exit(main());
