import type { NoteKind, RuleSetting } from '../../model/types';
import { msg, type MessageKey } from '../../i18n/text';
import { example, exampleInput, goodDraft, padTo } from '../examples';
import { finding } from '../finding';
import { firstName, formatSeconds } from '../format';
import { threshold } from '../settings';
import type { DraftAnalysis, Rule } from '../types';

interface Band {
  thinBelow: number;
  goodMin: number;
  goodMax: number;
  longAbove: number;
  muchTooLongAbove: number;
}

// Follow-ups are a brief nudge; a card has room for about 120 handwritten words.
const defaultBands: Record<NoteKind, Band> = {
  'thank-you': { thinBelow: 50, goodMin: 75, goodMax: 150, longAbove: 200, muchTooLongAbove: 300 },
  'follow-up': { thinBelow: 25, goodMin: 40, goodMax: 100, longAbove: 150, muchTooLongAbove: 250 },
  card: { thinBelow: 30, goodMin: 50, goodMax: 120, longAbove: 150, muchTooLongAbove: 200 },
};

// Thank-you thresholds keep the plain names; other kinds are prefixed ("card.goodMax").
const prefix: Record<NoteKind, string> = {
  'thank-you': '',
  'follow-up': 'followUp.',
  card: 'card.',
};

const kindLabel: Record<NoteKind, MessageKey> = {
  'thank-you': 'lengthKind_thank_you',
  'follow-up': 'lengthKind_follow_up',
  card: 'lengthKind_card',
};

function bandFor(kind: NoteKind, setting: RuleSetting): Band {
  const defaults = defaultBands[kind];
  const read = (key: keyof Band) => threshold(setting, prefix[kind] + key, defaults[key]);
  return {
    thinBelow: read('thinBelow'),
    goodMin: read('goodMin'),
    goodMax: read('goodMax'),
    longAbove: read('longAbove'),
    muchTooLongAbove: read('muchTooLongAbove'),
  };
}

function defaultThresholds(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const kind of Object.keys(defaultBands) as NoteKind[]) {
    for (const [key, value] of Object.entries(defaultBands[kind])) out[prefix[kind] + key] = value;
  }
  return out;
}

/** From the first word past the limit to the end: the part to cut. */
function tail(analysis: DraftAnalysis, fromWord: number) {
  const first = analysis.tokens[fromWord];
  return first ? { start: first.start, end: analysis.ownText.length } : undefined;
}

export const lengthRule: Rule = {
  id: 'length',
  title: 'ruleTitle_length',
  reason: 'ruleReason_length',
  defaults: { enabled: true, thresholds: defaultThresholds() },
  check(analysis, setting) {
    const band = bandFor(analysis.input.kind, setting);
    const words = analysis.words;
    const reading = formatSeconds(analysis.readingSeconds);
    const summary =
      words === 1 ? msg('lengthSummaryOne', reading) : msg('lengthSummaryMany', words, reading);
    const aim = msg('lengthAim', band.goodMin, band.goodMax, msg(kindLabel[analysis.input.kind]));
    if (words > band.muchTooLongAbove) {
      return [
        finding(
          lengthRule,
          'error',
          msg('lengthMuchTooLong', summary, aim, firstName(analysis.interviewer)),
          tail(analysis, band.goodMax),
        ),
      ];
    }
    if (words > band.longAbove) {
      return [
        finding(
          lengthRule,
          'warning',
          msg('lengthLong', summary, aim),
          tail(analysis, band.goodMax),
        ),
      ];
    }
    if (words < band.thinBelow) {
      return [
        finding(lengthRule, 'warning', msg('lengthThin', summary, firstName(analysis.interviewer))),
      ];
    }
    if (words < band.goodMin)
      return [finding(lengthRule, 'info', msg('lengthALittleShort', summary, aim))];
    if (words > band.goodMax)
      return [finding(lengthRule, 'info', msg('lengthALittleLong', summary, aim))];
    return [finding(lengthRule, 'info', summary)];
  },
  examples: {
    pass: [
      example('a note of about 110 words', goodDraft),
      example('a short follow-up', shortFollowUp(), { kind: 'follow-up' }),
    ],
    fail: [
      example('three lines', 'Dear Gloria,\n\nThank you for your time today.\n\nBest,\nDana'),
      example('about 260 words', padTo(260)),
      example('about 350 words', padTo(350)),
      { name: 'a 180-word card', input: exampleInput(padTo(180), { kind: 'card' }) },
    ],
  },
};

function shortFollowUp(): string {
  return `Dear Gloria,

I hope your week is going well. You mentioned a decision around April 17, so I wanted to check in on the Store Manager role. I am still very interested and happy to send anything else you need.

Best regards,
Dana Whitfield`;
}
