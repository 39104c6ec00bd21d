/**
 * Where the panel goes when Gmail shows several composes at once, at the window sizes people
 * use: one, two and three moles stacked at the bottom right, a full-screen compose over an
 * older mole, and an inline reply with a mole floating over the reading pane. Whatever the
 * layout, a person must still be able to click into every compose they can see: at the centre
 * of its body, its recipients and its Send button the page must hit that compose, never one
 * of our panels, and no panel or tab may cover any compose at all.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, fixtureRoute, launch, until, type Session, type View } from './harness';
import { seedData } from './panel-seed';
import { targetPanel } from './panel-target';
import { clickInsert, openPanel, pickPerson } from './steps';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const FIXTURES = 'test/fixtures/gmail/';
const VIEWPORTS = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const;

interface Layout {
  view: string;
  hash: string;
  /** The composes a person can see (a mole under the full-screen dimmer is not one). */
  composes: string;
}

const LAYOUTS: Layout[] = [
  { view: 'compose-moles-1', hash: '#inbox', composes: '.dw [role=dialog]' },
  { view: 'compose-moles-2', hash: '#inbox', composes: '.dw [role=dialog]' },
  { view: 'compose-moles-3', hash: '#inbox', composes: '.dw [role=dialog]' },
  { view: 'compose-fullscreen-mole', hash: '#inbox', composes: '.aSt [role=dialog]' },
  {
    view: 'reply-inline-mole',
    hash: '#inbox/thread-1',
    composes: '.thread .M9, .dw [role=dialog]',
  },
];

interface Coverage {
  /** Everything a person would trip over, in words; empty when the layout is right. */
  problems: string[];
  composes: number;
  /** Panel hosts shown (expanded or as a tab). */
  shown: number;
  /** Of those, how many are expanded (wider than the 44 px tab). */
  expanded: number;
}

/**
 * In the page: hit-test the body, recipients and Send of every compose matching `selector` at
 * their centres, and check that no shown panel host overlaps any compose, another panel, or
 * the edge of the window.
 */
function coverage(selector: string): Coverage {
  const width = document.documentElement.clientWidth;
  const height = window.innerHeight;
  const overlap = (a: DOMRect, b: DOMRect): boolean =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const hosts = [...document.querySelectorAll('ft-panel')].filter(
    (host) => getComputedStyle(host).display !== 'none',
  );
  const composes = [...document.querySelectorAll(selector)];
  const problems: string[] = [];
  const parts = [
    ['body', '[g_editable]'],
    ['recipients', '[name=to]'],
    ['Send', '.aoO'],
  ] as const;
  composes.forEach((compose, i) => {
    for (const [part, partSelector] of parts) {
      const element = compose.querySelector(partSelector);
      if (!element) {
        problems.push(`compose ${i} has no ${part}`);
        continue;
      }
      const box = element.getBoundingClientRect();
      const x = (box.left + box.right) / 2;
      const y = (box.top + box.bottom) / 2;
      // Past the window's edge (the oldest of three moles at 1280 px): nothing to click there.
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && compose.contains(hit)) continue;
      const what = !hit ? 'nothing' : hit.localName === 'ft-panel' ? 'a panel' : hit.localName;
      problems.push(`compose ${i} ${part} centre hits ${what}`);
    }
    hosts.forEach((host, j) => {
      if (overlap(host.getBoundingClientRect(), compose.getBoundingClientRect()))
        problems.push(`panel ${j} covers compose ${i}`);
    });
  });
  hosts.forEach((host, j) => {
    const box = host.getBoundingClientRect();
    if (box.left < 0 || box.top < 0 || box.right > width || box.bottom > height)
      problems.push(`panel ${j} runs past the window`);
    hosts.slice(j + 1).forEach((other, k) => {
      if (overlap(box, other.getBoundingClientRect()))
        problems.push(`panels ${j} and ${j + k + 1} overlap`);
    });
  });
  return {
    problems,
    composes: composes.length,
    shown: hosts.length,
    expanded: hosts.filter((host) => host.getBoundingClientRect().width > 44).length,
  };
}

/**
 * Resize the window, then let two animation frames pass: the resize event schedules the
 * placement for the next frame, so readings after that see the new layout, not the old one.
 */
