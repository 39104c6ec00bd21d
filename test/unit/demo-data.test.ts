import { describe, expect, test } from 'vitest';
import { parseImport } from '../../src/core/model/export-file';
import { dueItems } from '../../src/core/timing/due-items';
import { demoData } from '../tools/demo-data';

describe('demo data for npm start', () => {
  const now = new Date('2026-05-13T15:20:00Z');
  for (const zone of ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'UTC']) {
    test(`is a valid export with every due state (${zone})`, () => {
      const file = demoData(now, zone);
      const parsed = parseImport(JSON.parse(JSON.stringify(file)));
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      const items = dueItems(file.interviews, now.toISOString(), file.settings ?? undefined);
      const seen = new Set(items.map((i) => `${i.kind}:${i.state}`));
      for (const state of [
        'thank-you:too-soon',
        'thank-you:due',
        'thank-you:overdue',
        'card:due',
        'follow-up:due',
        'close:due',
      ]) {
        expect(seen, state).toContain(state);
      }
      const due = new Set(items.map((i) => i.interviewId));
      expect(file.interviews.some((iv) => iv.outcome)).toBe(true);
      // Thanked and waiting: in the list, not in the due list.
      expect(due.has('demo-juniper')).toBe(false);
      expect(due.has('demo-sable')).toBe(false);
    });
  }
});
