/**
 * The demo's mail pages for `npm start`: a generic webmail inbox (navigation, toolbar, message
 * rows, a compose window at the bottom right) and a three-pane one (folders, message list,
 * reading pane), written from `demo-data.ts` so the page, the notes and the settings tell one
 * story. Each compose is the dated fixture's own `<template>`, so the content script meets the
 * structure it is tested against; only the signature and the sender's address are the demo
 * user's. No Google or Microsoft names, logos or colours: "Mail" with a plain envelope.
 *
 * Static markup only (the pages enforce a nonce CSP, and Gmail's Trusted Types): all text is
 * escaped here, and the fixture page scripts play the mail client's part.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportFile } from '../../src/core/model/export-file';
import type { DemoMessage } from './demo-data';

const ROOT = resolve(import.meta.dirname, '../..');
export const GMAIL_FIXTURE = 'test/fixtures/gmail/compose-new-2026-11-22.html';
export const OUTLOOK_FIXTURE = 'test/fixtures/outlook/compose-new-2026-11-22.html';

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The `<template id=…>` blocks of a fixture page, verbatim. */
function templates(file: string, ids: string[]): string {
  const html = readFileSync(resolve(ROOT, file), 'utf8');
  return ids
    .map((id) => {
      const match = new RegExp(`<template id="${id}">[\\s\\S]*?</template>`).exec(html);
      if (!match) throw new Error(`${file} has no <template id="${id}">`);
      return match[0];
    })
    .join('\n');
}

/** Swap one exact piece of fixture markup, and fail loudly if the fixture changed under us. */
function swap(html: string, from: string, to: string): string {
  if (!html.includes(from)) throw new Error(`demo page: fixture markup changed, "${from}" gone`);
  return html.split(from).join(to);
}

export interface DemoUser {
  name: string;
  email: string;
  /** Signature lines, as in Settings. */
  signature: string[];
}

