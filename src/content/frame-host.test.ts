// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PanelLayout } from '../shared/compose-protocol';
import { dockPanel, isPlainlyVisible } from './frame-host';

vi.mock('./ext', () => ({
  ext: { runtime: { getURL: (path: string) => `chrome-extension://ext-id/${path}` } },
}));

describe('dockPanel: every panel in the page is placed around every compose', () => {
  /** happy-dom lays nothing out: composes get fixed boxes, hit-testing follows those boxes. */
  const boxes = new Map<Element, DOMRect>();
  let cover: Element | null = null;
  const controllers: AbortController[] = [];

  afterEach(() => {
    for (const controller of controllers.splice(0)) controller.abort();
    boxes.clear();
    cover = null;
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  function setup(): void {
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1920);
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(1080);
    vi.spyOn(document, 'elementFromPoint').mockImplementation((x, y) => {
      if (cover) return cover;
      for (const [element, box] of boxes) {
        if (x >= box.left && x < box.right && y >= box.top && y < box.bottom) {
          return element.querySelector('[contenteditable]') ?? element;
        }
      }
      return document.body;
    });
  }

  function compose(left: number, top: number, right: number, bottom: number): HTMLElement {
    const root = document.createElement('div');
    const body = document.createElement('div');
    body.contentEditable = 'true';
    root.append(body);
    document.body.append(root);
    const box = new DOMRect(left, top, right - left, bottom - top);
    boxes.set(root, box);
    vi.spyOn(root, 'getBoundingClientRect').mockReturnValue(box);
    return root;
  }

  function dock(target: HTMLElement) {
    const controller = new AbortController();
    controllers.push(controller);
    const layouts: PanelLayout[] = [];
    const panel = dockPanel(target, 'n', controller.signal, (layout) => layouts.push(layout));
    return { panel, layouts, close: () => controller.abort() };
  }

  const at = (host: HTMLElement) => ({
    left: parseFloat(host.style.left),
    width: parseFloat(host.style.width),
    shown: host.style.display !== 'none',
  });
  const frame = () => new Promise((done) => requestAnimationFrame(done));

  test('an inline reply and a mole at 1920×1080: the compose focused last takes the gap between them', async () => {
    setup();
    const replyRoot = compose(252, 169, 1012, 576);
    const moleRoot = compose(1364, 480, 1904, 1080);
    const reply = dock(replyRoot);
    const mole = dock(moleRoot);
    // Opened last, the mole chose first: the gap is its; the reply shows a tab that could
    // have the room (not cramped), so expanding it asks for room rather than overlap.
    expect(at(mole.panel.host)).toMatchObject({ left: 1020, width: 336, shown: true });
    expect(at(reply.panel.host)).toMatchObject({ width: 44, shown: true });
    expect(reply.panel.layout).toEqual({ collapsed: true, cramped: false });

    replyRoot.firstElementChild!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await frame();
    expect(at(reply.panel.host)).toMatchObject({ left: 1020, width: 336 });
    // The mole's panel moved above the mole, clear of the reply's panel.
    expect(at(mole.panel.host)).toMatchObject({ left: 1364, width: 340 });
    expect(parseFloat(mole.panel.host.style.top) + parseFloat(mole.panel.host.style.height)).toBe(
      472,
    );
    expect(reply.layouts.at(-1)).toEqual({ collapsed: false, cramped: false });

    // The mole closes: nothing else moves into trouble, the reply keeps its panel.
    mole.close();
    await frame();
    expect(mole.panel.host.isConnected).toBe(false);
    expect(at(reply.panel.host)).toMatchObject({ width: 340 });
  });

  test('expanding a tab gives its compose first choice, even over the compose focused before', async () => {
    setup();
    const reply = dock(compose(252, 169, 1012, 576));
    const mole = dock(compose(1364, 480, 1904, 1080));
    reply.panel.setMode('auto');
    await frame();
    expect(at(reply.panel.host).width).toBe(336);
    expect(at(mole.panel.host).left).toBe(1364);
  });

  test('a compose the page covers (a mole under the full-screen dimmer) gets no panel until it shows', async () => {
    setup();
    const mole = dock(compose(1364, 480, 1904, 1080));
    expect(at(mole.panel.host).shown).toBe(true);
    cover = document.createElement('div');
    mole.panel.reposition();
    await frame();
    expect(at(mole.panel.host).shown).toBe(false);
    cover = null;
    mole.panel.reposition();
    await frame();
    expect(at(mole.panel.host)).toMatchObject({ shown: true, width: 340 });
  });
});

describe('isPlainlyVisible (clickjacking guard)', () => {
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
