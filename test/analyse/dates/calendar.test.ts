import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isoDay, parseYmd, weekday } from '../../../src/analyse/dates/calendar.js';

describe('calendar', () => {
  it('does day and month arithmetic across years', () => {
    const d = parseYmd('2024-01-02')!;
    expect(isoDay(addDays(d, -3))).toBe('2023-12-30');
    expect(addMonths(d, -1)).toEqual({ y: 2023, m: 12 });
    expect(weekday(d)).toBe(2);
  });
  it('rejects what is not a date', () => {
    expect(parseYmd(null)).toBeNull();
    expect(parseYmd('last week')).toBeNull();
  });
});
