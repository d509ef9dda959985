// Per-document memos: derived views that several stages share (lower-case forms of the tokens,
// pattern scans), computed once per token list and kept on the list itself, so
// they die with the document. (WeakMaps keyed by the list did the same at a far higher cost in
// garbage collection: an entry's value stays alive until a full collection finds its key dead, so
// every document's memos were copied through the young generation and promoted; measured at about
// 0.2 ms per memo per article.)
// `oncePer`, for what is made once per object that outlives many documents (a pack's lexicon), does use one.
const MEMOS = Symbol('sitrep.memos');

type Holder = { [MEMOS]?: Map<object, unknown> };

/**
 * What `make` returns for `list`, computed once per list and `key`. Lists that cannot take the memo
 * (frozen) compute it each time. `make` is given the list, so a caller on a hot path can pass a
 * module-level function instead of allocating a closure per call.
 */
export function memo<L extends readonly unknown[], V>(list: L, key: object, make: (list: L) => V): V {
  const holder = list as Holder;
  let memos = holder[MEMOS];
  if (!memos) {
    if (!Object.isExtensible(list)) return make(list);
    memos = new Map();
    // Not enumerable: the list still serialises and compares as before.
    Object.defineProperty(list, MEMOS, { value: memos });
  }
  // One look-up on the hot path: a memo is never undefined once made, except a `make` that returns it.
  const known = memos.get(key);
  if (known !== undefined || memos.has(key)) return known as V;
  const value = make(list);
  memos.set(key, value);
  return value;
}

/**
 * `make` computed once per key object (a pack's lexicon, typically) and kept while the key lives.
 * A second argument, when `make` takes one, must be fixed by the key (another lexicon of the same
 * pack): it is not part of the key. `make` never returns undefined.
 */
export function oncePer<K extends object, V extends {} | null>(make: (key: K) => V): (key: K) => V;
export function oncePer<K extends object, E, V extends {} | null>(make: (key: K, extra: E) => V): (key: K, extra: E) => V;
export function oncePer<K extends object, E, V extends {} | null>(make: (key: K, extra?: E) => V): (key: K, extra?: E) => V {
  const made = new WeakMap<K, V>();
  return (key, extra) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key, extra)));
    return value;
  };
}
