// Arrays that hot code hands to other hot code. `Array.prototype.map` makes its result with one
// hidden class when it runs as a builtin and another when V8 inlines it into optimized code, so a
// reader of such arrays meets a new class as soon as their maker is optimized, and its optimized
// code is thrown away and compiled again (10–20 ms for each large function, most of the cost of a
// short run). Arrays built by `push` from one literal keep one class either way.

/** `list.map(f)`, with a result of the same hidden class whether the caller is optimized or not. */
export function mapped<T, U>(list: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(f(list[i]!, i));
  return out;
}
