/**
 * A person's path through the panel on Outlook, in Chromium and Firefox, on
 * outlook.office.com and outlook.live.com: notes saved → compose opened from a deeplink with
 * Gloria in To → the panel picks her → insert → Outlook saves the draft → edit in the body →
 * the findings change → undo → send (button on one host, Ctrl+Enter on the other) → Gloria is
 * thanked in storage. The fixture's editor behaves like RoosterJS (microsoft/roosterjs): `input`
 * and character keys stop at its root and it takes synthetic pastes over; the insert route
 * (`execCommand('insertText')`, the same as Gmail's) is checked against exactly that: the
 * editor's own listener saves the draft, the page above the editor hears no `input`, and the
 * browser's undo takes the insertion back out. Then the panel's security tests on Outlook:
 * page scripts can't make it insert, markup in notes goes in as text, a faded page refuses.
 * Steps and selectors follow the panel's own walk (panel-walk.e2e.ts, panel-security.e2e.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { BROWSERS, fixtureRoute, launch, until, type Session, type View } from './harness';
import { caretAfter, clickInsert } from './steps';
import { GLORIA_EMAIL, seedData } from './panel-seed';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const FIXTURE = 'test/fixtures/outlook/compose-new-2026-11-22.html';
const HOSTS = [
  { mailbox: 'https://outlook.office.com/mail/', send: 'button' },
  { mailbox: 'https://outlook.live.com/mail/0/', send: 'Control+Enter' },
] as const;
const BODY = '[id^=docking_InitVisiblePart_]:not([hidden]) [aria-multiline=true]';
const WEEKENDS = ' About weekends: I am free every Saturday and Sunday, so you can count on me.';
// Enough extra words to push the note past 200 (the length warning), typed as a person would.
const LONG =
  ' In my last role I also ran the weekly schedule, handled vendor deliveries, coached new ' +
  'hires through their first month, and kept the stockroom organised so the floor never ran ' +
  'short during the busy season. I built a simple checklist for opening and closing that the ' +
  'whole team still uses, and I worked closely with the district office on staffing plans for ' +
  'every holiday weekend, which taught me how to balance coverage with the budget each month. ' +
  'When a shift lead left in the middle of December, I stepped in for three weeks, trained a ' +
  'replacement from the floor team, and still kept our sales targets and our inventory counts on ' +
  'track, which is the kind of steady work I would bring to your store from the very first week.';

const deeplink = (mailbox: string): string =>
  `${mailbox}deeplink/compose?to=${encodeURIComponent(GLORIA_EMAIL)}`;

/** What the page itself saw: drafts Outlook saved, `input` events that reached the document. */
async function pageCounters(page: View): Promise<{ drafts: number; heard: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __drafts: number; __heard?: number };
    return { drafts: w.__drafts, heard: w.__heard ?? 0 };
  });
}

async function thanked(session: Session) {
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
            history: { text: string; channel?: string }[];
          }[];
        }
      ).interviewers.find((p) => p.id === 'gloria')!;
      return gloria.thankedAt ? gloria : null;
    },
    'Gloria marked as thanked',
    15_000,
  );
}

