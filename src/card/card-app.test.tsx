// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { sampleInterview } from '../core/model/fixtures.test-helpers';
import type { Store } from '../shared/store';
import { interviewKey } from '../shared/store-keys';
import { fake, settle, startExtension } from '../../test/setup/fake-extension';
import { MemoryStorage } from '../../test/setup/memory-storage';
import { installMessages } from '../ui/i18n.test-helpers';
import { CardApp } from './card-app';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

const NOW = new Date('2026-04-07T20:00:00Z');

describe('the card page', () => {
  let root: HTMLElement;
  let store: Store;
  let print: ReturnType<typeof vi.fn<() => void>>;
  let memory: MemoryStorage;

  const mount = async (interviewerId = 'p-1') => {
    await act(async () => {
      render(
        <CardApp
          store={store}
          interviewId="iv-1"
          interviewerId={interviewerId}
          print={print}
          now={() => NOW}
          memory={memory}
        />,
        root,
      );
      await store.ready;
      await settle();
    });
  };

  beforeEach(async () => {
    const ext = startExtension();
    installMessages();
    await fake.storage.local.set({ [interviewKey('iv-1')]: sampleInterview() });
    store = ext.client({ path: 'src/card/index.html' });
    print = vi.fn<() => void>();
    memory = new MemoryStorage();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  test('shows the filled card, its length, the envelope lines and prints', async () => {
    await mount();
    const textarea = root.querySelector<HTMLTextAreaElement>('#card-text')!;
    expect(textarea.value).toMatch(/^Dear Gloria,/);
    expect(root.querySelector('label[for="card-text"]')).not.toBeNull();
    expect(root.querySelector('#card-length')?.textContent).toMatch(/\d+ words.*120 words fit/);
    expect(root.querySelector('.card-print')?.textContent).toBe(textarea.value);
    const lines = [...root.querySelectorAll('.envelope-line')].map((l) => l.textContent);
    expect(lines.slice(0, 2)).toEqual(['Gloria Benavides', 'District Manager, Fenwick & Rowe']);
    expect(root.querySelectorAll('.envelope-line.blank')).toHaveLength(3);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Print')!;
    button.click();
    expect(print).toHaveBeenCalledOnce();
  });

  test('edits update the count and the printout, and survive a reload of the tab', async () => {
    await mount();
    const textarea = root.querySelector<HTMLTextAreaElement>('#card-text')!;
    await act(async () => {
      textarea.value = `${textarea.value} ${'more '.repeat(120)}`;
      textarea.dispatchEvent(new Event('input'));
    });
    expect(root.querySelector('#card-length')?.textContent).toMatch(/210 words.*much too long/);
    expect(root.querySelector('.card-print')?.textContent).toContain('more more');
    render(null, root);
    await mount();
    expect(root.querySelector<HTMLTextAreaElement>('#card-text')!.value).toContain('more more');
  });

  test('"I posted it" records the card in the interviewer’s history', async () => {
    await mount();
    const button = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'I posted it',
    )!;
    await act(async () => {
      button.click();
      await settle(10);
    });
    const stored = (await fake.storage.local.get(interviewKey('iv-1')))[
      interviewKey('iv-1')
    ] as ReturnType<typeof sampleInterview>;
    expect(stored.interviewers[0]?.history[0]).toMatchObject({ kind: 'card', channel: 'card' });
    expect(stored.interviewers[0]?.thankedAt).toBe(NOW.toISOString());
    expect(root.querySelector('.card-posted')?.textContent).toBe('Recorded as posted.');
  });

  test('an unknown interviewer says so instead of a blank card', async () => {
    await mount('nobody');
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/no longer saved/);
  });
});
