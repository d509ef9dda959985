// State, province and country codes in running text ("Spokane, WA", "Kelowna, BC", "Paris, TX").
// The index holds them as written (src/lang/shared/abbreviations.ts); in running text a code is
// read only in capitals after a place name and a comma, where it qualifies that name. Alone, "WA"
// or "SC" is as often a word, someone's initials or a body's.
import type { Token } from '../core/doc.js';
import type { NameIndex, Toponym } from './recognize.js';

const CODE = /^[A-Z]{2,3}$/;

/** `toponyms` (in text order), with each code after one of them and a comma read as written: "WA" is Washington, not Wa, Ghana. */
export function withStateCodes(tokens: readonly Token[], toponyms: readonly Toponym[], names: NameIndex): Toponym[] {
  const out: Toponym[] = [];
  let j = 0;
  for (let k = 0; k < toponyms.length; k++) {
    const t = toponyms[k]!;
    out.push(t);
    while (j < tokens.length && tokens[j]!.start < t.end) j++;
    const comma = tokens[j];
    const code = tokens[j + 1];
    if (comma?.text !== ',' || comma.start - t.end > 1 || !code || code.start - comma.end > 1 || !CODE.test(code.text) || !names.has(code.text)) continue;
    const next = toponyms[k + 1];
    if (next && next.start < code.end) {
      // A name read there already: its key as written, unless it is longer or a pack's alias ("UK").
      if (next.start !== code.start || next.end !== code.end || next.alias) continue;
      out.push({ ...next, key: code.text });
      k++;
    } else {
      out.push({ start: code.start, end: code.end, key: code.text, alias: null, part: null, anaphor: false, locative: false, initial: false, qualifier: null });
    }
  }
  return out;
}
