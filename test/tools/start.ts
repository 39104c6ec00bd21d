/**
 * `npm start`: builds the extension and opens a browser with it on the built-in demo — a
 * webmail page served at the real Gmail (or Outlook) URL, with a job seeker's notes loaded —
 * so anyone can try the product without an account.
 *
 * - With a display the browser stays open, on a profile kept under `out/` so it can be used
 *   like any other; the script says how to close it.
 * - Without one it walks through the demo headless and saves six screenshots: the panel beside
 *   a Gmail-like and an Outlook-like compose, the popup's due list, the new-interview form, the
 *   options page and the printable card. Chromium's go to `test/readme/` (with the hash of the
 *   files each one shows, checked by `test/unit/readme-screenshots.test.ts`), Firefox's to
 *   `out/demo/firefox/`.
 *
 * `--outlook` opens the Outlook-like demo first; `--firefox` uses Firefox ESR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dueItems } from '../../src/core/timing/due-items';
import { cardLink } from '../../src/shared/links';
import {
  fixtureRoute,
  launch,
  until,
  type BrowserName,
  type Session,
  type View,
} from '../e2e/harness';
import { buildAll } from './build';
import { demoData, demoInbox } from './demo-data';
import { gmailDemoPage, outlookDemoPage } from './demo-page';
import { README_SHOTS, SHOTS_MANIFEST, SHOT_SOURCES, sourceHash } from './screenshot-sources';

const outlookFirst = process.argv.includes('--outlook');
const browserName: BrowserName = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const PAGES = 'out/demo/pages';
const SHOTS = browserName === 'chromium' ? README_SHOTS : resolve('out/demo/firefox');
const PROFILE = resolve(`out/profile-${browserName}`);
const WIDTH = 1440;
const HEIGHT = 900;

const GMAIL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK = 'https://outlook.office.com/mail/';
const BODY = {
  gmail: '[role=dialog] [g_editable=true]',
  outlook: '[contenteditable=true][aria-multiline=true]',
};
type Host = keyof typeof BODY;

function composeUrl(host: Host, email: string): string {
  return host === 'outlook'
    ? `${OUTLOOK}deeplink/compose?to=${encodeURIComponent(email)}`
    : `${GMAIL}#inbox?compose=new&to=${encodeURIComponent(email)}`;
}

type Data = ReturnType<typeof demoData>;

/** Who the demo writes to: the first interviewer whose thank-you is due now. */
function firstRecipient(data: Data, now: Date) {
  const due = dueItems(data.interviews, now.toISOString()).find(
    (item) => item.kind === 'thank-you' && item.state !== 'too-soon',
  );
  const interview = data.interviews.find((candidate) => candidate.id === due?.interviewId);
  const person = interview?.interviewers.find((p) => p.id === due?.interviewerId);
  if (!interview || !person?.email) throw new Error('the demo data has nobody to thank now');
  return { interview, person, email: person.email };
}

/** The first card waiting to be posted, for the printable card's screenshot. */
function firstCard(data: Data, now: Date): string {
  const due = dueItems(data.interviews, now.toISOString()).find((item) => item.kind === 'card');
  if (!due?.interviewerId) throw new Error('the demo data has no card to post');
  return cardLink(due.interviewId, due.interviewerId);
}

/** Write the demo pages from the demo data, so page, notes and settings tell one story. */
function writePages(data: Data, now: Date): void {
  mkdirSync(PAGES, { recursive: true });
  writeFileSync(`${PAGES}/gmail.html`, gmailDemoPage(data, demoInbox(), now));
  writeFileSync(`${PAGES}/outlook.html`, outlookDemoPage(data, demoInbox(), now));
}

async function openDemo(session: Session, host: Host, email: string): Promise<View> {
  const mail = await session.open(composeUrl(host, email));
  await session.resize(mail, WIDTH, HEIGHT);
  return mail;
}

/**
 * A person's path on one host: the panel opened by itself because To names an interviewer;
 * put the caret in the body, insert the draft and let the live checks run on it.
 */
