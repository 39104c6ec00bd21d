// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { STILL_MS } from '../core/guard/still-click';
import { guardClicks } from './click-guard';
import type { DockedPanel } from './frame-host';

describe('guardClicks: what the panel is told about Insert', () => {
  let where = '10,10,300,400#0';
  const controller = new AbortController();
  const panel = {
    layout: { collapsed: false, cramped: false },
    sample: () => ({ at: performance.now(), where, problem: null }),
  } as unknown as DockedPanel;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  test('a click that finds the panel moved is refused after "not ready", never before', () => {
    const heard: string[] = [];
    const guard = guardClicks(panel, controller.signal, (ready) => heard.push(`ready ${ready}`));
    vi.advanceTimersByTime(STILL_MS + 200);
    expect(heard).toEqual(['ready true']);

    // The page moves the panel between two samples, and the click lands before the next one.
    where = '10,50,300,400#1';
    guard.press();
    heard.push(`refused ${guard.judge(true)}`);
    expect(heard).toEqual(['ready true', 'ready false', 'refused unsteady']);

    // Still again for long enough: ready again, once.
    vi.advanceTimersByTime(STILL_MS + 200);
    expect(heard.slice(3)).toEqual(['ready true']);
    expect(guard.ready).toBe(true);
  });
});
