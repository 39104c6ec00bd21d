/**
 * The options page with the user's data: export, delete everything, import the file back and
 * get identical data; a corrupt file is refused with a message and changes nothing; two
 * popups editing one interview at once keep both edits. axe-core finds nothing on the page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoData } from '../tools/demo-data';
import { axeViolations } from './axe';
import { BROWSERS, launch, type Session, type View } from './harness';

declare global {
  interface Window {
    __exports?: { name: string; text: string }[];
  }
}

/** Catches the export's Blob and file name instead of letting the browser save it. */
function captureDownloads(view: View): Promise<void> {
  return view.evaluate(() => {
    window.__exports = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = create(blob);
      if (blob instanceof Blob) blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob)
        void blob.text().then((text) => window.__exports!.push({ name: this.download, text }));
    };
  });
}

async function exportNow(view: View, count: number): Promise<{ name: string; text: string }> {
  await view.click('#export');
  for (let i = 0; i < 200; i++) {
    const got = await view.evaluate((n: number) => window.__exports?.[n - 1] ?? null, count);
    if (got) return got;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('no export captured');
}

function chooseFile(view: View, text: string, name = 'follow-through.json'): Promise<void> {
  return view.evaluate(
    (content: string, fileName: string) => {
      const input = document.querySelector('#import-file') as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    text,
    name,
  );
}

/** The records, without the moment of export. */
function records(text: string): unknown {
  const { exportedAt: _, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return rest;
}

async function openInterview(popup: View, company: string): Promise<void> {
  await popup.waitFor('#f-company, .interview-row');
  const inEditor = await popup.evaluate(
    (c: string) => (document.querySelector('#f-company') as HTMLInputElement | null)?.value === c,
    company,
  );
  if (inEditor) return;
  if (await popup.evaluate(() => document.querySelector('#f-company') !== null)) {
    await popup.click('.editor-head button');
  }
  await popup.waitFor('.interview-row');
  await popup.evaluate((c: string) => {
    const row = [...document.querySelectorAll<HTMLButtonElement>('.interview-row')].find((b) =>
      (b.textContent ?? '').includes(c),
    );
    row?.click();
  }, company);
  await popup.waitFor('#f-company');
}

const valueOf = (view: View, selector: string) =>
  view.evaluate(
    (s: string) => (document.querySelector(s) as HTMLInputElement | null)?.value ?? '',
    selector,
  );

describe.each(BROWSERS)('%s: options page and data', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
    await session.seed(demoData(new Date()) as never);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('export, delete everything, import: the data is identical; a bad file changes nothing', async () => {
    const options = await session.openOptions();
    await options.waitForText('#user-name-hint', 'myName');
    expect(await valueOf(options, '#user-name')).toBe('Maya Okafor');
    expect(await axeViolations(options)).toEqual([]);
    await captureDownloads(options);

    const first = await exportNow(options, 1);
    expect(first.name).toMatch(/^follow-through-\d{4}-\d{2}-\d{2}\.json$/);
    const before = records(first.text) as { interviews: unknown[] };
    expect(before.interviews).toHaveLength(8);

    await options.click('#delete-all');
    await options.click('#delete-yes');
    await options.waitForText('.data-message', 'Everything was deleted');
    expect(await valueOf(options, '#user-name')).toBe('');
    const empty = records((await exportNow(options, 2)).text) as { interviews: unknown[] };
    expect(empty.interviews).toHaveLength(0);

    await chooseFile(options, first.text);
    await options.waitForText('#import-counts', 'interviews: 8');
    await options.click('#import-replace');
    await options.click('#import-run');
    await options.waitForText('.data-message', 'interviews: 8');
    await options.waitForText('#user-name-hint', 'myName');
    expect(await valueOf(options, '#user-name')).toBe('Maya Okafor');
    const restored = await exportNow(options, 3);
    expect(records(restored.text)).toEqual(before);

    // Not JSON at all.
    await chooseFile(options, '{"format": "follow-through", "interviews": [', 'broken.json');
    await options.waitForText('[role=alert]', "can't be imported");
    await options.waitForText('.import-errors', 'JSON');
    // JSON, but a record with a wrong field: the error names it.
    const bad = JSON.parse(first.text) as { interviews: Record<string, unknown>[] };
    bad.interviews[1] = { ...bad.interviews[1], when: 'next Tuesday' };
    await chooseFile(options, JSON.stringify(bad), 'edited.json');
    await options.waitForText('.import-errors', 'interviews[1].when');
    expect(await options.evaluate(() => document.querySelector('#import-run'))).toBeNull();
    expect(records((await exportNow(options, 4)).text)).toEqual(before);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  test('two popups edit one interview at once: both edits are kept', async () => {
    const a = await session.openPopup();
    await openInterview(a, 'Fenwick & Rowe');
    const b = await session.openPopup();
    await openInterview(b, 'Fenwick & Rowe');

    // At once where the browser allows it (Marionette serialises the two on Firefox).
    await Promise.all([
      a.type('#f-role', ' (flagship)'),
      b.type('#f-notes', 'Bring the staffing plan.'),
    ]);
    await a.waitForText('.status-line', 'saved');
    await b.waitForText('.status-line', 'saved');
    // Each page shows the other's edit without a reload.
    await a.waitFor('#f-notes');
    for (let i = 0; i < 100 && (await valueOf(a, '#f-notes')) !== 'Bring the staffing plan.'; i++) {
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(await valueOf(a, '#f-notes')).toBe('Bring the staffing plan.');
    expect(await valueOf(b, '#f-role')).toBe('Store Manager (flagship)');
    await a.close();
    await b.close();

    const c = await session.openPopup();
    await openInterview(c, 'Fenwick & Rowe');
    expect(await valueOf(c, '#f-role')).toBe('Store Manager (flagship)');
    expect(await valueOf(c, '#f-notes')).toBe('Bring the staffing plan.');
    await c.close();
  });
});
