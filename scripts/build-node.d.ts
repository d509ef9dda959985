// Types of scripts/build-node.js (plain JavaScript: it runs before anything is compiled).
/** Each compiled source's [mtimeMs, size] when it was built. */
export type Stamp = Record<string, [number, number]>;
export function stateOf(path: string): [number, number] | null;
export function isFresh(stamp: Stamp | null, dirs?: readonly string[]): boolean;
export function compiledUrl(source: string, dirs: readonly string[]): string | null;
export function build(): Promise<number>;
