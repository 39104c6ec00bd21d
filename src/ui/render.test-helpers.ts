/**
 * Rendering pages in happy-dom for component tests: mount, type as a user would (value +
 * `input` event), press keys, and let the store's replies and Preact's effects run.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { settle } from '../../test/setup/fake-extension';

export function mount(node: ComponentChild): { root: HTMLElement; unmount(): void } {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return {
    root,
    unmount() {
      act(() => render(null, root));
      root.remove();
    },
  };
}

export async function flushUi(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await settle(1);
    });
  }
}

export function $(root: ParentNode, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function typeInto(root: ParentNode, selector: string, value: string): void {
  const field = $(root, selector) as HTMLInputElement;
  act(() => {
    field.focus();
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function changeTo(root: ParentNode, selector: string, value: string): void {
  const field = $(root, selector) as HTMLSelectElement;
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function press(root: ParentNode, selector: string, key: string): void {
  act(() => {
    $(root, selector).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

export function blur(root: ParentNode, selector: string): void {
  act(() => {
    $(root, selector).dispatchEvent(new FocusEvent('blur'));
    $(root, selector).dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

export function click(root: ParentNode, selector: string): void {
  act(() => $(root, selector).click());
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}
