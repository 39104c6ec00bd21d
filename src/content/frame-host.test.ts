// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isPlainlyVisible, placePanel } from './frame-host';

const viewport = { width: 1400, height: 900 };
const box = (left: number, top: number, right: number, bottom: number) => ({
  left,
  top,
  right,
  bottom,
});

describe('placePanel', () => {
  test('a mole at the bottom right: the panel goes to its left, full height, not over it', () => {
    const compose = box(884, 300, 1384, 900);
    const g = placePanel(compose, viewport, 'auto')!;
    expect(g).toMatchObject({ collapsed: false, cramped: false, width: 340 });
    expect(g.left + g.width).toBeLessThanOrEqual(compose.left);
    expect(g.top + g.height).toBeLessThanOrEqual(viewport.height);
  });

  test('no room on the left: the right side', () => {
    const g = placePanel(box(20, 100, 700, 800), viewport, 'auto')!;
    expect(g.left).toBeGreaterThanOrEqual(700);
    expect(g.collapsed).toBe(false);
  });

  test('full-screen with narrow margins: a tab in the margin, cramped', () => {
    const compose = box(210, 40, 1190, 860);
    const g = placePanel(compose, viewport, 'auto')!;
    expect(g).toMatchObject({ collapsed: true, cramped: true, width: 44, height: 44 });
    expect(g.left + g.width).toBeLessThanOrEqual(compose.left);
  });

  test('a compose filling the window (pop-out): the tab sits on its top-left corner', () => {
    const g = placePanel(box(0, 0, 1400, 900), viewport, 'auto')!;
    expect(g).toMatchObject({ left: 0, top: 0, collapsed: true, cramped: true });
  });

  test('collapsed by the user: a tab even with room; minimised: a tab, cramped', () => {
    expect(placePanel(box(884, 300, 1384, 900), viewport, 'collapsed')).toMatchObject({
      collapsed: true,
      cramped: false,
    });
    expect(placePanel(box(884, 860, 1384, 900), viewport, 'auto', true)).toMatchObject({
      collapsed: true,
      cramped: true,
    });
  });

  test('opened on purpose while cramped: expanded on the roomier side, still cramped', () => {
    const g = placePanel(box(210, 40, 1190, 860), viewport, 'open')!;
    expect(g).toMatchObject({ collapsed: false, cramped: true, width: 340 });
    expect(g.left).toBeGreaterThanOrEqual(8);
  });

  test('a compose with no box (display:none) has no placement', () => {
    expect(placePanel(box(0, 0, 0, 0), viewport, 'auto')).toBeNull();
  });
});

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
