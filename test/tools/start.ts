/**
 * `npm start`: builds the extension and opens Chromium with it on the built-in demo — a
 * Gmail-like page served at the real Gmail URL, with sample interview notes loaded — so anyone
 * can try the product without an account. With a display the browser stays open for you;
 * without one it walks through the demo headless, saves screenshots and prints where.
 *
 * `npm start -- --outlook` opens the Outlook demo instead.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { dueItems } from '../../src/core/timing/due-items';
import { fixtureRoute, launch, until, type Session, type View } from '../e2e/harness';
import { buildAll } from './build';
import { demoData } from './demo-data';

const OUT = resolve('out/demo');
const outlook = process.argv.includes('--outlook');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const GMAIL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK = 'https://outlook.office.com/mail/';
const BODY = outlook
  ? '[contenteditable=true][aria-multiline=true]'
  : '[role=dialog] [g_editable=true]';

function composeUrl(email: string): string {
  return outlook
    ? `${OUTLOOK}deeplink/compose?to=${encodeURIComponent(email)}`
    : `${GMAIL}#inbox?compose=new&to=${encodeURIComponent(email)}`;
}

/** Who the demo writes to: the first interviewer whose thank-you is due now. */
function firstRecipient(
  data: ReturnType<typeof demoData>,
  now: Date,
): { email: string; name: string } {
  const due = dueItems(data.interviews, now.toISOString()).find(
    (item) => item.kind === 'thank-you' && item.state !== 'too-soon',
  );
  const person = data.interviews
    .find((interview) => interview.id === due?.interviewId)
    ?.interviewers.find((interviewer) => interviewer.id === due?.interviewerId);
  if (!person?.email) throw new Error('the demo data has nobody to thank now');
  return { email: person.email, name: person.name };
}

async function screenshot(session: Session, view: View, name: string): Promise<string> {
  const path = `${OUT}/${name}.png`;
  await session.chromiumPage(view).screenshot({ path });
  return path;
}

async function main(): Promise<void> {
  if (!buildAll()) process.exit(1);
  const session = await launch('chromium', { headless });
  session.route(fixtureRoute(GMAIL, 'test/fixtures/gmail/compose-new-2026-11-22.html'));
  session.route(fixtureRoute(OUTLOOK, 'test/fixtures/outlook/compose-new-2026-11-22.html'));
  const now = new Date();
  const data = demoData(now);
  await session.seed(data);
  const recipient = firstRecipient(data, now);

  const mail = await session.open(composeUrl(recipient.email));
  const panel = await session.panel(mail);
  console.log(
    `Demo: ${outlook ? 'Outlook' : 'Gmail'} compose to ${recipient.name} <${recipient.email}>, panel docked.`,
  );

  if (!headless) {
    await session.openPopup();
    console.log('Chromium is open on the demo. Close the browser window to stop.');
    await new Promise<void>((done) => session.chromium().once('disconnected', () => done()));
    await session.close();
    return;
  }

  mkdirSync(OUT, { recursive: true });
  const shots: string[] = [];
  // A person's path: the panel picked the interviewer from To; put the caret in the body,
  // insert the draft, and let the live checks run on it.
  await panel.waitForText('#ft-preview-body', recipient.name.split(' ')[0]!, 15_000);
  await mail.click(BODY);
  await mail.press('Control+Home');
  await panel.click('#ft-insert');
  await panel.waitForText('#ft-insert-result', 'Inserted', 10_000);
  await mail.waitForText(BODY, 'Dear', 10_000);
  await until(
    async () => !/\b0 words/.test(await panel.text('[role=status]')),
    'the live checks',
    10_000,
  );
  shots.push(await screenshot(session, mail, 'demo-compose'));
  const popup = await session.openPopup();
  await session.chromiumPage(popup).setViewport({ width: 420, height: 760 });
  await popup.waitFor('main', { timeout: 10_000 });
  shots.push(await screenshot(session, popup, 'demo-popup'));
  const options = await session.openOptions();
  shots.push(await screenshot(session, options, 'demo-options'));
  await session.close();
  console.log(
    `Screenshots of the demo (no display, so it ran headless):\n${shots.map((s) => `  ${s}`).join('\n')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
