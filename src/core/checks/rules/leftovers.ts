import type { Interviewer } from '../../model/types';
import { msg } from '../../i18n/text';
import { example, goodDraft } from '../examples';
import { finding } from '../finding';
import { clip, firstName } from '../format';
import type { DraftAnalysis, Finding, Rule, Span } from '../types';

// Template markers and blanks that must never reach an interviewer: [Company], {{firstName}},
// {role}, <Name>, XX, TODO, ____.
// Single brackets only count at the start of a word: "X{EPSU}" is a billing code.
const PLACEHOLDER =
  /\{\{[^{}\n]{0,40}\}\}|(?<![\p{L}\p{N}])(?:\[[^\]\n]{1,40}\]|\{[^{}\n]{1,40}\}|<[A-Za-z][^<>\n@/:]{0,30}>)|\b(?:X{2,}|TODO|TBD|FIXME)\b|_{3,}/gu;

const POSSESSIVE = /['’]s$/;

// The colleagues' name parts, worked out once per interviewer: the panel re-checks on every
// keystroke. A part the addressee shares ("Chris" and "Chris") cannot be told apart, so it is
// left out.
const namePartsOf = new WeakMap<Interviewer, Map<string, Interviewer>>();

function colleagueNameParts(analysis: DraftAnalysis): Map<string, Interviewer> {
  let parts = namePartsOf.get(analysis.interviewer);
  if (parts) return parts;
  const own = new Set(analysis.interviewer.name.toLowerCase().split(/\s+/));
  parts = new Map();
  for (const person of analysis.others) {
    for (const part of person.name.toLowerCase().split(/\s+/)) {
      if (part.length < 2 || part.endsWith('.') || own.has(part) || parts.has(part)) continue;
      parts.set(part, person);
    }
  }
  namePartsOf.set(analysis.interviewer, parts);
  return parts;
}

function inside(span: Span | undefined, at: number): boolean {
  return span !== undefined && at >= span.start && at < span.end;
}

function skipSpaces(text: string, at: number, step: 1 | -1): string | undefined {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i += step;
  return text[i];
}

/**
 * "Thanks again, Marcus." or "Marcus, I …": the name is spoken to, so the sentence was
 * probably written for the colleague. "please thank Marcus" or "Marcus asked" is a normal
 * mention in a panel interview.
 */
function isAddressed(analysis: DraftAnalysis, starts: Set<number>, span: Span): boolean {
  const before = skipSpaces(analysis.ownText, span.start - 1, -1);
  const after = skipSpaces(analysis.ownText, span.end, 1);
  const opens = starts.has(span.start) || before === ',' || before === '\n' || before === undefined;
  const closes = after === undefined || /[,.!?;:\n]/.test(after);
  return opens && closes;
}

function colleagueMentions(analysis: DraftAnalysis): Finding[] {
  const parts = colleagueNameParts(analysis);
  if (parts.size === 0) return [];
  // Sentence starts are only needed once a colleague's name turns up, which is rare.
  let starts: Set<number> | undefined;
  const found = new Map<Interviewer, { span: Span; addressed: boolean }>();
  for (const token of analysis.tokens) {
    const person =
      parts.get(token.text) ??
      (token.text.endsWith('s') && POSSESSIVE.test(token.text)
        ? parts.get(token.text.replace(POSSESSIVE, ''))
        : undefined);
    // Names are capitalised; "will" or "may" in lower case is just a word.
    if (!person || !/\p{Lu}/u.test(analysis.ownText[token.start] ?? '')) continue;
    // A wrong name in the greeting is the greeting rule's error; no second finding for it.
    if (inside(analysis.greetingSpan, token.start)) continue;
    if (found.get(person)?.addressed) continue;
    const span = { start: token.start, end: token.end };
    starts ??= new Set(analysis.sentences.map((s) => s.start));
    const addressed = isAddressed(analysis, starts, span);
    if (!found.has(person) || addressed) found.set(person, { span, addressed });
  }
  const to = firstName(analysis.interviewer);
  return [...found].map(([person, { span, addressed }]) => {
    const said = analysis.ownText.slice(span.start, span.end);
    return addressed
      ? finding(
          leftoversRule,
          'warning',
          msg('leftoverSpeaksTo', said, person.name, firstName(person), to),
          span,
        )
      : finding(leftoversRule, 'info', msg('leftoverMentions', said, person.name), span);
  });
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function otherCompanyMentions(analysis: DraftAnalysis): Finding[] {
  if (!analysis.input.otherCompanies?.length) return [];
  const lower = analysis.ownText.toLowerCase();
  const current = analysis.input.interview.company.toLowerCase().trim();
  const out: Finding[] = [];
  for (const company of analysis.input.otherCompanies ?? []) {
    const name = company.toLowerCase().trim();
    // The same employer saved for another role is not a leftover.
    if (name.length < 2 || current.includes(name) || name.includes(current)) continue;
    for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isWordChar(lower[at - 1]) || isWordChar(lower[end])) continue;
      if (/\p{Lu}/u.test(company.trim()[0] ?? '') && !/\p{Lu}/u.test(analysis.ownText[at] ?? '')) {
        continue;
      }
      out.push(
        finding(
          leftoversRule,
          'error',
          msg('leftoverCompany', analysis.ownText.slice(at, end), analysis.input.interview.company),
          { start: at, end },
        ),
      );
      break;
    }
  }
  return out;
}

