import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractOwnText } from './own-text';

const gmailReply = `Hi Amara,

Thanks for the write-up.

Best,
Sam

On Tue, Sep 15, 2026 at 4:48 PM Amara Nwosu <anwosu@larkspur.example> wrote:
> Hi Sam,
>
> Great chatting today.
>
> Amara`;

const gmailWrappedAttribution = `Thanks again!
Ravi

On Tue, May 19, 2026 at 12:40 PM Monique Baptiste <
mbaptiste@alpineparcel.example> wrote:

> Ravi,
> Attached is the scorecard.`;

const signature = `Thank you again.

Warm regards,
Tomasz

-- 
Tomasz Wierzbicki
(555) 203-8841`;

const outlookReply = `Dear Ms. Crane,

Thank you for the tour.

Kind regards,
Carly

________________________________
From: Philippa Crane <pcrane@larchmontinn.example>
Sent: Tuesday, September 29, 2026 2:05 PM
To: Carly Benoit <carly@mailbox.example>
Subject: Photos

Lovely to meet you.`;

const outlookOriginal = `Thanks Dana, see you then.

-----Original Message-----
From: Dana <dana@x.example>
Sent: Monday
Hello`;

const forwarded = `Please see below.

---------- Forwarded message ---------
From: HR <hr@x.example>
Date: Mon, Apr 6, 2026 at 9:00 AM
Subject: Interview`;

const fromHeaderOnly = `Here is my note.

From: Dana Li <dana@x.example>
Date: Monday, April 6, 2026
Subject: Interview
Body`;

