// A weekday announced ("will meet on Monday") is the coming one; one told of, the last.
import { describe, expect, it } from 'vitest';
import { read } from '../../analyse/entities/read.js';

// Published Friday 2023-05-12.
const days = (text: string) => read('en', text).dates.map((d) => [d.text, d.date]);

describe('en weekdays and the future', () => {
  it('reads a weekday after a word of the future as the coming one', () => {
    expect(days('The envoy will travel to Geneva on Monday.')).toEqual([['on Monday', '2023-05-15']]);
    expect(days('Talks are due to resume on Tuesday.')).toEqual([['on Tuesday', '2023-05-16']]);
  });
  it('reads a weekday in reported plans ("said they would … on Thursday") as the coming one', () => {
    expect(days('Organisers said they would hold fresh demonstrations in the capital on Thursday.')).toEqual([['on Thursday', '2023-05-18']]);
    expect(days('The army said it would respond, after rebels attacked on Monday.')).toEqual([['on Monday', '2023-05-08']]);
  });
  it('reads the undotted month of a wire dateline', () => {
    expect(days('NAIROBI, Feb 14 (Wire) - Police fired tear gas.')).toEqual([['Feb 14', '2023-02-14']]);
  });
  it('keeps a told weekday in the past, even with a future word far before it', () => {
    expect(days('Rebels attacked the town on Monday.')).toEqual([['on Monday', '2023-05-08']]);
    expect(days('It will take months to rebuild what was destroyed on Monday.')).toEqual([['on Monday', '2023-05-08']]);
  });
});
