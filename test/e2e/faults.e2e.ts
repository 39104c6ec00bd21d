/**
 * Storage faults where the real browser matters, in Chromium and Firefox: two popups and a
 * panel editing one interview at once while one popup is closed mid-word; a corrupt record
 * planted in real storage; an import of 5,000 interviews through the options page. Each case
 * checks that nothing typed is lost and that the page said what happened, and adds its
 * figures to `out/reliability/faults-<browser>.json` for `npm test`'s summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportData } from '../../src/core/model/export-file';
import { sampleInterview } from '../../src/core/model/fixtures.test-helpers';
import type { Interview } from '../../src/core/model/types';
import { BROWSERS, fixtureRoute, launch, until, type Session, type View } from './harness';
import { GLORIA_EMAIL, GMAIL, GMAIL_FIXTURE, composeUrl, seedData } from './panel-seed';
import { caretAfter } from './steps';

/** The slice of the extension API these page scripts use (no @types/chrome in the project). */
declare const chrome: {
  storage: {
    local: {
      get(keys: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
      getBytesInUse(keys: null): Promise<number>;
    };
  };
};

const BODY = '[role=dialog] [g_editable=true]';
const WEEKENDS = '#ft-concerns > li:nth-child(2)';
const KEY = 'interview:e2e-fenwick';

interface CaseFigures {
  name: string;
  said: string;
  retried?: number;
  setAside: number;
  lost: number;
  ms?: number;
}

/** The raw stored values, read from an extension page (the only place allowed to). */
async function storage(session: Session, key: string | null = null) {
  const options = await session.openOptions();
  const all = await options.evaluate((k: string | null) => chrome.storage.local.get(k), key);
  await options.close();
  return all;
}

const fieldValue = (view: View, selector: string) =>
  view.evaluate(
    (s: string) => (document.querySelector(s) as HTMLInputElement | null)?.value ?? null,
    selector,
  );

/** A popup showing the seeded interview's editor (it may reopen there by itself). */
async function popupOnInterview(session: Session): Promise<View> {
  const popup = await session.openPopup();
  await popup.waitFor('#f-notes, .interview-row');
  if ((await fieldValue(popup, '#f-notes')) === null) {
    await popup.click('.interview-row');
    await popup.waitFor('#f-notes');
  }
  return popup;
}

describe.each(BROWSERS)('%s: storage faults', (name) => {
  let session: Session;
  const figures: CaseFigures[] = [];
  beforeAll(async () => {
    session = await launch(name);
    session.route(fixtureRoute(GMAIL, GMAIL_FIXTURE));
    await session.seed(seedData());
  });
  afterAll(async () => {
    await session?.close();
    const out = resolve(import.meta.dirname, '../../out/reliability');
    mkdirSync(out, { recursive: true });
    writeFileSync(resolve(out, `faults-${name}.json`), JSON.stringify({ cases: figures }, null, 2));
  });

  test('two popups and a panel edit one interview at once; one popup is closed mid-word', async () => {
    const page = await session.open(composeUrl(GLORIA_EMAIL));
    const panel = await session.panel(page);
    await panel.waitForText('.pick-who', 'Gloria Benavides');
    await caretAfter(page, BODY, '');
    await page.type(BODY, 'Dear Gloria, thank you for the tour of the store today.');
    // Missing or not sure (the concern model may still be loading): either offers the call.
    await panel.waitFor(`${WEEKENDS} [data-call="answered"]`, { timeout: 30_000 });

    const first = await popupOnInterview(session);
    const second = await popupOnInterview(session);
    // As a person switching windows: Chromium pauses animation frames in a hidden tab, and
    // puppeteer waits for elements through them.
    const front = async (view: View) => {
      if (name === 'chromium') await session.chromiumPage(view).bringToFront();
      return view;
    };
    await (await front(first)).type('#f-notes', 'Ask about the holiday ');
    await (await front(second)).type('#f-role', ', Midtown');
    await front(page);
    await panel.click(`${WEEKENDS} [data-call="answered"]`);
    await (await front(first)).type('#f-notes', 'roster and the POS rol');
    // Mid-word, no pause for the autosave's next slot.
    await first.close();
    await (await front(second)).type('#f-role', ' store');
    await front(page);
    await panel.waitForText(WEEKENDS, 'You marked it answered.');
    await front(second);

    const notes = 'Ask about the holiday roster and the POS rol';
    const role = 'Store Manager, Midtown store';
    // The other popup follows storage: the closed popup's words show there without a reload.
    await until(async () => (await fieldValue(second, '#f-notes')) === notes, 'notes in popup 2');
    const stored = (await until(async () => {
      const record = (await storage(session, KEY))[KEY] as Interview | undefined;
      return record?.notes === notes && record.role === role ? record : null;
    }, 'all three edits stored')) as Interview;
    const weekends = stored.interviewers[0]!.concerns.find((c) => c.id === 'weekends')!;
    expect(weekends.answeredIn).toEqual({ 'thank-you': true });
    expect(await fieldValue(second, '#f-role')).toBe(role);
    await second.close();

    const reopened = await popupOnInterview(session);
    expect(await fieldValue(reopened, '#f-notes')).toBe(notes);
    expect(await fieldValue(reopened, '#f-role')).toBe(role);
    await reopened.close();
    await page.close();
    figures.push({
      name: 'two popups and a panel at once, one closed mid-word',
      said: 'nothing to say: every edit kept and shown in the other popup',
      setAside: 0,
      lost: 0,
    });
  });

  // Chromium's storage.local holds 10 MB without the unlimitedStorage permission, which the
  // extension does not ask for; Firefox sets no such quota, so there is nothing to fill.
  test.runIf(name === 'chromium')(
    "real quota exceeded mid-edit: the popup says so, keeps typing, and saves once there's room",
    async () => {
      const options = await session.openOptions();
      // Fill storage to within a few bytes of the quota with a key the extension never reads
      // (the quota counts each key and its JSON value), so the next keystroke's write fails.
      await options.evaluate(async () => {
        const room = 10 * 1024 * 1024 - (await chrome.storage.local.getBytesInUse(null));
        await chrome.storage.local.set({
          'e2e-ballast': 'x'.repeat(room - 'e2e-ballast'.length - 2 - 4),
        });
      });
      const popup = await popupOnInterview(session);
      const page = session.chromiumPage(popup);
      await page.bringToFront();
      let failures = 0;
      page.on('console', (message) => {
        if (message.text().includes('write failed')) failures++;
      });
      const before = (await fieldValue(popup, '#f-notes')) ?? '';
      await popup.type('#f-notes', ' Bring the staffing plan.');
      await popup.waitForText('[role=alert]', "Follow-Through's storage is full");
      const said = await popup.text('[role=alert]');
      // Still typing while it is full: nothing is refused on screen.
      await popup.type('#f-notes', ' And the rota.');
      const typed = `${before} Bring the staffing plan. And the rota.`;
      expect(await fieldValue(popup, '#f-notes')).toBe(typed);

      // Room again (as after deleting old interviews): the retry lands by itself.
      await options.evaluate(() => chrome.storage.local.remove('e2e-ballast'));
      await popup.waitFor('[role=alert]', { gone: true, timeout: 60_000 });
      await popup.waitForText('.status-line', 'All changes saved', 30_000);
      const stored = (await storage(session, KEY))[KEY] as Interview;
      expect(stored.notes).toBe(typed);
      await options.close();
      await popup.close();
      expect(failures).toBeGreaterThan(0);
      figures.push({
        name: 'real quota exceeded mid-edit',
        said,
        retried: failures,
        setAside: 0,
        lost: 0,
      });
    },
  );

  test('a corrupt record in real storage is set aside and a popup opened later says so', async () => {
    const broken = { kind: 'interview', id: 'mangled', company: 42, notes: 'half a record' };
    const options = await session.openOptions();
    await options.evaluate((raw) => chrome.storage.local.set({ 'interview:mangled': raw }), broken);
    await options.close();

    const popup = await session.openPopup();
    // The options page that was open when it arrived set it aside; the popup, opened after,
    // still says so.
    await popup.waitForText('#set-aside-notice', "One saved item couldn't be read");
    const said = await popup.text('#set-aside-notice');
    const all = await until(async () => {
      const now = await storage(session);
      return 'interview:mangled' in now ? null : now;
    }, 'the record moved aside');
    const aside = Object.keys(all).filter((k) => k.startsWith('corrupt:interview:mangled:'));
    expect(aside).toHaveLength(1);
    expect(all[aside[0]!]).toEqual(broken);
    // The good interview is still there and still opens.
    expect(all[KEY]).toMatchObject({ id: 'e2e-fenwick' });
    await popup.close();
    figures.push({ name: 'a corrupt record', said, setAside: aside.length, lost: 0 });
  });

  test('an import of 5,000 interviews through the options page: all stored, all listed', async () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      sampleInterview({
        id: `bulk-${String(i).padStart(4, '0')}`,
        company: `Company ${i}`,
        notes: `note ${i}`,
        rev: 0,
      }),
    );
    const text = JSON.stringify(exportData(many));
    const options = await session.openOptions();
    await options.waitFor('#import-file');
    const started = Date.now();
    await options.evaluate((content: string) => {
      const input = document.querySelector('#import-file') as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'many.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, text);
    await options.waitForText('#import-counts', 'interviews: 5000', 60_000);
    await options.click('#import-run');
    await options.waitForText('.data-message', 'interviews: 5000', 60_000);
    const ms = Date.now() - started;
    const said = await options.text('.data-message');
    await options.close();

    const all = await storage(session);
    const notes = new Set(
      Object.entries(all)
        .filter(([k]) => k.startsWith('interview:bulk-'))
        .map(([, v]) => (v as Interview).notes),
    );
    const lost = many.filter((iv) => !notes.has(iv.notes)).length;
    expect(lost).toBe(0);
    // The merge kept what was there before the import.
    expect(all[KEY]).toMatchObject({ id: 'e2e-fenwick' });

    const popup = await session.openPopup();
    await popup.waitFor('.interview-row, #f-notes', { timeout: 60_000 });
    if ((await fieldValue(popup, '#f-notes')) !== null) await popup.click('.editor-head button');
    await until(
      async () =>
        (await popup.evaluate(() => document.querySelectorAll('.interview-row').length)) >= 5001,
      'all 5,001 interviews listed',
      60_000,
    );
    await popup.close();
    figures.push({ name: 'import of 5,000 interviews', said, setAside: 0, lost, ms });
  }, 300_000);
});