describe('extractOwnText', () => {
  test.each([
    ['Gmail reply with quote', gmailReply, 'Hi Amara,\n\nThanks for the write-up.\n\nBest,\nSam'],
    ['wrapped attribution', gmailWrappedAttribution, 'Thanks again!\nRavi'],
    ['"-- " signature', signature, 'Thank you again.\n\nWarm regards,\nTomasz'],
    ['"--" signature', 'Thanks.\n--\nJo', 'Thanks.'],
    [
      'Outlook separator and header block',
      outlookReply,
      'Dear Ms. Crane,\n\nThank you for the tour.\n\nKind regards,\nCarly',
    ],
    ['Original Message', outlookOriginal, 'Thanks Dana, see you then.'],
    ['forwarded message', forwarded, 'Please see below.'],
    ['From/Date header without separator', fromHeaderOnly, 'Here is my note.'],
    ['stray quoted lines', 'Yes.\n> you asked\n>\nI can.', 'Yes.\nI can.'],
    [
      'attribution whose quote was already removed',
      'Thanks!\n\nOn Tue, Sep 15, 2026 at 4:48 PM A <a@x.example> wrote:\n',
      'Thanks!',
    ],
    [
      '"wrote:" in a sentence followed by own text',
      'On my blog I wrote:\nmore text here',
      'On my blog I wrote:\nmore text here',
    ],
    ['an em dash line is not a signature', 'Thanks.\n---\nMore', 'Thanks.\n---\nMore'],
    ['"-- x" is not a signature marker', 'Thanks -- really.\n-- x', 'Thanks -- really.\n-- x'],
    ['trailing whitespace', 'Thanks.   \n\n  \n', 'Thanks.'],
    ['CRLF', 'Thanks.\r\n-- \r\nJo', 'Thanks.'],
    ['greater-than in a sentence', 'Revenue grew > 20% there.', 'Revenue grew > 20% there.'],
    ['empty', '', ''],
    [
      'Gmail forward in German keeps the line above it',
      'Zur Info, unten meine Notiz.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Lena Vogt <lv@x.example>\nDatum: Mo., 6. Apr. 2026\nBetreff: Termin\nAn: <me@x.example>\n\nHallo!',
      'Zur Info, unten meine Notiz.',
    ],
    [
      'Thunderbird forward in French',
      'Voici le message.\n\n-------- Message transféré --------\nSujet : Entretien\nDate : Mon, 6 Apr 2026\nDe : RH <rh@x.example>\nPour : moi',
      'Voici le message.',
    ],
    [
      'Apple Mail forward with Subject before Date',
      'Forwarding the schedule, as promised.\n\nBegin forwarded message:\n\nFrom: Ines Duarte <id@x.example>\nSubject: Schedule\nDate: April 6, 2026 at 9:00:00 AM EDT\nTo: me@x.example\n\nSee attached.',
      'Forwarding the schedule, as promised.',
    ],
    [
      'Apple Mail forward in Spanish',
      'Te reenvío el correo.\n\nInicio del mensaje reenviado:\n\nDe: Ana <ana@x.example>\nAsunto: Entrevista\nFecha: 6 de abril de 2026\nPara: yo@x.example',
      'Te reenvío el correo.',
    ],
    [
      'Outlook forward in German without a separator line',
      'Anbei die Nachricht.\n\nVon: Jonas Brandt <jb@x.example>\nGesendet: Montag, 6. April 2026 09:00\nAn: ich@x.example\nBetreff: Gespräch\n\nText',
      'Anbei die Nachricht.',
    ],
    [
      'Yahoo forward marker',
      'See below.\n\n----- Forwarded Message -----\nFrom: Kai <k@x.example>\nTo: me\nSent: Monday\nSubject: Hi',
      'See below.',
    ],
    [
      'a one-line preface above the forward stays, greeting and all',
      'Hi Dana — here is the portfolio link I promised.\n\n---------- Forwarded message ---------\nFrom: Me <me@x.example>\nDate: Mon, Apr 6, 2026\nSubject: Portfolio\nTo: Dana <d@x.example>\n\nhttps://portfolio.example',
      'Hi Dana — here is the portfolio link I promised.',
    ],
    [
      'a forwarded header with nothing above it: the note under it is the user’s own',
      '---------- Forwarded message ---------\nFrom: Me <me@x.example>\nDate: Mon, Apr 6, 2026\nSubject: Thank you\nTo: Dana <d@x.example>\n\nHi Dana,\n\nThank you for your time.\n\nBest,\nSam\n\n-- \nSam Ortiz',
      'Hi Dana,\n\nThank you for your time.\n\nBest,\nSam',
    ],
    [
      'a sentence that starts with "From:" is not a header',
      'From: my side, all good.\nThanks.',
      'From: my side, all good.\nThanks.',
    ],
    [
      '"Subject:" and "To:" lines without a sender stay',
      'Subject: the Q3 plan\nTo: everyone on the panel, thanks.',
      'Subject: the Q3 plan\nTo: everyone on the panel, thanks.',
    ],
  ])('%s', (_name, input, expected) => {
    const own = extractOwnText(input);
    expect(own).toBe(expected);
    expect(extractOwnText(own)).toBe(own);
  });

  interface DevCase {
    id: string;
    draft: string;
  }
  const dev = JSON.parse(
    readFileSync(new URL('../../../test/eval/dev.json', import.meta.url), 'utf8'),
  ) as DevCase[];

  test.each(dev.map((c) => [c.id, c.draft] as const))(
    '%s: no quote or signature left',
    (_id, draft) => {
      const own = extractOwnText(draft);
      expect(own).not.toMatch(/^>/m);
      expect(own).not.toMatch(/wrote:\s*$/m);
      expect(own).not.toMatch(/^-- ?$/m);
      expect(own.length).toBeGreaterThan(100);
      expect(extractOwnText(own)).toBe(own);
      // Clean text from a host adapter (quote and signature removed) gives the same result.
      expect(extractOwnText(own + '\n\n')).toBe(own);
    },
  );

  test('dev-001 keeps the sign-off but not the signature', () => {
    const draft = dev.find((c) => c.id === 'dev-001')?.draft ?? '';
    expect(extractOwnText(draft).endsWith('Best regards,\nPriya')).toBe(true);
  });
});
