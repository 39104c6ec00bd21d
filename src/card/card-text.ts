/**
 * The handwritten card's text: the user's card template (an edited built-in, else the
 * shipped one) filled for one interviewer, with its word count measured by the same length
 * rule the panel uses, in the card's own band (about 120 words fit on a card).
 */
import { checkDraft } from '../core/checks';
import type { Text } from '../core/i18n/text';
import type { Interview, Interviewer, Settings, Template } from '../core/model/types';
import { BUILT_IN_TEMPLATES } from '../core/templates/built-in-templates';
import { fillTemplate } from '../core/templates/fill-template';

export interface CardDraft {
  text: string;
  /** Fields the template could not fill (named so the user knows what to add by hand). */
  missing: string[];
}

export interface CardLength {
  words: number;
  /** The length rule's verdict for a card ("118 words, about 30 s to read"), if it is on. */
  message: Text | null;
  severity: 'info' | 'warning' | 'error';
}

export function cardTemplate(templates: Template[]): Pick<Template, 'subject' | 'body'> {
  const shipped = BUILT_IN_TEMPLATES.find((t) => t.type === 'card');
  const own =
    templates.find((t) => t.type === 'card' && t.builtIn) ??
    templates.find((t) => t.type === 'card');
  // The built-ins always include a card; the fallback only keeps the types honest.
  return own ?? shipped ?? { subject: '', body: '' };
}

export function cardDraft(
  interview: Interview,
  interviewer: Interviewer,
  templates: Template[],
  settings: Settings,
): CardDraft {
  const filled = fillTemplate(cardTemplate(templates), { interview, interviewer, settings });
  return { text: filled.body, missing: filled.missing };
}

export function cardLength(
  interview: Interview,
  interviewerId: string,
  text: string,
  settings: Settings,
  now: string,
): CardLength {
  const report = checkDraft({
    interview,
    interviewerId,
    text,
    kind: 'card',
    now,
    rules: settings.rules,
  });
  const length = report.findings.find((f) => f.rule === 'length');
  return {
    words: report.words,
    message: length?.message ?? null,
    severity: length?.severity ?? 'info',
  };
}

/** The lines of the envelope: name, then title and company when known; the address is left blank. */
export function envelopeLines(interview: Interview, interviewer: Interviewer): string[] {
  return [
    interviewer.name.trim(),
    [interviewer.title?.trim(), interview.company.trim()].filter(Boolean).join(', '),
  ].filter(Boolean);
}
