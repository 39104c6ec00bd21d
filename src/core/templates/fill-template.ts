/**
 * Fills a template into plain text. The guarantee the panel relies on: no "{{…}}" ever
 * reaches the email. Unknown or empty fields are removed, the text around them is tidied,
 * and their names are reported so the panel can say what to fill by hand.
 */
import type { Template } from '../model/types';
import { fieldValues, isFieldName, type TemplateContext } from './fields';
import { findFieldMarkers } from './markers';

export interface FilledTemplate {
  subject: string;
  body: string;
  /** Names of fields with no value (or unknown), in order of first appearance. */
  missing: string[];
  /** Concern texts left out because no answer is planned for them yet. */
  skippedConcerns: string[];
}

// Private-use character standing where a field was removed, so the tidy-up only touches
// text next to a removal and never rewrites what the user wrote elsewhere.
const HOLE = '\uE000';
const HOLE_RE = new RegExp(HOLE, 'g');
// Words that make no sense once what follows them is gone ("at {{company}}.").
const DANGLING =
  /\s+(?:at|for|with|about|on|of|in|as|to|by|from|and|the|our|your|my)\s*(?=\uE000\s*(?:[,.;:!?)]|$))/gimu;

export function fillTemplate(
  template: Pick<Template, 'subject' | 'body'>,
  context: TemplateContext,
): FilledTemplate {
  const { values, skippedConcerns } = fieldValues(context);
  const missing: string[] = [];
  const fill = (text: string, singleLine: boolean): string => {
    let out = '';
    let last = 0;
    const source = text.replace(HOLE_RE, '');
    for (const marker of findFieldMarkers(source)) {
      out += source.slice(last, marker.start);
      last = marker.end;
      const value = isFieldName(marker.name) ? values[marker.name] : undefined;
      if (value === undefined) {
        const label = marker.name || '(empty field)';
        if (!missing.includes(label)) missing.push(label);
        out += HOLE;
      } else if (value === '') {
        out += HOLE;
      } else {
        out += literal(singleLine ? value.replace(/\s*\n\s*/g, ' ') : value);
      }
    }
    out += source.slice(last);
    return tidy(out);
  };
  return {
    subject: fill(template.subject, true).replace(/\n+/g, ' ').trim(),
    body: fill(template.body, false),
    missing,
    skippedConcerns,
  };
}

// A value is the user's own text and goes in verbatim, except that a run of braces becomes
// one brace: otherwise a note containing "{{x}}" (or "{{{x}}}", which halving would turn into
// "{{x}}") would put a raw marker into the email.
function literal(value: string): string {
  return value
    .replace(/\{{2,}/g, '{')
    .replace(/\}{2,}/g, '}')
    .replace(HOLE_RE, '');
}

function tidy(text: string): string {
  if (!text.includes(HOLE)) return text.trim();
  const lines = text.split('\n').flatMap((line) => {
    if (!line.includes(HOLE)) return [line];
    const cleaned = line
      .replace(DANGLING, '')
      .replace(/\(\s*\uE000\s*\)/g, '')
      .replace(/[ \t]*\uE000[ \t]*(?=[,.;:!?)])/g, '')
      .replace(/([(])[ \t]*\uE000[ \t]*/g, '$1')
      .replace(/([ \t])\uE000[ \t]+/g, '$1')
      .replace(HOLE_RE, '')
      .replace(/([,;:])(?=[,.;:!?])/g, '')
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/^[ \t]*[,;:][ \t]*/, '')
      .replace(/[ \t]+$/, '');
    // A line that was only fields (a paragraph of concerns, a name under the sign-off)
    // disappears with them instead of leaving a gap.
    return cleaned.trim() === '' || /^[\s,.;:!?-]*$/.test(cleaned) ? [] : [cleaned];
  });
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
