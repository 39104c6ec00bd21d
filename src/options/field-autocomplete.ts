/**
 * Which template field the user is typing at the caret, and how to finish it. Pure, so the
 * editor's behaviour is tested without a DOM.
 */
import { templateFields, type TemplateField } from '../core/templates/fields';

export interface FieldQuery {
  /** Index of the opening "{{". */
  start: number;
  /** What was typed after "{{" (spaces allowed, as the template engine allows them). */
  text: string;
}

/** The unfinished `{{name` just before `caret`, or null. */
export function fieldQueryAt(value: string, caret: number): FieldQuery | null {
  const before = value.slice(0, caret);
  const open = before.lastIndexOf('{{');
  if (open === -1) return null;
  const text = before.slice(open + 2);
  if (text.includes('}') || text.includes('\n') || !/^\s*[\p{L}\p{N}_]*$/u.test(text)) return null;
  return { start: open, text: text.trim() };
}

/** Fields whose name or label contains the query, names that start with it first. */
export function matchingFields(query: string): TemplateField[] {
  const q = query.toLowerCase();
  const all = templateFields as readonly TemplateField[];
  if (!q) return [...all];
  const hits = all.filter(
    (f) => f.name.toLowerCase().includes(q) || f.label.toLowerCase().includes(q),
  );
  const starts = (f: TemplateField) => (f.name.toLowerCase().startsWith(q) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b));
}

/**
 * Replaces the unfinished marker with `{{name}}` (swallowing a half-typed name and closing
 * braces already after the caret), returning the new text and caret.
 */
export function completeField(
  value: string,
  caret: number,
  query: FieldQuery,
  name: string,
): { value: string; caret: number } {
  const rest = value.slice(caret);
  const tail = /^[\p{L}\p{N}_]*\s*(\}\})?/u.exec(rest)?.[0] ?? '';
  const marker = `{{${name}}}`;
  return {
    value: value.slice(0, query.start) + marker + rest.slice(tail.length),
    caret: query.start + marker.length,
  };
}

/** Inserts `{{name}}` at the caret (the "Insert field" button). */
export function insertField(
  value: string,
  start: number,
  end: number,
  name: string,
): { value: string; caret: number } {
  const marker = `{{${name}}}`;
  return { value: value.slice(0, start) + marker + value.slice(end), caret: start + marker.length };
}