export function demoUser(data: ExportFile): DemoUser {
  if (!data.settings) throw new Error('the demo data has no settings');
  const name = data.settings.userName;
  const signature = data.settings.signature.split('\n').filter((line) => line.trim());
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`;
  return { name, email, signature };
}

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** "9:41 AM" today, "Dec 3" before, as inbox lists show them. */
export function listDate(now: Date, minutesAgo: number): string {
  const at = new Date(now.getTime() - minutesAgo * 60_000);
  const sameDay = at.toDateString() === now.toDateString();
  return sameDay
    ? at.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' })
    : at.toLocaleDateString('en-US', { month: 'short', day: 'numeric' });
}

/** Simple line icons (24-unit boxes), drawn for the demo: no product's artwork. */
const ICONS: Record<string, string> = {
  menu: '<path d="M3 6h18M3 12h18M3 18h18"/>',
  search: '<circle cx="11" cy="11" r="6.5"/><path d="M16 16l5 5"/>',
  mail: '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3.5 6.5l8.5 6.5 8.5-6.5"/>',
  pencil: '<path d="M4 20h4L19 9l-4-4L4 16z"/><path d="M13.5 6.5l4 4"/>',
  inbox: '<path d="M3 13h5l1.5 3h5l1.5-3h5"/><rect x="3" y="4" width="18" height="16" rx="2"/>',
  star: '<path d="M12 3.5l2.6 5.4 5.9.8-4.3 4.1 1 5.8-5.2-2.8-5.2 2.8 1-5.8-4.3-4.1 5.9-.8z"/>',
  clock: '<circle cx="12" cy="12" r="8.5"/><path d="M12 7v5l3 2"/>',
  send: '<path d="M3 20l18-8L3 4l2.5 8z"/><path d="M5.5 12H12"/>',
  file: '<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4"/>',
  label: '<path d="M3 7v5l9 9 8-8-9-9H5a2 2 0 0 0-2 2z"/><circle cx="7.5" cy="7.5" r="1.2"/>',
  gear: '<circle cx="12" cy="12" r="3"/><path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1"/>',
  help: '<circle cx="12" cy="12" r="8.5"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6"/><path d="M12 17h.01"/>',
  grid: '<path d="M5 5h2v2H5zM11 5h2v2h-2zM17 5h2v2h-2zM5 11h2v2H5zM11 11h2v2h-2zM17 11h2v2h-2zM5 17h2v2H5zM11 17h2v2h-2zM17 17h2v2h-2z"/>',
  refresh: '<path d="M19 12a7 7 0 1 1-2-4.9"/><path d="M19 4v4h-4"/>',
  more: '<circle cx="12" cy="5.5" r="1"/><circle cx="12" cy="12" r="1"/><circle cx="12" cy="18.5" r="1"/>',
  box: '<rect x="5" y="5" width="14" height="14" rx="2"/>',
  chevronLeft: '<path d="M14.5 6l-6 6 6 6"/>',
  chevronRight: '<path d="M9.5 6l6 6-6 6"/>',
  flag: '<path d="M5 21V4h11l-2 4 2 4H5"/>',
  trash: '<path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13"/>',
  archive: '<rect x="3" y="4" width="18" height="4" rx="1"/><path d="M5 8v11h14V8M10 12h4"/>',
};

const icon = (name: string, size = 20): string =>
  `<svg class="ic" width="${size}" height="${size}" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round">${ICONS[name]}</svg>`;

// --- Gmail-like ------------------------------------------------------------------------------

const GMAIL_STYLE = `
  html, body { margin: 0; height: 100%; overflow: hidden; }
  body { font: 14px/20px Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f1f1f; background: #f6f8fc; }
  .ic { display: block; flex: none; }
  .top { position: fixed; inset: 0 0 auto 0; height: 64px; display: flex; align-items: center; gap: 8px; padding: 0 16px 0 12px; }
  .round { width: 40px; height: 40px; border-radius: 50%; display: grid; place-items: center; color: #444746; }
  .brand { display: flex; align-items: center; gap: 8px; width: 190px; font-size: 22px; color: #444746; }
  .brand .ic { color: #3a6ea5; }
  .search { flex: 0 1 720px; height: 48px; border-radius: 24px; background: #e9eef6; display: flex; align-items: center; gap: 12px; padding: 0 16px; color: #444746; font-size: 16px; }
  .top .spacer { flex: 1; }
  .avatar { width: 32px; height: 32px; border-radius: 50%; background: #7b5ea7; color: #fff; display: grid; place-items: center; font-size: 14px; font-weight: 500; margin-left: 8px; }
  .aeN { position: fixed; top: 64px; left: 0; bottom: 0; width: 256px; padding: 8px 16px 0 0; box-sizing: border-box; }
  .T-I.T-KT-Jp { display: inline-flex; align-items: center; gap: 12px; margin: 0 0 16px 8px; padding: 0 24px 0 18px; height: 56px; border-radius: 16px; background: #c2e7ff; color: #001d35; font-weight: 500; cursor: pointer; box-shadow: 0 1px 2px rgba(0,0,0,.1); }
  .folders { list-style: none; margin: 0; padding: 0; }
  .folders li { display: flex; align-items: center; gap: 18px; height: 32px; padding: 0 12px 0 26px; border-radius: 0 16px 16px 0; color: #202124; }
  .folders li.on { background: #d3e3fd; font-weight: 700; color: #001d35; }
  .folders .n { margin-left: auto; font-size: 12px; }
  .labels-head { margin: 16px 0 4px 26px; font-size: 16px; font-weight: 500; color: #1f1f1f; }
  .dot { width: 10px; height: 10px; border-radius: 3px; margin: 0 5px; }
  .bkK { position: fixed; top: 64px; left: 256px; right: 16px; bottom: 16px; background: #fff; border-radius: 16px; overflow: hidden; display: flex; flex-direction: column; }
  .bar { display: flex; align-items: center; gap: 4px; height: 48px; padding: 0 8px 0 12px; color: #444746; }
  .bar .round { width: 36px; height: 36px; }
  .bar .pages { margin-left: auto; font-size: 12px; color: #444746; display: flex; align-items: center; gap: 4px; }
  .tabs { display: flex; border-bottom: 1px solid #e7e9ec; }
  .tabs div { flex: 0 0 250px; display: flex; align-items: center; gap: 16px; height: 52px; padding: 0 16px; color: #444746; font-weight: 500; }
  .tabs .on { color: #0b57d0; box-shadow: inset 0 -3px 0 #0b57d0; }
  .rows { flex: 1; overflow: hidden; }
  .zA { display: flex; align-items: center; height: 40px; padding: 0 16px 0 8px; border-bottom: 1px solid #f0f2f5; color: #202124; background: #f2f6fc; }
  .zA.unread { background: #fff; font-weight: 700; }
  .zA .ic { color: #8a8d91; margin: 0 6px; }
  .zA .starred { color: #e3a008; fill: #f4c542; }
  .who { flex: 0 0 184px; padding-left: 10px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .what { flex: 1; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .what .snip { color: #5f6368; font-weight: 400; }
  .chip { display: inline-block; font-size: 12px; line-height: 18px; padding: 0 6px; margin-right: 6px; border-radius: 4px; background: #e6f4ea; color: #0d652d; font-weight: 500; }
  .when { flex: 0 0 72px; text-align: right; font-size: 12px; }
  .dw { position: fixed; right: 0; bottom: 0; pointer-events: none; z-index: 4; }
  .dw .no { display: flex; flex-direction: row-reverse; align-items: flex-end; gap: 16px; padding-right: 24px; }
  .AD { pointer-events: auto; width: 540px; background: #fff; border-radius: 8px 8px 0 0; box-shadow: 0 8px 10px 1px rgba(0,0,0,.14), 0 3px 14px 2px rgba(0,0,0,.12); overflow: hidden; }
  .Hy { background: #f2f6fc; padding: 8px 8px 8px 16px; }
  .Ht { width: 100%; border-collapse: collapse; }
  .Hm { display: flex; align-items: center; justify-content: flex-end; gap: 4px; }
  .Hy .title { flex: 1; font-weight: 500; font-size: 14px; color: #041e49; }
  .Hm button { border: 0; background: none; cursor: pointer; width: 24px; height: 24px; color: #444746; font-size: 15px; }
  .aoD { border-bottom: 1px solid #e7e9ec; padding: 8px 0; margin: 0 16px; color: #444746; display: flex; align-items: center; gap: 8px; }
  .aoD .pE, .aoD .pB { color: #444746; }
  .aoT { border: 0; width: 100%; font: inherit; outline: none; color: #1f1f1f; }
  .anm { display: flex; flex: 1; flex-wrap: wrap; gap: 4px; align-items: center; }
  .aB.gQ { margin-right: 6px; }
  .afV { background: #fff; border: 1px solid #c4c7c5; border-radius: 12px; padding: 0 8px; line-height: 22px; color: #1f1f1f; }
  .agP { border: 0; outline: none; flex: 1; min-width: 80px; font: inherit; }
  .iN { width: 100%; border-collapse: collapse; }
  .Ap { padding: 0 16px; }
  .Am { min-height: 300px; max-height: 380px; overflow: auto; padding: 12px 0; outline: none; font: 14px/20px Arial, sans-serif; color: #222; }
  .gmail_signature { color: #5f6368; }
  .IZ { border-collapse: collapse; }
  .aDh { padding: 12px 16px 14px; }
  .btA { display: inline-flex; }
  .T-I.aoO { background: #0b57d0; color: #fff; border-radius: 18px 0 0 18px; padding: 0 20px; line-height: 36px; font-weight: 500; cursor: pointer; }
  .T-I.hG { background: #0b57d0; color: #fff; border-radius: 0 18px 18px 0; border-left: 1px solid #3c7be0; padding: 0 10px; line-height: 36px; cursor: pointer; }
  .a0z { padding-left: 8px; color: #444746; cursor: pointer; }
  .aSs { position: fixed; inset: 0; background: rgba(0,0,0,.5); display: none; z-index: 5; }
  .aSs.on { display: block; }
  .aSt { position: absolute; inset: 40px 15%; }
  .aSt .AD { width: auto; height: 100%; border-radius: 8px; }
`;

export function gmailDemoPage(data: ExportFile, inbox: DemoMessage[], now: Date): string {
  const user = demoUser(data);
  const unread = inbox.filter((m) => m.unread).length;
  const rows = inbox
    .map(
      (m) => `
        <div class="zA${m.unread ? ' unread' : ''}">
          ${icon('box')}${m.starred ? icon('star').replace('class="ic"', 'class="ic starred"') : icon('star')}
          <span class="who">${escape(m.from)}</span>
          <span class="what">${m.label ? `<span class="chip">${escape(m.label)}</span>` : ''}${escape(m.subject)} <span class="snip">- ${escape(m.snippet)}</span></span>
          <span class="when">${escape(listDate(now, m.minutesAgo))}</span>
        </div>`,
    )
    .join('');
  const folder = (name: string, label: string, count = '', on = false) =>
    `<li${on ? ' class="on"' : ''}>${icon(name)}<span>${label}</span><span class="n">${count}</span></li>`;
  let compose = templates(GMAIL_FIXTURE, ['compose', 'chip', 'classic-chip']);
  compose = swap(
    compose,
    '-- <br />Alex Candidate<br />(555) 010-2233',
    `-- <br />${user.signature.map(escape).join('<br />')}`,
  );
  compose = swap(compose, 'candidate@example.com', escape(user.email));
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Inbox (${unread}) - ${escape(user.email)} - Mail</title>
    <style nonce="fixture">${GMAIL_STYLE}</style>
  </head>
  <body>
    <header class="top">
      <span class="round">${icon('menu', 24)}</span>
      <span class="brand">${icon('mail', 30)}Mail</span>
      <div class="search" role="search">${icon('search', 22)}<span>Search mail</span></div>
      <span class="spacer"></span>
      <span class="round">${icon('help', 22)}</span>
      <span class="round">${icon('gear', 22)}</span>
      <span class="round">${icon('grid', 22)}</span>
      <span class="avatar" aria-label="${escape(user.name)}">${escape(initials(user.name))}</span>
    </header>
    <div class="nH" role="navigation">
      <div class="aeN">
        <div class="T-I T-KT-Jp" role="button" tabindex="0" gh="cm">${icon('pencil', 22)}Compose</div>
        <ul class="folders">
          ${folder('inbox', 'Inbox', String(unread), true)}
          ${folder('star', 'Starred')}
          ${folder('clock', 'Snoozed')}
          ${folder('send', 'Sent')}
          ${folder('file', 'Drafts', '2')}
        </ul>
        <div class="labels-head">Labels</div>
        <ul class="folders">
          <li><span class="dot" style="background:#34a853"></span><span>Interviews</span></li>
          <li><span class="dot" style="background:#f6bf26"></span><span>Job search</span></li>
          <li><span class="dot" style="background:#a142f4"></span><span>Family</span></li>
        </ul>
      </div>
    </div>
    <div class="bkK" role="main">
      <div class="bar">
        <span class="round">${icon('box')}</span>
        <span class="round">${icon('refresh')}</span>
        <span class="round">${icon('more')}</span>
        <span class="pages">1–${inbox.length} of 1,284 <span class="round">${icon('chevronLeft')}</span><span class="round">${icon('chevronRight')}</span></span>
      </div>
      <div class="tabs"><div class="on">${icon('inbox')}Primary</div><div>${icon('label')}Updates</div><div>${icon('flag')}Promotions</div></div>
      <div class="rows">${rows}</div>
    </div>
    <div class="dw"><div class="nH"><div class="nH"><div class="no"></div></div></div></div>
    <div class="aSs"><div class="aSt"></div></div>
    ${compose}
    <script nonce="fixture" src="/_fixture/gmail.js"></script>
  </body>
</html>
`;
}

// --- Outlook-like (three panes) ---------------------------------------------------------------

const OUTLOOK_STYLE = `
  html, body { margin: 0; height: 100%; overflow: hidden; }
  body { font: 14px/20px "Segoe UI", system-ui, -apple-system, sans-serif; color: #242424; background: #f5f5f5; }
  .ic { display: block; flex: none; }
  .top { position: fixed; inset: 0 0 auto 0; height: 48px; background: #1f4e79; color: #fff; display: flex; align-items: center; gap: 12px; padding: 0 12px; }
  .top .app { font-size: 16px; font-weight: 600; display: flex; align-items: center; gap: 10px; width: 220px; }
  .search { flex: 0 1 560px; margin: 0 auto; height: 32px; border-radius: 4px; background: #fff; color: #616161; display: flex; align-items: center; gap: 8px; padding: 0 10px; }
  .avatar { width: 32px; height: 32px; border-radius: 50%; background: #c4e0f9; color: #1f4e79; display: grid; place-items: center; font-weight: 600; font-size: 13px; }
  .ribbon { position: fixed; top: 48px; left: 0; right: 0; height: 44px; background: #fff; border-bottom: 1px solid #e0e0e0; display: flex; align-items: center; gap: 6px; padding: 0 12px; }
  .ribbon .tool { display: flex; align-items: center; gap: 6px; padding: 4px 10px; border-radius: 4px; color: #424242; }
  .fui-Button { border: 1px solid #d1d1d1; border-radius: 4px; background: #fff; padding: 5px 12px; font: inherit; cursor: pointer; color: #242424; }
  .___1ajfygx { background: #1f4e79; color: #fff; border-color: #1f4e79; }
  .ribbon .___1ajfygx { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; }
  .Hvt1T { position: absolute; top: 92px; left: 0; bottom: 0; width: 220px; padding: 12px 8px; box-sizing: border-box; background: #f5f5f5; }
  .Hvt1T .group { font-weight: 600; padding: 6px 8px; color: #242424; }
  .Hvt1T [role=treeitem] { display: flex; align-items: center; gap: 10px; padding: 6px 8px 6px 12px; border-radius: 4px; color: #424242; }
  .Hvt1T [role=treeitem][aria-selected=true] { background: #dce8f5; font-weight: 600; color: #1f4e79; }
  .Hvt1T .n { margin-left: auto; font-weight: 600; color: #1f4e79; }
  .list { position: absolute; top: 92px; left: 220px; bottom: 0; width: 380px; background: #fff; border-right: 1px solid #e0e0e0; overflow: hidden; }
  .list-head { display: flex; align-items: center; gap: 18px; padding: 10px 16px 0; border-bottom: 1px solid #e0e0e0; }
  .list-head span { padding-bottom: 8px; color: #616161; font-weight: 600; }
  .list-head .on { color: #1f4e79; box-shadow: inset 0 -2px 0 #1f4e79; }
  .msg { position: relative; padding: 8px 16px 8px 24px; border-bottom: 1px solid #f0f0f0; }
  .msg.unread::before { content: ""; position: absolute; left: 0; top: 0; bottom: 0; width: 3px; background: #1f4e79; }
  .msg.sel { background: #dce8f5; }
  .msg .l1 { display: flex; justify-content: space-between; }
  .msg .from { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .msg.unread .from, .msg.unread .subj { font-weight: 600; }
  .msg.unread .time { color: #1f4e79; font-weight: 600; }
  .msg .time { font-size: 12px; color: #616161; flex: none; margin-left: 8px; }
  .msg .subj, .msg .prev { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .msg .subj { color: #242424; }
  .msg .prev { color: #616161; font-size: 13px; }
  #ReadingPaneContainerId { position: absolute; top: 92px; left: 600px; right: 0; bottom: 0; overflow: auto; padding: 12px 16px; box-sizing: border-box; }
  [id^="docking_InitVisiblePart_"] { background: #fff; border-radius: 8px; padding: 8px 16px; box-shadow: 0 2px 4px rgba(0,0,0,.14), 0 0 2px rgba(0,0,0,.12); }
  [id^="docking_InitVisiblePart_"][hidden] { display: none; }
  .EhA5g { display: flex; gap: 8px; align-items: center; padding: 4px 0 8px; }
  .ms-SplitButton { display: inline-flex; }
  .ms-SplitButton button:first-child { border-radius: 4px 0 0 4px; }
  .ms-SplitButton button + button { border-radius: 0 4px 4px 0; border-left: 1px solid #fff; }
  .bvZ9d { display: flex; align-items: center; gap: 8px; border-bottom: 1px solid #e0e0e0; padding: 6px 0; }
  .bvZ9d[hidden] { display: none; }
  .bvZ9d [contenteditable] { flex: 1; min-height: 20px; outline: none; }
  .wXwxh { background: #ebebeb; border-radius: 12px; padding: 1px 8px; margin-right: 4px; }
  .fui-Input { flex: 1; display: flex; gap: 4px; }
  .fui-Input__input { flex: 1; border: 0; outline: none; font: inherit; padding: 6px 0; }
  .dFCbN { min-height: 380px; padding: 10px 0; outline: none; font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; }
  .OZZZK { color: #616161; font-size: 12px; }
`;

export function outlookDemoPage(data: ExportFile, inbox: DemoMessage[], now: Date): string {
  const user = demoUser(data);
  const unread = inbox.filter((m) => m.unread).length;
  const rows = inbox
    .map(
      (m, i) => `
        <div class="msg${m.unread ? ' unread' : ''}${i === 3 ? ' sel' : ''}">
          <div class="l1"><span class="from">${escape(m.from)}</span><span class="time">${escape(listDate(now, m.minutesAgo))}</span></div>
          <div class="subj">${escape(m.subject)}</div>
          <div class="prev">${escape(m.snippet)}</div>
        </div>`,
    )
    .join('');
  const folder = (name: string, label: string, count = '', on = false) =>
    `<div role="treeitem"${on ? ' aria-selected="true"' : ''}>${icon(name, 18)}<span>${label}</span><span class="n">${count}</span></div>`;
  let compose = templates(OUTLOOK_FIXTURE, ['compose', 'chip']);
  compose = swap(
    compose,
    '<div>Dana Whitfield</div><div>(555) 010-4477</div>',
    user.signature.map((line) => `<div>${escape(line)}</div>`).join(''),
  );
  compose = swap(compose, 'dana.whitfield@example.com', escape(user.email));
  return `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <title>Mail - ${escape(user.name)}</title>
    <style nonce="fixture">${OUTLOOK_STYLE}</style>
  </head>
  <body>
    <div id="app">
      <div class="top" role="banner">
        <span class="app">${icon('grid', 20)}Mail</span>
        <div class="search" role="search">${icon('search', 18)}<span>Search</span></div>
        ${icon('gear', 20)}
        <span class="avatar" aria-label="${escape(user.name)}">${escape(initials(user.name))}</span>
      </div>
      <div class="ribbon">
        <button type="button" class="fui-Button ___1ajfygx" aria-label="New mail" data-fixture="new-mail">${icon('pencil', 16)}New mail</button>
        <span class="tool">${icon('trash', 18)}Delete</span>
        <span class="tool">${icon('archive', 18)}Archive</span>
        <span class="tool">${icon('flag', 18)}Flag</span>
      </div>
      <div class="Hvt1T" role="navigation" aria-label="Navigation pane">
        <div class="group">Favorites</div>
        <div role="tree" aria-label="Folders">
          ${folder('inbox', 'Inbox', String(unread), true)}
          ${folder('send', 'Sent Items')}
          ${folder('file', 'Drafts', '1')}
          ${folder('archive', 'Archive')}
          ${folder('label', 'Interviews')}
        </div>
      </div>
      <div role="main" id="MainModule">
        <div class="list" role="region" aria-label="Message list">
          <div class="list-head"><span class="on">Focused</span><span>Other</span></div>
          ${rows}
        </div>
        <div id="ReadingPaneContainerId" role="region" aria-label="Reading pane">
          <div data-app-section="MailReadCompose" data-fixture="compose-slot"></div>
        </div>
      </div>
    </div>
    ${compose}
    <script nonce="fixture" src="/_fixture/outlook.js"></script>
  </body>
</html>
`;
}
