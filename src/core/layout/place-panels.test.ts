import { describe, expect, test } from 'vitest';
import {
  PANEL_MIN_WIDTH,
  TAB_SIZE,
  placePanels,
  type Box,
  type PanelRequest,
  type Placement,
} from './place-panels';

type Viewport = { width: number; height: number };
const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});

/**
 * Gmail's dock as the dated fixtures lay it out: moles 540 px wide and 600 px tall, 16 px
 * apart and from the right edge, the newest (first here) on the right.
 */
function moles(n: number, view: Viewport): Box[] {
  return Array.from({ length: n }, (_, i) => {
    const right = view.width - 16 - i * 556;
    return box(right - 540, view.height - 600, right, view.height);
  });
}
/** Full-screen: a dialog 40 px from the top and bottom, 15 % from each side. */
const fullScreen = (view: Viewport): Box =>
  box(view.width * 0.15, 40, view.width * 0.85, view.height - 40);
/** An inline reply in the reading pane, right of Gmail's 220 px navigation. */
const inlineReply = box(252, 169, 1012, 576);

type Want = 'left' | 'right' | 'above' | 'tab' | 'none';

function kind(compose: Box | null, placement: Placement | null): Want {
  if (!placement || !compose) return 'none';
  if (placement.collapsed) return 'tab';
  if (placement.left + placement.width <= compose.left) return 'left';
  if (placement.left >= compose.right) return 'right';
  return 'above';
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const toBox = (p: Placement): Box => box(p.left, p.top, p.left + p.width, p.top + p.height);

/**
 * What must hold in every layout: no panel or tab over another compose or another panel,
 * inside the window, and no panel over its own compose unless the user opened it on purpose.
 */
function expectNothingCovered(
  requests: PanelRequest[],
  placements: (Placement | null)[],
  view: Viewport,
) {
  placements.forEach((placement, i) => {
    if (!placement) return;
    const mine = toBox(placement);
    expect(mine.left).toBeGreaterThanOrEqual(0);
    expect(mine.top).toBeGreaterThanOrEqual(0);
    expect(mine.right).toBeLessThanOrEqual(view.width);
    expect(mine.bottom).toBeLessThanOrEqual(view.height);
    requests.forEach((request, j) => {
      if (!request.compose) return;
      const own = i === j;
      if (!own || (request.mode !== 'open' && !placement.collapsed))
        expect(overlaps(mine, request.compose), `panel ${i} over compose ${j}`).toBe(false);
    });
    placements.forEach((other, j) => {
      if (other && j !== i)
        expect(overlaps(mine, toBox(other)), `panels ${i} and ${j}`).toBe(false);
    });
  });
}

/** Requests in the order given, the first ranked highest (opened or focused last). */
const auto = (...composes: (Box | null)[]): PanelRequest[] =>
  composes.map((compose, i) => ({
    compose,
    mode: 'auto',
    minimized: false,
    rank: composes.length - i,
  }));

const VIEWS = {
  '1280×720': { width: 1280, height: 720 },
  '1366×768': { width: 1366, height: 768 },
  '1920×1080': { width: 1920, height: 1080 },
} as const;
type ViewName = keyof typeof VIEWS;

const LAYOUTS: {
  layout: string;
  composes: (view: Viewport) => (Box | null)[];
  want: Record<ViewName, Want[]>;
}[] = [
  {
    layout: 'one mole',
    composes: (view) => moles(1, view),
    want: { '1280×720': ['left'], '1366×768': ['left'], '1920×1080': ['left'] },
  },
  {
    // Beside each other there is no room: each gets a tab, the oldest on its free left side.
    layout: 'two moles',
    composes: (view) => moles(2, view),
    want: {
      '1280×720': ['tab', 'tab'],
      '1366×768': ['tab', 'tab'],
      '1920×1080': ['above', 'left'],
    },
  },
  {
    layout: 'three moles (the oldest past the left edge below 1920 px)',
    composes: (view) => moles(3, view),
    want: {
      '1280×720': ['tab', 'tab', 'tab'],
      '1366×768': ['tab', 'tab', 'tab'],
      '1920×1080': ['above', 'above', 'above'],
    },
  },
  {
    // The older mole sits under the full-screen dimmer: a person can't see it (null box).
    layout: 'full-screen over a mole',
    composes: (view) => [fullScreen(view), null],
    want: {
      '1280×720': ['tab', 'none'],
      '1366×768': ['tab', 'none'],
      '1920×1080': ['tab', 'none'],
    },
  },
  {
    // The mole was opened last, so it takes the gap between the reply and itself.
    layout: 'a mole over the reading pane and an inline reply',
    composes: (view) => [moles(1, view)[0]!, inlineReply],
    want: {
      '1280×720': ['tab', 'tab'],
      '1366×768': ['tab', 'tab'],
      '1920×1080': ['left', 'tab'],
    },
  },
];

describe.each(Object.keys(VIEWS) as ViewName[])('placePanels at %s', (name) => {
  const view = VIEWS[name];
  test.each(LAYOUTS)('$layout', ({ composes, want }) => {
    const requests = auto(...composes(view));
    const placements = placePanels(requests, view);
    expect(requests.map((r, i) => kind(r.compose, placements[i]!))).toEqual(want[name]);
    expectNothingCovered(requests, placements, view);
  });
});

describe('placePanels: who gets the room', () => {
  const view = VIEWS['1920×1080'];
  const [mole] = moles(1, view);

  test('the compose focused last chooses first: the reply takes the gap, the mole goes above', () => {
    const requests = auto(inlineReply, mole!);
    const placements = placePanels(requests, view);
    expect(requests.map((r, i) => kind(r.compose, placements[i]!))).toEqual(['right', 'above']);
    expectNothingCovered(requests, placements, view);
  });

  test('a tab whose room another panel holds is not cramped, so expanding it asks for room, not overlap', () => {
    const [, reply] = placePanels(auto(mole!, inlineReply), view);
    expect(reply).toMatchObject({ collapsed: true, cramped: false });
  });

  test('two moles at 1280×720 have no free room: both tabs are cramped', () => {
    const placements = placePanels(auto(...moles(2, VIEWS['1280×720'])), VIEWS['1280×720']);
    expect(placements.map((p) => p?.cramped)).toEqual([true, true]);
  });
});

describe('placePanels: opened on purpose', () => {
  const view = VIEWS['1280×720'];

  test.each([0, 1])(
    'mole %i of two at 1280×720, opened: over its own compose from its roomier side, never the other',
    (which) => {
      const requests = auto(...moles(2, view));
      requests[which] = { ...requests[which]!, mode: 'open', rank: 10 };
      const placements = placePanels(requests, view);
      expect(placements[which]).toMatchObject({ collapsed: false, cramped: true, width: 340 });
      expect(overlaps(toBox(placements[which]!), requests[which]!.compose!)).toBe(true);
      expectNothingCovered(requests, placements, view);
    },
  );

  test('squeezed between two composes, opening still leaves a tab on its own title bar', () => {
    const narrow = { width: 930, height: 720 };
    const requests = auto(box(0, 8, 300, 720), box(310, 8, 610, 720), box(620, 8, 920, 720));
    requests[1] = { ...requests[1]!, mode: 'open', rank: 10 };
    const placements = placePanels(requests, narrow);
    expect(placements[1]).toMatchObject({ left: 310, top: 8, collapsed: true, cramped: true });
    expectNothingCovered(requests, placements, narrow);
  });
});

describe('placePanels: one compose', () => {
  const view = { width: 1400, height: 900 };
  const one = (compose: Box, mode: PanelRequest['mode'] = 'auto', minimized = false) =>
    placePanels([{ compose, mode, minimized, rank: 1 }], view)[0];

  test('a mole at the bottom right: the panel goes to its left, full height, not over it', () => {
    const compose = box(884, 300, 1384, 900);
    const g = one(compose)!;
    expect(g).toMatchObject({ collapsed: false, cramped: false, width: 340 });
    expect(g.left + g.width).toBeLessThanOrEqual(compose.left);
    expect(g.top + g.height).toBeLessThanOrEqual(view.height);
  });

  test('no room on the left: the right side', () => {
    const g = one(box(20, 100, 700, 800))!;
    expect(g.left).toBeGreaterThanOrEqual(700);
    expect(g.collapsed).toBe(false);
  });

  test('narrow room: a panel as wide as the room down to the minimum, else a tab', () => {
    expect(one(box(8 + 8 + PANEL_MIN_WIDTH, 100, 1384, 800))).toMatchObject({
      collapsed: false,
      width: PANEL_MIN_WIDTH,
    });
    expect(one(box(8 + 8 + PANEL_MIN_WIDTH - 1, 100, 1384, 800))).toMatchObject({
      collapsed: true,
      width: TAB_SIZE,
    });
  });

  test('full-screen with narrow margins: a tab in the margin, cramped', () => {
    const compose = box(210, 40, 1190, 860);
    const g = one(compose)!;
    expect(g).toMatchObject({ collapsed: true, cramped: true, width: 44, height: 44 });
    expect(g.left + g.width).toBeLessThanOrEqual(compose.left);
  });

  test('a compose filling the window (pop-out): the tab sits on its top-left corner', () => {
    expect(one(box(0, 0, 1400, 900))).toMatchObject({
      left: 0,
      top: 0,
      collapsed: true,
      cramped: true,
    });
  });

  test('collapsed by the user: a tab even with room; minimised: a tab, cramped', () => {
    expect(one(box(884, 300, 1384, 900), 'collapsed')).toMatchObject({
      collapsed: true,
      cramped: false,
    });
    expect(one(box(884, 860, 1384, 900), 'auto', true)).toMatchObject({
      collapsed: true,
      cramped: true,
    });
  });

  test('opened on purpose while cramped: expanded on the roomier side, still cramped', () => {
    const g = one(box(210, 40, 1190, 860), 'open')!;
    expect(g).toMatchObject({ collapsed: false, cramped: true, width: 340 });
    expect(g.left).toBeGreaterThanOrEqual(8);
  });

  test('a compose with no box (display:none) or out of sight has no placement', () => {
    expect(one(box(0, 0, 0, 0))).toBeNull();
    expect(placePanels([{ compose: null, mode: 'auto', minimized: false, rank: 1 }], view)).toEqual(
      [null],
    );
  });
});
