// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { demoData } from '../../test/tools/demo-data';
import { startExtension, type Extension } from '../../test/setup/fake-extension';
import type { Store } from '../shared/store';
import { installMessages } from '../ui/i18n.test-helpers';
import { $, changeTo, click, flushUi, mount, press, typeInto } from '../ui/render.test-helpers';
import { OptionsApp } from './options-app';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

const NOW = new Date('2026-05-13T15:20:00Z');

async function chooseFile(root: ParentNode, text: string): Promise<void> {
  const input = $(root, '#import-file') as HTMLInputElement;
  const file = new File([text], 'in.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flushUi();
}

describe('options page', () => {
  let ext: Extension;
  let store: Store;
  let unmount: () => void = () => undefined;
  const open = async () => {
    const page = mount(<OptionsApp store={store} now={() => NOW} />);
    unmount = page.unmount;
    await flushUi();
    return page.root;
  };

  beforeEach(async () => {
    ext = startExtension();
    installMessages();
    store = ext.client();
    await store.ready;
    await store.importData(demoData(NOW, 'America/New_York'), 'replace');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    unmount();
    store.dispose();
  });

  test('a bad import file is refused with field-named errors and changes nothing', async () => {
    const root = await open();
    const before = await ext.dump();
    await chooseFile(root, 'not json');
    expect($(root, '[role=alert]').textContent).toContain("can't be imported");
    expect($(root, '.import-errors').textContent).toContain('JSON');

    const file = demoData(NOW, 'America/New_York');
    const bad = { ...file, interviews: [{ ...file.interviews[0], channel: 'pigeon' }] };
    await chooseFile(root, JSON.stringify(bad));
    expect($(root, '.import-errors').textContent).toContain('interviews[0].channel');
    expect(root.querySelector('#import-run')).toBeNull();
    expect(await ext.dump()).toEqual(before);
  });

  test('a good file is previewed with counts, then merged', async () => {
    const root = await open();
    const file = demoData(NOW, 'America/New_York');
    const extra = { ...file.interviews[0]!, id: 'imported-1', company: 'Imported Co' };
    await chooseFile(root, JSON.stringify({ ...file, interviews: [extra], settings: null }));
    expect($(root, '#import-counts').textContent?.trim()).toBe(
      'In this file — interviews: 1, templates: 0.',
    );
    expect(($(root, '#import-merge') as HTMLInputElement).checked).toBe(true);
    click(root, '#import-run');
    await flushUi(10);
    expect($(root, '.data-message').textContent).toContain('Imported — interviews: 1');
    expect(store.interviews.value.map((iv) => iv.company)).toContain('Imported Co');
    expect(store.interviews.value).toHaveLength(9);
  });

  test('typing "{{" in a template offers fields; Enter inserts one; the preview follows', async () => {
    const root = await open();
    const body = $(root, '#tpl-body') as HTMLTextAreaElement;
    act(() => {
      body.focus();
      body.value = 'Hello {{fir';
      body.setSelectionRange(11, 11);
      body.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const list = $(root, '#tpl-body-fields');
    expect(list.hidden).toBe(false);
    expect([...list.querySelectorAll('[role=option]')].map((o) => o.textContent)).toEqual([
      expect.stringContaining('{{firstName}}'),
      expect.stringContaining('{{firstTopic}}'),
    ]);
    expect(body.getAttribute('aria-activedescendant')).toBe('tpl-body-field-0');
    press(root, '#tpl-body', 'ArrowDown');
    expect(body.getAttribute('aria-activedescendant')).toBe('tpl-body-field-1');
    press(root, '#tpl-body', 'ArrowUp');
    press(root, '#tpl-body', 'Enter');
    await flushUi();
    expect(body.value).toBe('Hello {{firstName}}');
    expect($(root, '.preview-body').textContent).toBe('Hello Gloria');
    expect(root.querySelector('#tpl-body-fields [role=option]')).toBeNull();
    await act(() => new Promise((done) => setTimeout(done, 1100)));
    await flushUi();
    const saved = store.templates.value.find((t) => t.id === 'builtin-thank-you')!;
    expect(saved.body).toBe('Hello {{firstName}}');
    // Reset brings back the shipped text.
    click(root, '.template-editor button[aria-describedby="tpl-reset-hint"]');
    await flushUi(10);
    expect(store.templates.value.find((t) => t.id === 'builtin-thank-you')!.body).toContain(
      'Dear {{firstName}}',
    );
  });

  test('rule switches and thresholds save into settings', async () => {
    const root = await open();
    click(root, '#rule-tone');
    typeInto(root, '#rule-length-longAbove', '180');
    await act(() => new Promise((done) => setTimeout(done, 1100)));
    await flushUi();
    expect(store.settings.value.rules.tone?.enabled).toBe(false);
    expect(store.settings.value.rules.length?.thresholds.longAbove).toBe(180);
    expect(root.textContent).toContain('Boomerang');
    expect(store.settings.value.userName).toBe('Maya Okafor');
  });

  test('the mail client is a setting: saved, exported, read back', async () => {
    const root = await open();
    expect(($(root, '#mail-client') as HTMLSelectElement).value).toBe('gmail');
    changeTo(root, '#mail-client', 'outlook');
    await flushUi();
    await store.flush();
    expect(store.settings.value.mailClient).toBe('outlook');
    expect((await store.exportAll()).settings?.mailClient).toBe('outlook');
    expect(($(root, '#mail-client') as HTMLSelectElement).value).toBe('outlook');
  });

  test('the reminders section explains quiet hours and switching off', async () => {
    const root = await open();
    expect($(root, '#rem-enabled-hint').textContent).toContain(
      'the toolbar badge still counts what is due',
    );
    const group = $(root, '[aria-describedby="rem-quiet-hint"]');
    expect(group.getAttribute('role')).toBe('group');
    expect(group.querySelector('#rem-quiet-start')).not.toBeNull();
    expect($(root, '#rem-quiet-hint').textContent).toContain(
      'The same time for both means no quiet hours.',
    );
  });
});