// Every placeholder form needs one of these; most drafts have none, and the full pattern
// (with its look-behind) is one of the costlier scans of the text.
const PLACEHOLDER_HINTS = ['{', '[', '<', '___', 'XX', 'TODO', 'TBD', 'FIXME'];

function placeholders(analysis: DraftAnalysis): Finding[] {
  const text = analysis.ownText;
  if (!PLACEHOLDER_HINTS.some((hint) => text.includes(hint))) return [];
  const out: Finding[] = [];
  for (const match of analysis.ownText.matchAll(PLACEHOLDER)) {
    const start = match.index;
    out.push(
      finding(leftoversRule, 'error', msg('leftoverPlaceholder', clip(match[0], 40)), {
        start,
        end: start + match[0].length,
      }),
    );
  }
  return out;
}

/** "decisionDate" → "decision date", for messages. */
function fieldLabel(field: string): string {
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export const leftoversRule: Rule = {
  id: 'leftovers',
  title: 'ruleTitle_leftovers',
  reason: 'ruleReason_leftovers',
  defaults: { enabled: true, thresholds: {} },
  check(analysis) {
    const unfilled = (analysis.input.unfilledFields ?? []).map((field) =>
      finding(leftoversRule, 'warning', msg('leftoverUnfilled', fieldLabel(field))),
    );
    return [
      ...unfilled,
      ...placeholders(analysis),
      ...otherCompanyMentions(analysis),
      ...colleagueMentions(analysis),
    ];
  },
  examples: {
    pass: [
      example('a clean note', goodDraft, { otherCompanies: ['Harborview Bank', 'Lakeside Foods'] }),
      example('lower-case words that are also names', `${goodDraft}\n\nI will mark the date.`),
      example(
        'passes thanks to the colleague',
        goodDraft.replace('next steps.', 'next steps. Please thank Marcus for the tour.'),
      ),
    ],
    fail: [
      example('a bracketed placeholder', goodDraft.replace('Fenwick & Rowe', '[Company]')),
      example('a template field marker', goodDraft.replace('Gloria', '{{firstName}}')),
      example('an angle-bracket placeholder', goodDraft.replace('this morning', '<day>')),
      example(
        'TODO left in',
        `${goodDraft.replace('Best regards', 'TODO add dates\n\nBest regards')}`,
      ),
      example('XX for a number', goodDraft.replace('25', 'XX')),
      example('another company', goodDraft.replace('Fenwick & Rowe', 'Harborview Bank'), {
        otherCompanies: ['Harborview Bank'],
      }),
      example(
        'speaks to the colleague',
        goodDraft.replace('next steps.', 'next steps. Thanks again, Marcus!'),
      ),
      example('an unfilled field', goodDraft, { unfilledFields: ['decisionDate'] }),
    ],
  },
};