async function resize(session: Session, page: View, width: number, height: number): Promise<void> {
  await session.resize(page, width, height);
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

const clear = (found: Coverage): boolean =>
  found.problems.length === 0 && found.shown === found.composes;

/**
 * Polls until `accept` holds (by default: every compose has its panel or tab and nothing is
 * covered) and returns the last reading either way, so a failure names what stayed wrong.
 */
async function settled(
  page: View,
  selector: string,
  accept: (found: Coverage) => boolean = clear,
): Promise<Coverage> {
  const deadline = Date.now() + 8000;
  for (;;) {
    const found = await page.evaluate(coverage, selector);
    if (accept(found) || Date.now() > deadline) return found;
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe.each(BROWSERS)('%s: panels beside several Gmail composes', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
    for (const { view } of LAYOUTS) {
      session.route(fixtureRoute(`${GMAIL}${view}/`, `${FIXTURES}${view}-2026-12-03.html`));
    }
    // A thank-you due, and the inline reply's recipient saved as an interviewer: every compose
    // here is one the panel opens for by itself (ordinary mail only gets the tab).
    const data = seedData();
    const [interview] = data.interviews;
    interview!.interviewers.push({
      ...interview!.interviewers[0]!,
      id: 'jordan',
      name: 'Jordan Lee',
      email: 'jordan.lee@acme.example',
    });
    await session.seed(data);
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(LAYOUTS)(
    '$view: at 1280×720, 1366×768 and 1920×1080 every compose keeps its body, recipients and Send clear',
    async ({ view, hash, composes }) => {
      const page = await session.open(`${GMAIL}${view}/${hash}`);
      // One mole always leaves room on its left for the whole panel. It starts as the tab and
      // opens by itself once it has read the notes: wait for that, not just for the tab.
      const roomy = view === 'compose-moles-1';
      for (const [width, height] of VIEWPORTS) {
        await resize(session, page, width, height);
        const found = await settled(page, composes, (f) => clear(f) && (!roomy || f.expanded > 0));
        expect(found.problems, `${width}×${height}`).toEqual([]);
        expect(found.composes, `${width}×${height}`).toBeGreaterThan(0);
        expect(found.shown, `${width}×${height}: a panel or tab per compose`).toBe(found.composes);
        if (roomy) expect(found.expanded, `${width}×${height}`).toBe(1);
      }
      await page.close();
    },
  );

  test('two moles at 1280×720: opening a tab on purpose may cover its own compose, never the other', async () => {
    const page = await session.open(`${GMAIL}compose-moles-2/#inbox`);
    await resize(session, page, 1280, 720);
    const tabs = await settled(page, '.dw [role=dialog]');
    expect(tabs).toMatchObject({ problems: [], shown: 2, expanded: 0 });
    const panel = await session.panel(page, 0);
    await panel.click('#ft-expand');
    const opened = await settled(page, '.dw [role=dialog]', (found) => found.expanded === 1);
    expect(opened.shown).toBe(2);
    expect(opened.expanded).toBe(1);
    // Exactly one compose is under the opened panel (its own); the other stays clear.
    expect(opened.problems.filter((problem) => / covers compose /.test(problem))).toHaveLength(1);
    const blocked = opened.problems.filter((problem) => / centre hits /.test(problem));
    const covered = Number(/covers compose (\d)/.exec(opened.problems.join(' '))?.[1]);
    expect(blocked.every((problem) => problem.startsWith(`compose ${covered} `))).toBe(true);
    await page.close();
  });

  test('an inline reply and a mole at 1920×1080 want the same gap: the compose last focused gets it', async () => {
    const page = await session.open(`${GMAIL}reply-inline-mole/#inbox/thread-1`);
    await resize(session, page, 1920, 1080);
    const panelOf = (selector: string) =>
      page.evaluate((compose: string) => {
        const box = document.querySelector(compose)!.getBoundingClientRect();
        // An expanded panel against the compose's left or right edge, level with its bottom
        // (a panel in the gap touches both composes' edges; only its own shares its bottom).
        const bottom = Math.min(box.bottom, window.innerHeight - 8);
        return [...document.querySelectorAll('ft-panel')].some((host) => {
          const panel = host.getBoundingClientRect();
          return (
            getComputedStyle(host).display !== 'none' &&
            panel.width > 44 &&
            Math.abs(panel.bottom - bottom) <= 1 &&
            (Math.abs(panel.left - box.right) <= 16 || Math.abs(panel.right - box.left) <= 16)
          );
        });
      }, selector);
    // Both start as tabs; the panels open by themselves once they have read the notes.
    const first = await settled(
      page,
      '.thread .M9, .dw [role=dialog]',
      (found) => clear(found) && found.expanded > 0,
    );
    // The mole opened last, so it chose first.
    expect(first).toMatchObject({ problems: [], shown: 2, expanded: 1 });
    expect(await panelOf('.dw [role=dialog]')).toBe(true);
    await page.click('.thread [g_editable]');
    await until(() => panelOf('.thread .M9'), "the reply's panel in the gap");
    // The mole's panel moved on to its next choice (above the mole), still covering nothing.
    const after = await settled(page, '.thread .M9, .dw [role=dialog]');
    expect(after).toMatchObject({ problems: [], shown: 2 });
    expect(await panelOf('.dw [role=dialog]')).toBe(false);
    await page.close();
  });

  test('two moles at 1366×768: closing the newer one gives the older the room it leaves', async () => {
    const page = await session.open(`${GMAIL}compose-moles-2/#inbox`);
    await resize(session, page, 1366, 768);
    expect(await settled(page, '.dw [role=dialog]')).toMatchObject({ problems: [], expanded: 0 });
    await page.click('[data-mole="2"] .Ha');
    const after = await settled(
      page,
      '.dw [role=dialog]',
      (found) => clear(found) && found.expanded === 1,
    );
    expect(after).toMatchObject({ problems: [], composes: 1, shown: 1, expanded: 1 });
    await page.close();
  });

  test('two moles at 1920×1080: Insert works in each panel, one after the other', async () => {
    const page = await session.open(`${GMAIL}compose-moles-2/#inbox`);
    await resize(session, page, 1920, 1080);
    await settled(page, '.dw [role=dialog]');
    for (const index of [0, 1]) {
      // A panel that started hidden is now and then out of Puppeteer's reach in Chromium; its
      // own frame target always answers (see panel-target.ts).
      const panel =
        name === 'chromium'
          ? await targetPanel(session, page, index)
          : await session.panel(page, index);
      // Opening this one may fold the other to its tab when both do not fit: a person opens
      // the one they are writing in. Both To fields are empty, so they pick Gloria.
      await openPanel(panel, `panel ${index} open`);
      await pickPerson(panel, 'Gloria');
      await clickInsert(panel);
      await panel.waitForText('#ft-insert-result', 'Inserted');
    }
    const bodies = await page.evaluate(() =>
      [...document.querySelectorAll('.dw [role=dialog] [g_editable]')].map(
        (body) => body.textContent ?? '',
      ),
    );
    expect(bodies).toHaveLength(2);
    for (const body of bodies) expect(body).toContain('Gloria');
    await page.close();
  });
});
