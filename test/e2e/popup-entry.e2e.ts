/**
 * The popup as a person uses it right after a panel interview: two interviewers typed with the
 * keyboard, an address typo marked inline, the popup closed mid-word and reopened with nothing
 * lost, the two notes in the due list, and axe-core finding nothing on any of it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoData } from '../tools/demo-data';
import { axeViolations } from './axe';
import { BROWSERS, extensionLeaks, launch, until, type Session, type View } from './harness';

/** The slice of the extension API the page-side steps call. */
declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };

const person = (n: number, field: string) =>
  `.interviewers fieldset:nth-child(${n}) input[id$="-${field}"]`;

function valueOf(view: View, selector: string): Promise<string> {
  return view.evaluate(
    (s: string) => (document.querySelector(s) as HTMLInputElement | null)?.value ?? '',
    selector,
  );
}

describe.each(BROWSERS)('%s: popup entry', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('a two-person panel typed from the keyboard survives closing mid-word', async () => {
    const popup = await session.openPopup();
    await popup.waitFor('#new-interview');
    expect(await axeViolations(popup)).toEqual([]);

    await popup.click('#new-interview');
    await popup.waitFor('#f-company');
    await popup.type('#f-company', 'Harbor Lane Coffee');
    await popup.press('Enter');
    await popup.type('#f-role', 'Operations Manager');

    await popup.type(person(1, 'name'), 'Samira Haddad');
    await popup.press('Enter');
    await popup.type(person(1, 'title'), 'Director of Operations');
    await popup.press('Enter');
    await popup.type(person(1, 'email'), 'samira@harborlane.example');
    // Enter in the last field of the row adds the next interviewer and moves there.
    await popup.press('Enter');
    await popup.waitFor(person(2, 'name'));
    expect(await popup.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-name$/);
    await popup.type(person(2, 'name'), 'Owen Brandt');
    await popup.type(person(2, 'email'), 'owen.brandt');
    await popup.press('Tab');
    await popup.waitForText('.field-issue', 'no "@"');
    await popup.type(person(2, 'email'), '@harborlane.example');
    await popup.waitFor('.field-issue', { gone: true });

    // A concern with its planned answer; Enter in the answer adds the next concern.
    await popup.click('.interviewers fieldset:nth-child(1) button[id$="-add-concern"]');
    await popup.type(
      '.interviewers fieldset:nth-child(1) input[id$="-text"]',
      'no roastery experience',
    );
    await popup.press('Enter');
    await popup.type(
      '.interviewers fieldset:nth-child(1) input[id$="-answer"]',
      'I ran the production floor at a bakery',
    );
    await popup.press('Enter');
    expect(
      await popup.evaluate(
        () => document.querySelectorAll('.interviewers fieldset:nth-child(1) .concern').length,
      ),
    ).toBe(2);
    await popup.click('.interviewers fieldset:nth-child(2) button[id$="-add-topic"]');
    await popup.type('.interviewers fieldset:nth-child(2) input[id*="-topic-0"]', 'wholesale');
    await popup.press('Enter');
    await popup.type('.interviewers fieldset:nth-child(2) input[id*="-topic-1"]', 'latte art');
    expect(await axeViolations(popup)).toEqual([]);

    // Mid-word, no pause for the autosave: close and reopen.
    await popup.type('#f-notes', 'Ask about the roastery tou');
    await popup.close();

    const again = await session.openPopup();
    await again.waitFor('#f-company');
    expect(await valueOf(again, '#f-company')).toBe('Harbor Lane Coffee');
    expect(await valueOf(again, '#f-notes')).toBe('Ask about the roastery tou');
    expect(await valueOf(again, person(2, 'email'))).toBe('owen.brandt@harborlane.example');
    expect(await valueOf(again, person(1, 'name'))).toBe('Samira Haddad');
    expect(
      await valueOf(
        again,
        '.interviewers fieldset:nth-child(1) .concern:nth-of-type(1) input[id$="-answer"]',
      ),
    ).toBe('I ran the production floor at a bakery');
    expect(await valueOf(again, '.interviewers fieldset:nth-child(2) input[id*="-topic-1"]')).toBe(
      'latte art',
    );

    // The due list: one thank-you note per interviewer, with the time left.
    await again.click('.editor-head button');
    await again.waitForText('.due-list', 'Thank-you note to Samira Haddad');
    await again.waitForText('.due-list', 'Thank-you note to Owen Brandt');
    expect(await again.text('.due-list')).toMatch(/\d+ h( \d+ min)? left/);
    expect(await again.text('#due-title .count')).toBe('2');
    // The toolbar badge says the same, from the background's own count.
    await until(
      async () =>
        (await again.evaluate(() => {
          const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
          return api.action.getBadgeText({});
        })) === '2',
      'the badge to show 2',
    );
    expect(await again.text('.interview-list')).toContain('Harbor Lane Coffee');
    expect(await axeViolations(again)).toEqual([]);
    if (name === 'chromium') {
      // Contrast holds in the system's dark scheme too.
      await session
        .chromiumPage(again)
        .emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      expect(await axeViolations(again)).toEqual([]);
    }
    await again.close();
  });

  test('a "close" notification link opens the outcome form over the history; cards link to print', async () => {
    await session.seed(demoData(new Date()));
    // What `popupLink('demo-meridian', 'outcome')` gives the notification to open.
    const popup = await session.open(
      `${session.base}src/popup/index.html#interview=demo-meridian&focus=outcome`,
    );
    await popup.waitFor('.history-outcome input[type="radio"]');
    expect(await popup.text('#editor-title')).toBe('Meridian Bank');
    expect(await popup.evaluate(() => document.activeElement?.id ?? '')).toBe(
      'history-outcome-offer',
    );
    expect(
      await popup.evaluate(() =>
        [...document.querySelectorAll('.history-note strong')].map((s) => s.textContent),
      ),
    ).toEqual(['Thank-you note', 'Follow-up', 'Follow-up']);
    expect(await axeViolations(popup)).toEqual([]);
    if (name === 'chromium') {
      await session
        .chromiumPage(popup)
        .emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      expect(await axeViolations(popup)).toEqual([]);
    }

    await popup.click('#history-outcome-withdrew');
    await popup.click('.history-outcome button[type="submit"]');
    await popup.waitForText('.history-outcome', 'I withdrew');
    await popup.click('.editor-head button');
    await popup.waitFor('.due-link');
    expect(await popup.text('.due-list')).not.toContain('Meridian');
    expect(
      await popup.evaluate(() => document.querySelector('.due-link')?.getAttribute('href') ?? ''),
    ).toBe(`${session.base}src/card/index.html?interview=demo-alder&interviewer=demo-alder-1`);
    await popup.close();
  });

  test('the extension made no network request', () => {
    expect(extensionLeaks(session)).toEqual([]);
  });
});
