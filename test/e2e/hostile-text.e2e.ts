/**
 * Hostile text everywhere a user or a mail page can put text, in Chromium and Firefox: each
 * payload of hostile-payloads.ts goes into every field of the notes (company, role, the
 * interviewer's name, title and email, concerns, planned answers, topics, notes), into
 * template names, subjects and bodies, the user's name and signature, an imported file, and the
 * Gmail page's own recipient names, subject and quoted message. Then the options page, the
 * popup, the panel (every template's preview and the interviewer list), the compose body after a
 * real Insert and the printable card are each searched: nothing may run, no dialog may open, no
 * element may be made from the text, and a sample of payloads must read as the literal text.
 * Payloads go in batches per field (one interview per payload, every payload in one list or one
 * template body), so each browser loads each page once. The figures go to
 * `out/reliability/hostile-<browser>.json` for `npm test`'s summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXPORT_FORMAT } from '../../src/core/model/export-file';
import { SCHEMA_VERSION } from '../../src/core/model/types';
import type { Interview, Settings, Template } from '../../src/core/model/types';
import { BROWSERS, fixtureRoute, launch, until, type Session, type View } from './harness';
import {
  HUGE,
  PAYLOADS,
  SAMPLE,
  SHORT,
  asFilled,
  inspect,
  type Inspection,
  type Payload,
} from './hostile-payloads';
import { GLORIA_EMAIL, GMAIL, GMAIL_FIXTURE, composeUrl } from './panel-seed';
import { caretAfter, clickInsert } from './steps';

const COMPOSE = '[role=dialog]';
const BODY = '[role=dialog] [g_editable=true]';
const SIGNATURE_LIMIT = 2000;

/** As many payloads as fit one value of at most `limit` characters, one a line. */
function fitting(limit: number): Payload[] {
  const out: Payload[] = [];
  let length = 0;
  for (const payload of SHORT) {
    if (length + payload.text.length + 1 > limit) break;
    out.push(payload);
    length += payload.text.length + 1;
  }
  return out;
}

const SIGNED = fitting(SIGNATURE_LIMIT);
const USER_NAME = PAYLOADS.find((p) => p.id === 'emoji and combining marks')!;
const GLORIA_NAME = PAYLOADS.find((p) => p.id === 'template company')!;
const GLORIA_TITLE = PAYLOADS.find((p) => p.id === 'attribute breakout')!;

/**
 * The notes, as an export file: one interview per payload with the payload in every field, and
 * Gloria's interview (the one the compose is addressed to) with every payload as a concern, an
 * answer and a topic; one template per payload (name, subject, body) and the thank-you template
 * holding every payload and every field.
 */
