// A hash table over the index's sorted "key\tvalues\n" records, built once when the gazetteer loads:
// a name is found, or known absent, in one or two probes instead of a binary search through the
// whole string (most capitalised words of an article are no place, and each is asked about once).
// It holds numbers only: nothing in it for the collector to trace, and no string kept per name asked.

const TAB = 9;
const SPACE = 32;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Slots per entry at most full: linear probing stays short, and the table small enough to stay in cache more often. */
const MAX_LOAD_INVERSE = 1.5;

/** FNV-1a over UTF-16 code units, one step. */
const step = (hash: number, code: number) => Math.imul(hash ^ code, FNV_PRIME);

function hashKey(key: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < key.length; k++) h = step(h, key.charCodeAt(k));
  return h;
}

/** Offsets into the names string under 32-bit hashes, open addressing; the caller checks the text at an offset. */
export class OffsetTable {
  /** Pairs (hash, offset + 1); offset 0 marks an empty slot. */
  private slots: Int32Array;
  private size = 0;

  constructor(expected = 0) {
    let pairs = 1 << 10;
    while (pairs < expected * MAX_LOAD_INVERSE) pairs <<= 1;
    this.slots = new Int32Array(2 * pairs);
  }

  add(hash: number, offset: number): void {
    if ((this.size + 1) * MAX_LOAD_INVERSE > this.slots.length >> 1) this.grow();
    this.place(hash, offset + 1);
    this.size++;
  }

  /** The slot after `from` holding `hash` (-1 to start), or -1 when none is left. */
  next(hash: number, from: number): number {
    const mask = (this.slots.length >> 1) - 1;
    for (let slot = from < 0 ? hash & mask : (from + 1) & mask; ; slot = (slot + 1) & mask) {
      const stored = this.slots[2 * slot + 1]!;
      if (stored === 0) return -1;
      if (this.slots[2 * slot] === hash) return slot;
    }
  }

  offsetAt(slot: number): number {
    return this.slots[2 * slot + 1]! - 1;
  }

  private place(hash: number, stored: number): void {
    const mask = (this.slots.length >> 1) - 1;
    let slot = hash & mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = stored;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.place(old[i]!, old[i + 1]!);
  }
}

/**
 * The table of a names string: each key ("new york") and each distinct prefix of a key up to a space ("new "),
 * to the start of a record that has it. One pass: the records are sorted, so the keys sharing a prefix are
 * neighbours, and a prefix is added only where the previous key lacks it.
 */
export function buildNameTable(names: string): OffsetTable {
  let count = 0;
  for (let at = names.indexOf('\n'); at >= 0; at = names.indexOf('\n', at + 1)) count++;
  // Keys never end with a space, prefixes always do: one table holds both.
  const table = new OffsetTable(count + (count >> 2));
  let previous = -1;
  for (let r = 0, start = 0; r < count; r++) {
    // Length of the prefix this key shares with the previous one.
    let shared = 0;
    if (previous >= 0) {
      while (names.charCodeAt(previous + shared) === names.charCodeAt(start + shared) && names.charCodeAt(start + shared) !== TAB) shared++;
    }
    let h = FNV_OFFSET;
    let at = start;
    for (let code = names.charCodeAt(at); code !== TAB; code = names.charCodeAt(++at)) {
      h = step(h, code);
      if (code === SPACE && at - start >= shared) table.add(h, start);
    }
    table.add(h, start);
    previous = start;
    start = names.indexOf('\n', at) + 1;
  }
  return table;
}

/** The offset of `key`'s values (after its tab) in `names`, or -1. */
export function findKey(t: OffsetTable, names: string, key: string): number {
  const h = hashKey(key);
  for (let slot = t.next(h, -1); slot >= 0; slot = t.next(h, slot)) {
    const start = t.offsetAt(slot);
    if (names.charCodeAt(start + key.length) === TAB && names.startsWith(key, start)) return start + key.length + 1;
  }
  return -1;
}

/** Whether some key begins with `key` and a space ("new" for "new york"). */
export function continuesKey(t: OffsetTable, names: string, key: string): boolean {
  const h = step(hashKey(key), SPACE);
  for (let slot = t.next(h, -1); slot >= 0; slot = t.next(h, slot)) {
    const start = t.offsetAt(slot);
    if (names.charCodeAt(start + key.length) === SPACE && names.startsWith(key, start)) return true;
  }
  return false;
}
