/**
 * The DOM-drift variants: every host fixture that exists when the suite runs, each mutated a few
 * times by `mutatePage` with its own seed and operations, written to `out/drift/` and served at
 * a URL that opens a compose in it the way the fixture's page script expects.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DRIFT_OPS, mutatePage, type DriftOp, type DriftPlan } from './drift-mutate';

const ROOT = resolve(import.meta.dirname, '../..');
export const DRIFT_OUT = 'out/drift';

export interface Variant {
  index: number;
  host: 'gmail' | 'outlook';
  fixture: string;
  plan: DriftPlan;
  url: string;
  /** The mutated page, relative to the repository root (what a harness route serves). */
  file: string;
  /**
   * The control a person clicks to open the compose in a window of its own, when the page opens
   * it that way (Outlook's pop-out renders into an about:blank window): the variant is judged
   * in that window.
   */
  opener?: string;
}

/** Every `.html` fixture of both hosts, read from disk now (others may add or change them). */
export function hostFixtures(): { host: 'gmail' | 'outlook'; fixture: string }[] {
  return (['gmail', 'outlook'] as const).flatMap((host) =>
    readdirSync(join(ROOT, 'test/fixtures', host))
      .filter((name) => name.endsWith('.html'))
      .sort()
      .map((name) => ({ host, fixture: `test/fixtures/${host}/${name}` })),
  );
}

/** Markup outside <template>: what the page shows before its script opens anything. */
const shown = (html: string): string => html.replace(/<template[\s\S]*?<\/template>/g, '');

/** Whether the page shows a compose editor at load (attributes in a tag, not in a style sheet). */
const composeShown = (page: string): boolean =>
  /<[^>]*\s(g_editable|aria-multiline="true")/.test(page);

/**
 * The pop-out button of a page that opens its compose only in a window of its own (no compose
 * on the page, its form in a template), else undefined.
 */
export function openerFor(fixture: string): string | undefined {
  const page = shown(readFileSync(join(ROOT, fixture), 'utf8'));
  const popout = /<[^>]*\sdata-fixture="popout"/.test(page);
  return popout && !composeShown(page) ? '[data-fixture=popout]' : undefined;
}

/**
 * Where to serve a fixture so a compose is open at load: the page scripts open one from the
 * URL (Gmail's `#inbox?compose=new`, Outlook's deeplink), show a thread's static reply from
 * `#inbox/thread-1`, or render a reply late from `?open=reply`; pop-outs and the standalone
 * compose are recognised by their path and query. A page that opens its compose only in a
 * window of its own is served as a conversation (`openerFor` says what to click). `n` keeps
 * each variant at its own URL.
 */
export function urlFor(host: 'gmail' | 'outlook', fixture: string, n: number, to: string): string {
  const html = readFileSync(join(ROOT, fixture), 'utf8');
  const page = shown(html);
  const hasCompose = composeShown(page);
  const hasThread = /<[^>]*\sclass="thread\b/.test(page);
  const address = encodeURIComponent(to);
  if (host === 'gmail') {
    const base = `https://mail.google.com/mail/u/${n}/`;
    if (/popout/.test(fixture)) return `${base}popout?ver=1#cmid%3D1`;
    if (/standalone/.test(fixture)) return `${base}?view=cm&fs=1&to=${address}&su=Thanks`;
    if (hasThread) return `${base}#inbox/thread-1${hasCompose ? '' : '?open=reply'}`;
    if (hasCompose) return `${base}#inbox`;
    return `${base}#inbox?compose=new&to=${address}&su=Thanks`;
  }
  const base = `https://outlook.office.com/mail/${n}/`;
  if (openerFor(fixture)) return `${base}inbox/id/AAQkADAwATM0MDAAMS1hNzVk`;
  if (/<[^>]*\sdata-app-section="Form_Content"/.test(page))
    return `${base}deeplink/compose/AAQkADAwATM0MDAAMS1hNzVk?popoutv2=1`;
  if (hasCompose) return `${base}inbox/id/AAQkADAwATM0MDAAMS1hNzVk`;
  return `${base}deeplink/compose?to=${address}&subject=Thanks`;
}

/**
 * At least `minimum` variants spread evenly over the fixtures. Each variant's first operation
 * walks the list in turn, so every operation meets every kind of page; one or two more are
 * drawn from its seed.
 */
export function driftVariants(to: string, minimum = 104): Variant[] {
  const fixtures = hostFixtures();
  const perFixture = Math.max(1, Math.ceil(minimum / fixtures.length));
  const variants: Variant[] = [];
  fixtures.forEach(({ host, fixture }, f) => {
    for (let i = 0; i < perFixture; i++) {
      const index = variants.length;
      const seed = 0x5eed0000 + index * 7919;
      const ops: DriftOp[] = [DRIFT_OPS[(f * perFixture + i) % DRIFT_OPS.length]!];
      const extra = 1 + (seed % 2);
      for (let k = 1; k <= extra; k++) {
        const op = DRIFT_OPS[(seed >>> (k * 4)) % DRIFT_OPS.length]!;
        if (!ops.includes(op)) ops.push(op);
      }
      variants.push({
        index,
        host,
        fixture,
        plan: { seed, ops },
        url: urlFor(host, fixture, index + 1, to),
        file: `${DRIFT_OUT}/variant-${index}.html`,
        opener: openerFor(fixture),
      });
    }
  });
  return variants;
}

/**
 * The fixture with the generator appended after its page script, under the fixture's CSP nonce
 * (both hosts' CSPs allow only nonce'd scripts). It runs while the page is still parsing, so
 * before the content script's `document_idle`.
 */
export function writeVariant(variant: Variant): void {
  const html = readFileSync(join(ROOT, variant.fixture), 'utf8');
  // esbuild's keepNames (tsx) wraps inner functions in `__name(…)`: give the page a no-op one.
  const script =
    `<script nonce="fixture">var __name = (f) => f; window.__drift = (${mutatePage.toString()})(` +
    `${JSON.stringify(variant.plan)});</script>`;
  const at = html.lastIndexOf('</body>');
  if (at < 0) throw new Error(`${variant.fixture} has no </body>`);
  mkdirSync(join(ROOT, DRIFT_OUT), { recursive: true });
  writeFileSync(join(ROOT, variant.file), html.slice(0, at) + script + html.slice(at));
}
