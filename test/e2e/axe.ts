/**
 * Runs axe-core inside an extension page. The page's CSP (script-src 'self') forbids eval and
 * inline scripts, so axe's source is wrapped in a function that the harness evaluates like
 * any test function (CDP on Chromium, Marionette on Firefox), neither of which the page's CSP
 * governs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { View } from './ext-view';

const source = readFileSync(
  resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
  'utf8',
);
// eslint-disable-next-line no-new-func, no-restricted-syntax -- test-only: axe as a function to evaluate
const injectAxe = new Function(
  `${source}\nreturn typeof window.axe === 'object';`,
) as () => boolean;

export interface AxeViolation {
  id: string;
  help: string;
  nodes: string[];
}

declare const axe: {
  run(
    context: Document,
    options: object,
  ): Promise<{
    violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
  }>;
};

export async function axeViolations(view: View): Promise<AxeViolation[]> {
  const ready = await view.evaluate(injectAxe);
  if (!ready) throw new Error('axe-core did not load');
  return view.evaluate(async () => {
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}
