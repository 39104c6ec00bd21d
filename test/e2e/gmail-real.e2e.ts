/**
 * Gmail as it really is, on the 2026-12-03 fixtures, in Chromium and Firefox: an inserted draft
 * is saved without the user pressing a key (Gmail saves only after a key event), the insert
 * lands above the signature's separate "-- " prefix and the note recorded on Send holds none
 * of it, and a pop-out window or `?view=cm` page without Gmail's `xE xp` body classes is still
 * read as a new message in its own window: its subject box is filled on insert and its subject
 * is what gets recorded.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, fixtureRoute, launch, until, type Session, type View } from './harness';
import { GLORIA_EMAIL, GMAIL, seedData } from './panel-seed';
import { caretAfter, clickInsert } from './steps';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const FIXTURES = 'test/fixtures/gmail/';
const POPOUT = `${GMAIL}popout`;
const STANDALONE = 'https://mail.google.com/mail/';
const MOLE_BODY = '[role=dialog] [g_editable=true]';

interface Drafts {
  [id: string]: { to: string[]; subject: string; text: string };
}

const composeAt = (view: string) =>
  `${GMAIL}${view}/#inbox?compose=new&to=${encodeURIComponent(GLORIA_EMAIL)}`;

/**
 * Insert the filled draft for Gloria. A mole addressed to her has room beside it, so its panel
 * opens by itself; a window that is all compose has none, so its panel stays the tab and is
 * opened by a click, as a person would.
 */
async function insertForGloria(
  session: Session,
  page: View,
  opens: 'by itself' | 'from the tab',
): Promise<View> {
  const panel = await session.panel(page);
  if (opens === 'from the tab') await panel.click('#ft-expand');
  await panel.waitForText('.pick-who', 'Gloria Benavides');
  await panel.waitForText('#ft-preview-body', 'Dear Gloria,');
  await clickInsert(panel);
  await panel.waitForText('#ft-insert-result', 'Inserted');
  return panel;
}

/** Gloria's last recorded note, once Send has been recorded. */
async function lastNoteToGloria(session: Session): Promise<{ subject?: string; text: string }> {
  return until(
    async () => {
      const options = await session.openOptions();
      const stored = await options.evaluate(
        async () =>
          (await chrome.storage.local.get('interview:e2e-fenwick'))['interview:e2e-fenwick'],
      );
      await options.close();
      const gloria = (
        stored as {
          interviewers: {
            id: string;
            thankedAt?: string;
            history: { subject?: string; text: string }[];
          }[];
        }
      ).interviewers.find((p) => p.id === 'gloria')!;
      return gloria.thankedAt ? gloria.history.at(-1)! : null;
    },
    'the note to Gloria recorded as sent',
    15_000,
  );
}

describe.each(BROWSERS)('%s: Gmail as it really is', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
    for (const view of ['compose-draft', 'compose-signature']) {
      session.route(fixtureRoute(`${GMAIL}${view}/`, `${FIXTURES}${view}-2026-12-03.html`));
    }
    session.route(fixtureRoute(POPOUT, `${FIXTURES}compose-popout-2026-12-03.html`));
    session.route(fixtureRoute(STANDALONE, `${FIXTURES}compose-standalone-2026-12-03.html`));
    await session.seed(seedData());
  });
  afterAll(async () => {
    await session?.close();
  });

  test('an inserted draft is saved without the user pressing a key', async () => {
    const page = await session.open(composeAt('compose-draft'));
    await caretAfter(page, MOLE_BODY, '');
    await insertForGloria(session, page, 'by itself');
    // No key is pressed in the page: only what the extension did can make Gmail save.
    const saved = await until(async () => {
      const drafts = await page.evaluate(
        () => (window as unknown as { __drafts: Drafts }).__drafts,
      );
      return Object.values(drafts).find((draft) => draft.text.includes('Dear Gloria,')) ?? null;
    }, 'a saved draft holding the inserted text');
    expect(saved.to).toEqual([GLORIA_EMAIL]);
    expect(await page.text('[role=dialog] .oG')).toBe('Draft saved');
    // The nudge typed nothing: the body holds the draft and the signature, no stray character.
    const text = await page.evaluate(
      (s: string) => document.querySelector<HTMLElement>(s)!.innerText,
      MOLE_BODY,
    );
    expect(text).not.toContain('¾');
    await page.close();
  });

  test('the insert goes above the "-- " prefix, and the recorded note holds none of the signature', async () => {
    await session.seed(seedData());
    const page = await session.open(composeAt('compose-signature'));
    // The caret left in the signature, below its prefix: not a place for the note. (With no
    // caret at all the insert goes to the same place; the adapter's unit test covers that.)
    await caretAfter(page, MOLE_BODY, 'Alex Candidate');
    await insertForGloria(session, page, 'by itself');
    const order = await page.evaluate((s: string) => {
      const text = document.querySelector<HTMLElement>(s)!.innerText;
      return { draft: text.indexOf('Dear Gloria,'), prefix: text.indexOf('--') };
    }, MOLE_BODY);
    expect(order.draft).toBeGreaterThanOrEqual(0);
    expect(order.draft).toBeLessThan(order.prefix);
    await page.click('[role=dialog] .aoO');
    const note = await lastNoteToGloria(session);
    expect(note.text).toContain('Dear Gloria,');
    expect(note.text).not.toContain('--');
    expect(note.text).not.toContain('Alex Candidate');
    await page.close();
  });

  test('a pop-out window without the xE/xp classes: the empty subject is filled on insert', async () => {
    const page = await session.open(`${POPOUT}?ver=1#cmid%3D1`);
    expect(await page.evaluate(() => document.body.className)).toBe('');
    const panel = await insertForGloria(session, page, 'from the tab');
    const subject = await panel.text('#ft-preview-subject');
    expect(subject.length).toBeGreaterThan(0);
    await until(
      async () =>
        (await page.evaluate(
          () => document.querySelector<HTMLInputElement>('input.aoT')!.value,
        )) === subject,
      'the subject box filled with the draft subject',
    );
    expect(await page.text('[g_editable=true]')).toContain('Dear Gloria,');
    await page.close();
  });

  test('the ?view=cm page: the subject it opened with is the one recorded on Send', async () => {
    await session.seed(seedData());
    const subject = 'Thank you for today';
    const page = await session.open(
      `${STANDALONE}?view=cm&fs=1&to=${encodeURIComponent(GLORIA_EMAIL)}&su=${encodeURIComponent(subject)}`,
    );
    const panel = await insertForGloria(session, page, 'from the tab');
    // A subject already there is the user's: the insert leaves it alone.
    expect(
      await page.evaluate(() => document.querySelector<HTMLInputElement>('input.aoT')!.value),
    ).toBe(subject);
    // The window is all compose: the panel, opened over it, folds back to a tab to reach Send.
    await panel.click('#ft-collapse');
    await page.waitFor('ft-panel');
    await until(
      async () =>
        (await page.evaluate(
          () => document.querySelector('ft-panel')!.getBoundingClientRect().width,
        )) === 44,
      'the panel folded to a tab',
    );
    await page.click('.aoO');
    const note = await lastNoteToGloria(session);
    expect(note.subject).toBe(subject);
    expect(note.text).toContain('Dear Gloria,');
    await page.close();
  });
});
