/** The demo tells one story: the pages sign as the Settings name, with the same signature. */
import { describe, expect, test } from 'vitest';
import { demoData, demoInbox } from '../tools/demo-data';
import { demoUser, gmailDemoPage, listDate, outlookDemoPage } from '../tools/demo-page';

const NOW = new Date('2026-12-04T15:30:00Z');
const data = demoData(NOW, 'Europe/London');

describe('demo pages', () => {
  test.each([
    ['gmail', gmailDemoPage],
    ['outlook', outlookDemoPage],
  ])('%s: the compose is signed with the Settings signature and sent from its owner', (_, page) => {
    const html = page(data, demoInbox(), NOW);
    const user = demoUser(data);
    expect(data.settings!.signature.split('\n')[0]).toBe(data.settings!.userName);
    for (const line of user.signature) expect(html).toContain(line);
    expect(html).toContain(user.email);
    // The fixture's own people must not leak into the demo.
    expect(html).not.toMatch(/Alex Candidate|Dana Whitfield<\/div>|candidate@example\.com/);
    // Every inbox row is there, escaped (no raw "&" from "Alder & Finch").
    for (const message of demoInbox()) {
      expect(html).toContain(message.subject.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    }
    expect(html).not.toMatch(/Google|Gmail|Microsoft|Outlook/);
  });

  test('list dates read like a mail client: a time today, a date before', () => {
    expect(listDate(NOW, 30)).toMatch(/^\d{1,2}:\d{2}\s?[AP]M$/);
    expect(listDate(NOW, 3 * 24 * 60)).toMatch(/^[A-Z][a-z]{2} \d{1,2}$/);
  });
});