function hostileFile(): {
  file: Record<string, unknown>;
  placements: Record<string, number>;
} {
  const now = Date.now();
  const when = new Date(now - 3 * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const meta = { schemaVersion: SCHEMA_VERSION, rev: 1, updatedAt: new Date(now).toISOString() };
  const texts = SHORT.map((p) => p.text);
  const each: Interview[] = SHORT.map((p, i) => ({
    kind: 'interview',
    id: `hostile-${i}`,
    ...meta,
    company: p.text,
    role: p.text,
    when,
    timeZone: 'UTC',
    format: 'phone',
    channel: 'email',
    notes: p.text,
    interviewers: [
      {
        id: `person-${i}`,
        name: p.text,
        title: p.text,
        email: p.text,
        concerns: [{ id: 'c', text: p.text, answer: p.text }],
        topics: [p.text],
        history: [],
      },
    ],
  }));
  const gloria: Interview = {
    kind: 'interview',
    id: 'hostile-target',
    ...meta,
    company: PAYLOADS.find((p) => p.id === 'img onerror')!.text,
    role: PAYLOADS.find((p) => p.id === 'script')!.text,
    when,
    timeZone: 'UTC',
    format: 'onsite',
    channel: 'email',
    notes: texts.join('\n'),
    interviewers: [
      {
        id: 'gloria',
        name: GLORIA_NAME.text,
        title: GLORIA_TITLE.text,
        email: GLORIA_EMAIL,
        concerns: SHORT.map((p, i) => ({ id: `c${i}`, text: p.text, answer: p.text })),
        topics: texts,
        history: [],
      },
    ],
  };
  const thankYou: Template = {
    kind: 'template',
    id: 'builtin-thank-you',
    ...meta,
    name: 'Thank-you email',
    type: 'email',
    builtIn: true,
    subject: 'Thank you, {{fullName}}',
    body: [
      'Dear {{firstName}},',
      '{{allTopics}}',
      '{{concernParagraphs}}',
      ...texts,
      '{{company}} · {{role}} · {{title}}',
      '{{myName}}',
      '{{signature}}',
    ].join('\n\n'),
  };
  const perPayload: Template[] = SHORT.map((p, i) => ({
    kind: 'template',
    id: `hostile-tpl-${i}`,
    ...meta,
    name: p.text,
    type: 'email',
    builtIn: false,
    subject: `${p.text} {{company}}`,
    body: `Dear {{firstName}},\n\n${p.text}\n\nTemplate ${i}.`,
  }));
  const settings: Settings = {
    kind: 'settings',
    ...meta,
    userName: USER_NAME.text,
    signature: SIGNED.map((p) => p.text).join('\n'),
    rules: {},
    reminders: { enabled: false, nudgeHour: 17, quietStart: '21:00', quietEnd: '08:00' },
    mailClient: 'gmail',
  };
  const n = SHORT.length;
  return {
    file: {
      format: EXPORT_FORMAT,
      version: SCHEMA_VERSION,
      exportedAt: new Date(now).toISOString(),
      interviews: [gloria, ...each],
      templates: [thankYou, ...perPayload],
      settings,
    },
    // How many payloads each field holds. The 100 KB one is past every stored field's limit, so
    // it is counted where it can go: the import (refused, naming the field) and the mail page's
    // own text. The subject of the page holds one payload, then the 100 KB one.
    placements: {
      company: n,
      role: n,
      'interviewer name': n,
      'interviewer title': n,
      'interviewer email': n,
      concern: n,
      answer: n,
      topic: n,
      'interview notes': n,
      'template name': n,
      'template subject': n,
      'template body': n,
      'settings name': 1,
      signature: SIGNED.length,
      'imported file': PAYLOADS.length,
      'page chip names': PAYLOADS.length,
      'page subject': 2,
      'page quoted message': PAYLOADS.length,
    },
  };
}

describe.each(BROWSERS)('%s: hostile text is only ever text', (name) => {
  let session: Session;
  const { file, placements } = hostileFile();
  const found: { where: string; executed: boolean; elements: string[] }[] = [];
  let dialogs = 0;
  /** Dialogs the calibration alert opened (so the counter is shown to count). */
  let calibration = 0;

  /** Counts every dialog `view`'s page opens (Chromium), or any the browser shows (Firefox). */
  const watchDialogs = async (view: View): Promise<void> => {
    if (name === 'chromium') {
      session.chromiumPage(view).on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      return;
    }
    // Firefox draws every page prompt with the common dialog, which announces itself to
    // observers; each is counted and closed so no test command is left waiting on it.
    await session.firefoxChrome(`
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      if (win.__hostileDialogs !== undefined) return;
      win.__hostileDialogs = 0;
      const observer = { observe(subject) { win.__hostileDialogs++; subject.close(); } };
      Services.obs.addObserver(observer, 'common-dialog-loaded');
    `);
  };
  const dialogCount = async (): Promise<number> =>
    name === 'chromium'
      ? dialogs
      : session.firefoxChrome<number>(
          `return Services.wm.getMostRecentWindow('navigator:browser').__hostileDialogs;`,
        );

  /** Searches `view` (all of it, or `scope`), records what it found, returns what it read. */
  const look = async (where: string, view: View, scope: string | null = null) => {
    const seen: Inspection = await view.evaluate(inspect, scope);
    found.push({ where, executed: seen.executed, elements: seen.elements });
    expect(seen.executed, `${where}: a payload ran`).toBe(false);
    expect(seen.elements, `${where}: elements made from the text`).toEqual([]);
    return seen.text;
  };
  const readsLiterally = (where: string, text: string, payloads: Payload[], filled = false) => {
    for (const payload of payloads) {
      const want = filled ? asFilled(payload.text) : payload.text;
      expect(text.includes(want), `${where} shows ${payload.id} as text`).toBe(true);
    }
  };

  beforeAll(async () => {
    session = await launch(name);
    session.route(fixtureRoute(GMAIL, GMAIL_FIXTURE));
  });
  afterAll(async () => {
    const executed = found.filter((f) => f.executed).length;
    const elements = found.reduce((n, f) => n + f.elements.length, 0);
    const shown = Math.max(0, (await dialogCount().catch(() => dialogs)) - calibration);
    const fields = Object.keys(placements).length;
    const total = Object.values(placements).reduce((a, b) => a + b, 0);
    const line =
      `hostile text (${name}): ${PAYLOADS.length} payloads × ${fields} fields ` +
      `(${total} placed, ${found.length} views searched), ${executed} executed, ` +
      `${shown} dialogs, ${elements} elements`;
    console.log(line);
    const out = resolve(import.meta.dirname, '../../out/reliability');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      resolve(out, `hostile-${name}.json`),
      JSON.stringify({ line, executed, dialogs: shown, elements, placements }, null, 1),
    );
    await session?.close();
  });

  test('the counters count: a page alert, a marked root and a planted element are seen', async () => {
    const page = await session.open(`${GMAIL}#inbox`);
    await watchDialogs(page);
    await page.evaluate(() => void setTimeout(() => alert('calibration'), 0));
    // Marionette may fail a chrome-context call made while the alert is opening: ask again.
    calibration = await until(
      async () => (await dialogCount().catch(() => 0)) || null,
      'the calibration alert',
    );
    expect(calibration).toBe(1);
    // What a payload that ran, or was made into an element, would leave behind.
    const planted = await page.evaluate((scope: string | null) => {
      const image = document.createElement('img');
      image.setAttribute('data-hostile', '');
      const link = document.createElement('a');
      link.setAttribute('href', ' JavaScript:void 0');
      document.body.append(image, link);
      document.documentElement.dataset.pwned = '1';
      return scope;
    }, null);
    const seen: Inspection = await page.evaluate(inspect, planted);
    expect(seen.executed).toBe(true);
    expect(seen.elements).toEqual(['img[data-hostile]', 'a[href]']);
    await page.close();
  });

  test('options: imported as a file, shown as text; bad files refused with a message', async () => {
    const options = await session.openOptions();
    await watchDialogs(options);
    await choose(options, JSON.stringify(file), 'notes.json');
    await options.waitForText('#import-counts', `interviews: ${SHORT.length + 1}`);
    await options.click('#import-replace');
    await options.click('#import-run');
    await options.waitForText('.data-message', `interviews: ${SHORT.length + 1}`);
    await until(
      () => options.evaluate(() => document.querySelector<HTMLInputElement>('#user-name')!.value),
      'the imported name',
    );
    const text = await look('options page', options);
    readsLiterally('options: your name', text, [USER_NAME]);
    readsLiterally(
      'options: signature',
      text,
      SIGNED.filter((p) => SAMPLE.includes(p)),
    );
    readsLiterally('options: template names', text, SAMPLE);

    // Past every field's limit: refused, saying which field, and nothing already saved lost.
    const huge = structuredClone(file) as { interviews: Interview[] };
    huge.interviews[1]!.company = HUGE.text;
    await choose(options, JSON.stringify(huge), `${HUGE.text.slice(0, 60)}.json`);
    await options.waitForText('.import-errors', 'interviews[1].company');
    expect(await options.evaluate(() => document.querySelector('#import-run'))).toBeNull();
    await look('options page, 100 KB import refused', options);

    // Payloads where the file's own structure should be: in keys, the format and the version.
    const shaped = Object.fromEntries(SHORT.map((p) => [p.text, p.text]));
    await choose(
      options,
      JSON.stringify({ ...shaped, format: SAMPLE[0]!.text, version: SAMPLE[1]!.text }),
      `${SAMPLE[2]!.text}.json`,
    );
    await options.waitForText('.import-errors', 'format');
    await look('options page, hostile file refused', options);
    expect(
      await options.evaluate(() => document.querySelector<HTMLInputElement>('#user-name')!.value),
    ).toBe(USER_NAME.text);
    await options.close();
  });

  test('popup: every interview listed as text', async () => {
    const popup = await session.openPopup();
    await watchDialogs(popup);
    await popup.waitForText('body', SHORT[SHORT.length - 1]!.text);
    readsLiterally('popup', await look('popup', popup), SAMPLE);
    await popup.close();
  });

  test('panel and compose: every template, the page’s own text, a real Insert', async () => {
    const page = await session.open(composeUrl(GLORIA_EMAIL));
    await watchDialogs(page);
    const panel = await session.panel(page);
    await panel.waitForText('#ft-preview-body', 'Dear Gloria,');

    // The page's own text: recipient names, its subject and a quoted message.
    await pageText(page, SHORT);
    await look('mail page after its own hostile text', page, COMPOSE);

    readsLiterally('panel preview', await look('panel', panel), SAMPLE, true);
    for (const [i, payload] of SHORT.entries()) {
      const shown = await panel.evaluate((id: string) => {
        const select = document.querySelector<HTMLSelectElement>('#ft-template')!;
        select.value = id;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return select.value;
      }, `hostile-tpl-${i}`);
      expect(shown).toBe(`hostile-tpl-${i}`);
      await panel.waitForText('#ft-preview-body', `Template ${i}.`);
      const text = await look(`panel, template ${payload.id}`, panel);
      if (SAMPLE.includes(payload))
        readsLiterally(`panel, template ${payload.id}`, text, [payload]);
    }
    await panel.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('#ft-template')!;
      select.value = 'builtin-thank-you';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await panel.waitForText('#ft-preview-subject', 'Thank you, Gloria');

    await clickInsert(panel);
    const result = await until(async () => {
      const said = await panel.evaluate(() =>
        [...document.querySelectorAll('#ft-insert-result, [role=alert]')]
          .map((element) => element.textContent ?? '')
          .join(' '),
      );
      return /Inserted|Nothing was inserted|Couldn|longer than/.test(said) ? said : null;
    }, 'an answer to the insert');
    expect(result).toContain('Inserted');
    await until(
      async () => (await page.text(BODY)).includes(asFilled(SHORT[0]!.text)),
      'the draft in the compose body',
    );
    readsLiterally('compose body', await look('compose after Insert', page, COMPOSE), SAMPLE, true);
    await look('panel after Insert', panel);

    // 100 KB more of the page's own text, after the Insert: in Chromium, typing a long draft
    // into a body that holds 100 KB takes the browser's editor some 20 s (measured on
    // execCommand alone), which is no question of markup. The panel reads it all again.
    // A word typed after it shows the panel has read the compose since.
    const words = async () => /(\d+) words/.exec(await panel.text('#ft-body'))?.[1];
    const before = await words();
    await pageText(page, [HUGE]);
    await look('mail page after 100 KB of its own text', page, COMPOSE);
    await caretAfter(page, BODY, '');
    await page.evaluate(() => document.execCommand('insertText', false, 'Hello again. '));
    await until(async () => (await words()) !== before, 'the panel to read the compose again');
    await look('panel after 100 KB of page text', panel);

    // Every interview and interviewer, listed to choose from.
    await panel.click('#ft-change-pick');
    await panel.waitForText('#ft-pick-list', SHORT[SHORT.length - 1]!.text);
    readsLiterally('panel interviewer list', await look('panel list', panel), SAMPLE);
    await page.close();
  });

  test('printable card: the card filled from hostile notes is text', async () => {
    const card = await session.open(
      `${session.base}src/card/index.html?interview=hostile-target&interviewer=gloria`,
    );
    await watchDialogs(card);
    await card.waitForText('body', 'Dear Gloria');
    readsLiterally('card', await look('card page', card), SAMPLE, true);
    await card.close();
  });

  test('nothing ran and no dialog opened anywhere', async () => {
    expect((await dialogCount()) - calibration).toBe(0);
    expect(found.filter((f) => f.executed || f.elements.length)).toEqual([]);
  });
});