describe.each(BROWSERS)('%s: the panel walk on Outlook', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
    for (const { mailbox } of HOSTS) session.route(fixtureRoute(mailbox, FIXTURE));
  });
  beforeEach(async () => {
    // Each host starts from the same notes, Gloria not yet thanked.
    await session.seed(seedData());
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(HOSTS)(
    '$mailbox: pick from To, insert (draft saved), edit, findings follow, undo, send ($send), thanked',
    async ({ mailbox, send }) => {
      const page = await session.open(deeplink(mailbox));
      // A page listener above the editor: RoosterJS stops the body's `input` at its root, so it
      // hears none from there (the subject field's do bubble).
      await page.evaluate(() => {
        const w = window as unknown as { __heard: number };
        w.__heard = 0;
        document.addEventListener('input', (event) => {
          if ((event.target as Element).closest('[aria-multiline=true]')) w.__heard++;
        });
      });
      const panel = await session.panel(page);
      await panel.waitForText('.pick-who', 'Gloria Benavides');
      await panel.waitForText('#ft-preview-body', 'Dear Gloria,');

      const before = await pageCounters(page);
      await clickInsert(panel);
      await panel.waitForText('#ft-insert-result', 'Inserted');
      await until(
        async () => (await page.text(BODY)).includes('Dear Gloria,'),
        'the draft in the compose body',
      );
      // The weekend concern has no planned answer yet: inserted, it is still missing.
      await panel.waitForText('#ft-concerns li', 'Missing: weekend availability');
      // Outlook's editor saw the insertion as an edit and saved the draft.
      await until(
        async () => (await pageCounters(page)).drafts > before.drafts,
        'Outlook to save the draft',
      );
      expect((await pageCounters(page)).heard).toBe(0);
      // Inserted above the signature, which stays last.
      expect(
        await page.evaluate((selector: string) => {
          const body = document.querySelector(selector)!;
          const text = body.textContent!;
          return [
            text.indexOf('Dear Gloria') < text.indexOf('Dana Whitfield'),
            body.lastElementChild!.id,
          ];
        }, BODY),
      ).toEqual([true, 'Signature']);

      // The editor stops `input` at its root; the content script listens on the root itself.
      await caretAfter(page, BODY, 'Dear Gloria,');
      await page.type(BODY, WEEKENDS);
      await panel.waitForText('#ft-concerns li', 'Answered: weekend availability');
      // Outlook's Fluent look is on, and holds up in a real engine (contrast, roles).
      expect(
        await panel.evaluate(() => getComputedStyle(document.querySelector('.ft')!).fontFamily),
      ).toContain('Segoe UI');
      const violations = (await axeViolations(panel)).filter((v) => v.id !== 'landmark-one-main');
      expect(violations).toEqual([]);

      await caretAfter(page, BODY, 'count on me.');
      await page.type(BODY, LONG);
      await panel.waitForText('.sev-warning', 'on the long side', 20_000);

      // Undo takes the last typing back out; the findings follow the compose again.
      await until(async () => {
        if (!(await page.text(BODY)).includes('vendor deliveries')) return true;
        await page.press('Control+z');
        return false;
      }, 'undo to remove the typed paragraph');
      await until(
        async () => !(await panel.text('#ft-findings')).includes('on the long side'),
        'the length warning to go',
      );

      if (send === 'button') {
        await page.click(
          '[id^=docking_InitVisiblePart_]:not([hidden]) [data-testid=ComposeSendButton] button[aria-label=Send]',
        );
      } else {
        await caretAfter(page, BODY, 'Dear Gloria,');
        await page.press('Control+Enter');
      }
      const gloria = await thanked(session);
      expect(gloria.history.at(-1)!.text).toContain('Dear Gloria,');
      // The signature (its phone line) is not part of what the user wrote.
      expect(gloria.history.at(-1)!.text).not.toContain('(555) 010-4477');
      const sent = await page.evaluate(
        () => (window as unknown as { __sent: { to: string[] }[] }).__sent,
      );
      expect(sent).toEqual([expect.objectContaining({ to: [GLORIA_EMAIL] })]);
      await page.close();
    },
  );

  test('undo takes the whole insertion back out (the browser’s undo, not a DOM write)', async () => {
    const page = await session.open(deeplink(HOSTS[0].mailbox));
    const panel = await session.panel(page);
    await panel.waitForText('#ft-preview-body', 'Dear Gloria,');
    const empty = await page.text(BODY);
    await clickInsert(panel);
    await panel.waitForText('#ft-insert-result', 'Inserted');
    await until(async () => (await page.text(BODY)).includes('Dear Gloria,'), 'the insertion');
    // Firefox inserts line by line (insertParagraph between lines): one undo step each.
    let presses = 0;
    await until(async () => {
      if ((await page.text(BODY)) === empty) return true;
      if (++presses > 40) throw new Error('undo never emptied the body');
      await page.press('Control+z');
      return false;
    }, 'undo to remove the insertion');
    await panel.waitForText('#ft-concerns li', 'Missing');
    await page.close();
  });
});

const PAYLOAD = '<img src=x onerror=alert(1)>';

describe.each(BROWSERS)('%s: the panel against a hostile Outlook page', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
    session.route(fixtureRoute(HOSTS[1].mailbox, FIXTURE));
    await session.seed(seedData(PAYLOAD));
  });
  afterAll(async () => {
    await session?.close();
  });

  test('page scripts cannot make it insert; a trusted click then inserts markup as text', async () => {
    const page = await session.open(deeplink(HOSTS[1].mailbox));
    const panel = await session.panel(page);
    await panel.waitForText('#ft-preview-body', PAYLOAD);
    expect(await panel.evaluate(() => document.querySelectorAll('img, svg').length)).toBe(0);

    const framesSeen = await page.evaluate(() => {
      const targets = [
        window,
        ...Array.from({ length: window.frames.length }, (_, i) => window.frames[i]!),
      ];
      for (const target of targets) {
        for (const type of ['insert', 'ft-insert'])
          target.postMessage({ type, subject: 'x', to: 'x@evil.example', body: 'pwned' }, '*');
      }
      document.querySelectorAll<HTMLElement>('ft-panel, iframe, button').forEach((el) => {
        // Not the page's own New mail, which would park the compose under test.
        if (!el.closest('[id^=docking_InitVisiblePart_], [data-fixture]')) el.click();
      });
      return window.frames.length;
    });
    expect(framesSeen).toBe(0);
    await panel.evaluate(() => document.querySelector<HTMLButtonElement>('#ft-insert')!.click());
    await panel.waitForText('#ft-insert-result', 'Nothing was inserted');
    expect(await page.text(BODY)).not.toContain('Dear Gloria');
    expect(await page.text(BODY)).not.toContain('pwned');

    await clickInsert(panel);
    await panel.waitForText('#ft-insert-result', 'Inserted');
    await until(async () => (await page.text(BODY)).includes(PAYLOAD), 'the literal payload');
    expect(
      await page.evaluate(() => document.querySelectorAll('[aria-multiline=true] img').length),
    ).toBe(0);
    await page.close();
  });

  test('a faded page (html{opacity:.01}) makes insert refuse', async () => {
    const page = await session.open(deeplink(HOSTS[1].mailbox));
    const panel = await session.panel(page);
    await panel.waitForText('#ft-preview-body', 'Dear Gloria,');
    await page.evaluate(() => {
      document.documentElement.style.opacity = '0.01';
    });
    await panel.click('#ft-insert');
    await panel.waitForText('[role=alert]', "Couldn't insert the draft");
    expect(await page.text(BODY)).not.toContain('Dear Gloria');
    await page.close();
  });
});
