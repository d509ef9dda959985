// Overlapping mentions: the longest wins, a state may sit inside a coalition, a group noun inside a
// name is not read again; and a long article settles each passage as a short one would.
import { describe, expect, it } from 'vitest';
import { read } from './read.js';

const mentions = (lang: string, text: string) => read(lang, text).entities.map((e) => [e.name, e.mentions.map((m) => m.text)]);

describe('overlapping mentions', () => {
  it('keeps a state inside a coalition, and no group noun inside a name', () => {
    expect(mentions('fr', 'La coalition menée par les États-Unis a frappé Raqqa.')).toEqual([
      ['US-led coalition', ['coalition menée par les États-Unis']],
      ['United States', ['États-Unis']],
    ]);
    expect(mentions('en', 'Houthi rebels fired at ships and the Syrian army advanced.')).toEqual([
      ['Houthis', ['Houthi rebels']],
      ['Syrian military', ['Syrian army']],
    ]);
  });

  it('reads a long article passage by passage as it reads one passage', () => {
    const passage = 'The US-led coalition struck Raqqa. Houthi rebels fired at ships, and Syrian army troops advanced. ';
    const one = mentions('en', passage);
    const long = mentions('en', passage.repeat(300));
    expect(long.map(([name]) => name)).toEqual(one.map(([name]) => name));
    for (const [i, [, texts]] of long.entries()) expect(texts).toEqual(Array(300).fill(one[i][1]).flat());
  });
});