async function walk(session: Session, host: Host, email: string, firstName: string) {
  const mail = await openDemo(session, host, email);
  const panel = await session.panel(mail);
  await panel.waitFor('#ft-insert', { timeout: 15_000 });
  await panel.waitForText('#ft-preview-body', firstName, 15_000);
  await mail.click(BODY[host]);
  await mail.press('Control+Home');
  // The Insert guard counts a click once the panel has been still and visible (`data-ready`).
  await panel.waitFor('#ft-insert[data-ready]', { timeout: 15_000 });
  await panel.click('#ft-insert');
  await panel.waitForText('#ft-insert-result', 'Inserted', 10_000);
  await mail.waitForText(BODY[host], 'Dear', 10_000);
  await until(
    async () => !/\b0 words/.test(await panel.text('[role=status]')),
    'the live checks',
    10_000,
  );
  // The caret's blink and the text cursor are noise in a picture: leave the focus in the panel.
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return mail;
}

async function screenshots(session: Session, data: Data, now: Date): Promise<string[]> {
  mkdirSync(SHOTS, { recursive: true });
  const { person, email } = firstRecipient(data, now);
  const firstName = person.name.split(' ')[0]!;
  const saved: string[] = [];
  const shoot = async (view: View, name: string) => {
    const path = `${SHOTS}/${name}.png`;
    await session.screenshot(view, path);
    saved.push(path);
  };

  await shoot(await walk(session, 'gmail', email, firstName), 'demo-compose');
  await shoot(await walk(session, 'outlook', email, firstName), 'demo-outlook');

  const popup = await session.openPopup();
  // The toolbar popup's own size: a column, as the browser shows it under its button. Firefox
  // keeps a wider minimum window, so there the popup shows in the window as it is.
  if (browserName === 'chromium') await session.resize(popup, 420, 760);
  await popup.waitFor('#due-title', { timeout: 10_000 });
  await shoot(popup, 'demo-popup');
  await popup.click('#new-interview');
  await popup.waitFor('#f-company', { timeout: 10_000 });
  await popup.type('#f-company', 'Harbor Lane Books');
  await popup.type('#f-role', 'Store Supervisor');
  await shoot(popup, 'demo-new-interview');

  const options = await session.openOptions();
  await session.resize(options, WIDTH, HEIGHT);
  await options.waitFor('h1', { timeout: 10_000 });
  await shoot(options, 'demo-options');

  const card = await session.open(`${session.base}${firstCard(data, now)}`);
  await session.resize(card, WIDTH, HEIGHT);
  await card.waitFor('main', { timeout: 10_000 });
  await shoot(card, 'demo-card');

  if (browserName === 'chromium') {
    const manifest = Object.fromEntries(
      Object.keys(SHOT_SOURCES).map((name) => [name, { sources: sourceHash(name) }]),
    );
    writeFileSync(SHOTS_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return saved;
}

async function main(): Promise<void> {
  if (!buildAll()) process.exit(1);
  const now = new Date();
  const data = demoData(now);
  writePages(data, now);
  const session = await launch(browserName, {
    headless,
    ...(headless ? {} : { profile: PROFILE }),
  });
  session.route(fixtureRoute(GMAIL, `${PAGES}/gmail.html`));
  session.route(fixtureRoute(OUTLOOK, `${PAGES}/outlook.html`));
  await session.seed(data);

  if (headless) {
    try {
      const saved = await screenshots(session, data, now);
      console.log(
        `Screenshots of the demo in ${browserName} (no display, so it ran headless):\n` +
          saved.map((path) => `  ${path}`).join('\n'),
      );
    } finally {
      await session.close();
    }
    return;
  }

  const { person, email } = firstRecipient(data, now);
  const host: Host = outlookFirst ? 'outlook' : 'gmail';
  await openDemo(session, host, email);
  await session.openPopup();
  console.log(
    `${browserName === 'chromium' ? 'Chromium' : 'Firefox'} is open on the ${host === 'gmail' ? 'Gmail' : 'Outlook'}-like demo: ` +
      `a new message to ${person.name} <${email}>, the panel beside it.\n` +
      `Its profile is kept in ${PROFILE}.\n` +
      (browserName === 'chromium'
        ? 'To stop, close the browser window or press Ctrl+C here.'
        : 'To stop, press Ctrl+C here (Firefox closes with it).'),
  );
  const closed = new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    if (browserName === 'chromium') session.chromium().once('disconnected', () => done());
  });
  await closed;
  await session.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
