// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isPlainlyVisible } from './frame-host';

describe('isPlainlyVisible (S-11 clickjacking guard)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.documentElement.style.opacity = '';
  });

  function mount(): HTMLElement {
    const host = document.createElement('ft-panel');
    host.style.cssText =
      'position:fixed;left:100px;top:100px;width:340px;height:420px;display:block';
    document.documentElement.append(host);
    vi.spyOn(host, 'getBoundingClientRect').mockReturnValue(new DOMRect(100, 100, 340, 420));
    return host;
  }

  test('on top and opaque: visible', () => {
    const host = mount();
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(host);
    expect(isPlainlyVisible(host)).toBe(true);
    host.remove();
  });

  test('html{opacity:.01} or a faded ancestor: refused', () => {
    const host = mount();
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(host);
    document.documentElement.style.opacity = '0.01';
    expect(isPlainlyVisible(host)).toBe(false);
    document.documentElement.style.opacity = '0.5';
    expect(isPlainlyVisible(host)).toBe(false);
    host.remove();
  });

  test('an overlay over any part (centre or a corner): refused', () => {
    const host = mount();
    const overlay = document.createElement('div');
    let calls = 0;
    vi.spyOn(document, 'elementFromPoint').mockImplementation(() =>
      ++calls === 3 ? overlay : host,
    );
    expect(isPlainlyVisible(host)).toBe(false);
    host.remove();
  });

  test("the browser's own occlusion verdict (IntersectionObserver v2), hidden or detached: refused", () => {
    const host = mount();
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(host);
    expect(isPlainlyVisible(host, true)).toBe(false);
    host.style.display = 'none';
    expect(isPlainlyVisible(host)).toBe(false);
    host.remove();
    expect(isPlainlyVisible(host)).toBe(false);
  });

  test('visibility:hidden: refused', () => {
    const host = mount();
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(host);
    host.style.visibility = 'hidden';
    expect(isPlainlyVisible(host)).toBe(false);
    host.remove();
  });
});
