// @vitest-environment happy-dom
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { loadGmailFixture } from '../../src/content/hosts/fixture.test-helpers';
import { DRIFT_OPS, mutatePage, type DriftOp } from '../e2e/drift-mutate';
import { driftVariants, hostFixtures } from '../e2e/drift-plan';

/** Gmail's new-message compose, with an id on its region so the id operations have one. */
const load = (): Document => {
  const doc = loadGmailFixture('compose-new-2026-11-22.html', 'compose');
  doc.querySelector('.aoI')!.id = 'compose_1';
  return doc;
};
const composeHtml = (doc: Document): string => new XMLSerializer().serializeToString(doc.body);

describe('the drift generator', () => {
  test('is replayable from its seed, and another seed drifts differently', () => {
    const plan = { seed: 42, ops: ['rename-classes', 'reorder', 'wrap'] as DriftOp[] };
    const first = (mutatePage(plan, load()), composeHtml(document));
    const again = (mutatePage(plan, load()), composeHtml(document));
    const other = (mutatePage({ ...plan, seed: 43 }, load()), composeHtml(document));
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  test.each(DRIFT_OPS.filter((op) => op !== 'remove-title'))(
    '%s changes the compose and never takes the editor',
    (op) => {
      const before = composeHtml(load());
      const log = mutatePage({ seed: 7, ops: [op] }, document);
      expect(log[op]).toBeGreaterThan(0);
      expect(composeHtml(document)).not.toBe(before);
      expect(document.querySelectorAll('[data-drift-body][contenteditable=true]')).toHaveLength(1);
    },
  );

  test('the remove operations take the part they name, with its row', () => {
    const gone = (op: DriftOp, selector: string) => {
      load();
      expect(document.querySelector(selector)).not.toBeNull();
      mutatePage({ seed: 1, ops: [op] }, document);
      return document.querySelector(selector);
    };
    expect(gone('remove-to', '.dw [name=to]')).toBeNull();
    expect(gone('remove-subject', '.dw input[name=subjectbox]:not([type=hidden])')).toBeNull();
    expect(gone('remove-send', '.dw .aoO')).toBeNull();
    expect(gone('remove-title', '.dw .Hy')).toBeNull();
  });

  test('also drifts the templates composes are cloned from later', () => {
    load();
    mutatePage({ seed: 3, ops: ['remove-send'] }, document);
    const template = document.querySelector<HTMLTemplateElement>('#compose')!.content;
    expect(template.querySelector('.aoO')).toBeNull();
    expect(template.querySelector('[data-drift-body]')).not.toBeNull();
  });

  test('runs from its source text alone, as the page gets it', () => {
    load();
    // A fresh context has none of this module's scope: an outer reference would throw here.
    const fromText = runInNewContext(`(${mutatePage.toString()})`, {}) as typeof mutatePage;
    expect(fromText({ seed: 5, ops: ['remove-to'] }, document)['remove-to']).toBeGreaterThan(0);
    expect(document.querySelector('[name=to]')).toBeNull();
  });
});

describe('the drift variants', () => {
  const variants = driftVariants('someone@example.com');

  test('at least 100, over every fixture and with every operation, each at its own URL', () => {
    expect(variants.length).toBeGreaterThanOrEqual(100);
    const fixtures = hostFixtures().map((f) => f.fixture);
    expect(new Set(variants.map((v) => v.fixture))).toEqual(new Set(fixtures));
    expect(new Set(variants.flatMap((v) => v.plan.ops))).toEqual(new Set(DRIFT_OPS));
    expect(new Set(variants.map((v) => v.url)).size).toBe(variants.length);
  });

  test('pop-outs and the standalone compose are served where the adapter recognises them', () => {
    for (const variant of variants) {
      if (/gmail\/compose-popout/.test(variant.fixture)) expect(variant.url).toMatch(/\/popout\?/);
      if (/standalone/.test(variant.fixture)) expect(variant.url).toMatch(/[?&]view=cm&/);
    }
  });

  test('a page that opens its compose only in a window of its own is judged in that window', () => {
    const opened = variants.filter((variant) => variant.opener);
    expect(opened.map((variant) => variant.fixture)).toContain(
      'test/fixtures/outlook/popout-window-2026-12-03.html',
    );
    // Served on a mail path, where the window's content script looks for composes.
    for (const variant of opened) expect(variant.url).toMatch(/^https:\/\/outlook\.[^/]+\/mail\//);
  });
});
