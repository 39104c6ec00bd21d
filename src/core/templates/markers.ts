import { isFieldName } from './fields';

export interface FieldMarker {
  /** The name between the braces, trimmed ("firstName"). */
  name: string;
  start: number;
  end: number;
  /** False for names the template engine does not know. */
  known: boolean;
  /** True for "{{name" without its closing braces. */
  unclosed: boolean;
}

// Spaces inside the braces are allowed ("{{ firstName }}"): people type them. An unclosed
// marker runs to the end of its word so the editor can flag it, and the filler remove it.
const MARKER = /\{\{\s*([^{}\n]*?)\s*\}\}|\{\{\s*([\p{L}\p{N}_]*)/gu;

/** Every `{{field}}` in `text`, in order, for the editor's highlighting and autocomplete. */
export function findFieldMarkers(text: string): FieldMarker[] {
  const out: FieldMarker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const unclosed = m[1] === undefined;
    const name = (unclosed ? m[2] : m[1]) ?? '';
    out.push({
      name,
      start: m.index,
      end: m.index + m[0].length,
      known: isFieldName(name),
      unclosed,
    });
  }
  return out;
}
