// @vitest-environment happy-dom
/**
 * The panel in German with no code of its own: the fake browser answers from
 * `_locales/de/messages.json`, and every word the panel shows (its own labels, the checks'
 * findings, times, the content script's failure codes) comes out German.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { goodDraft } from '../core/checks/examples';
import { interviewKey } from '../shared/store-keys';
import type { Store } from '../shared/store';
import { fake, startExtension } from '../../test/setup/fake-extension';
import { englishLeftIn, installMessages } from '../ui/i18n.test-helpers';
import { Panel } from './panel';
import { checksReady } from './live-checks';
import { createPanelModel, type PanelModel } from './panel-model';
import { composeState, fakePort, seedInterviews, type FakePort } from './panel.test-helpers';

beforeAll(() => checksReady);

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

const NOW = new Date('2026-04-07T19:00:00.000Z');
const GLORIA = [{ name: 'Gloria Benavides', email: 'gbenavides@fenwickrowe.example' }];

describe('the panel in German', () => {
  let store: Store;
  let link: FakePort;
  let model: PanelModel;
  let root: HTMLElement;

  const mount = async (): Promise<void> => {
    const ext = startExtension();
    installMessages('de');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fake.storage.local.set(
      Object.fromEntries(seedInterviews().map((i) => [interviewKey(i.id), i])),
    );
    store = ext.client({ path: 'src/panel/index.html' });
    link = fakePort();
    model = createPanelModel(store, link.port, { now: () => NOW, isVisible: () => true });
    root = document.createElement('div');
    document.body.replaceChildren(root);
    await act(() => render(<Panel model={model} />, root));
    await act(() => store.ready);
  };
  const deliver = (message: Parameters<FakePort['deliver']>[0]) => act(() => link.deliver(message));
  const text = (selector: string): string => document.querySelector(selector)?.textContent ?? '';
  // Everything shown except the template's own words (its name and the filled draft): the
  // built-in templates are the user's editable data, shipped in English.
  const all = (): string => {
    const page = document.body.cloneNode(true) as HTMLElement;
    page.querySelectorAll('#ft-template, .preview').forEach((el) => el.remove());
    return [...page.querySelectorAll('*')]
      .flatMap((el) => [el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? ''])
      .concat(page.textContent ?? '')
      .join('\n');
  };

  afterEach(() => {
    render(null, root);
    model.dispose();
    store.dispose();
    installMessages('en');
  });

  test('labels, findings and the live summary are German', async () => {
    await mount();
    const draft = goodDraft
      .replace('Dear Gloria', 'Dear Glora')
      .replace('next steps.', 'next steps!!');
    await deliver({ type: 'state', state: composeState({ to: GLORIA, text: draft }) });

    expect(text('.pick-who')).toBe('An Gloria Benavides, District Manager');
    expect(document.body.textContent).toContain('Aus dem An-Feld erkannt.');
    expect(text('#ft-checks-h')).toBe('Prüfungen');
    expect(text('#ft-insert')).toBe('In den Entwurf einfügen');
    expect(text('#ft-findings')).toContain('Beheben: In der Anrede steht „Glora“');
    expect(text('#ft-findings')).toContain('Mehr als ein Ausrufezeichen');
    expect(text('[role="status"]')).toMatch(/Bedenken beantwortet.*; \d+ Wörter/);
    expect(englishLeftIn(all())).toEqual([]);
  });

  test('the content script’s failure codes are worded in German', async () => {
    await mount();
    await deliver({ type: 'state', state: composeState({ to: GLORIA }) });
    await deliver({ type: 'inserted', ok: false, reason: 'covered' });
    expect(text('[role="alert"]')).toContain(
      'Der Entwurf konnte nicht eingefügt werden: Nichts wurde eingefügt',
    );
    expect(englishLeftIn(all())).toEqual([]);
  });
});