/**
 * Puts `payloads` where a mail page shows its own text: as recipient names (one chip each, and
 * the addressee's own chip renamed), as the subject, and as a quoted message below the body.
 */
function pageText(page: View, payloads: readonly Payload[]): Promise<void> {
  return page.evaluate(
    (texts: string[], compose: string) => {
      const root = document.querySelector(compose)!;
      const chip = root.querySelector('[data-hovercard-id]')!;
      texts.forEach((text, i) => {
        const copy = chip.cloneNode(true) as HTMLElement;
        copy.setAttribute('data-hovercard-id', `hostile${i}-${text.length}@page.example`);
        copy.setAttribute('data-name', text);
        copy.querySelector('.akl')!.textContent = text;
        chip.after(copy);
      });
      chip.setAttribute('data-name', texts[0]!);
      root.querySelector<HTMLInputElement>('input.aoT')!.value = texts[texts.length - 1]!;
      const quote = document.createElement('div');
      quote.className = 'gmail_quote';
      quote.textContent = texts.join('\n');
      root.querySelector('[g_editable=true]')!.append(quote);
    },
    payloads.map((p) => p.text),
    COMPOSE,
  );
}

/** Hands the options page a file as if the person chose it in the file picker. */
function choose(view: View, text: string, fileName: string): Promise<void> {
  return view.evaluate(
    (content: string, named: string) => {
      const input = document.querySelector('#import-file') as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], named, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    text,
    fileName,
  );
}
