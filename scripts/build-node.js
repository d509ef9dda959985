// `npm run build:node [-- --force]`: compiles the TypeScript that the CLI, the benchmarks and the
// evaluations import into dist/node (same layout, one .js per .ts), skipped when up to date.
// tsx's on-the-fly transform keeps function names (it wraps closures in `__name(…)`) and maps
// sources, which costs in hot paths; the compiled code is what the product runs.
// Plain JavaScript: it runs before anything is compiled, and bin/sitrep.js uses `compiledUrl`
// without loading tsx (esbuild is loaded only to build; it comes with tsx).
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist', 'node');
/** The sources each compiled file came from, with their modification time and size when built. */
const STAMP = 'sources.json';
/** Where the graph starts: the CLI, and every benchmark and evaluation module (loaded by name at run time). */
const ENTRY_DIRS = ['bench', 'eval'];
const CLI = 'src/cli/main.ts';

/** [mtimeMs, size] of a project file, or null when it is gone. */
export function stateOf(path) {
  try {
    const s = statSync(join(ROOT, path));
    return [s.mtimeMs, s.size];
  } catch {
    return null;
  }
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(join(OUT, STAMP), 'utf8'));
  } catch {
    return null;
  }
}

/** Whether every compiled source under `dirs` (all when empty) is unchanged since the build. */
export function isFresh(stamp, dirs = []) {
  if (!stamp) return false;
  return Object.entries(stamp).every(([path, [mtime, size]]) => {
    if (dirs.length && !dirs.some((d) => path.startsWith(`${d}/`))) return true;
    const now = stateOf(path);
    return now !== null && now[0] === mtime && now[1] === size;
  });
}

/**
 * The URL of the compiled form of `source` (a project path such as "src/cli/main.ts") when the build
 * is up to date with everything under `dirs`, else null: a stale build never runs.
 */
export function compiledUrl(source, dirs) {
  if (!isFresh(readStamp(), dirs)) return null;
  const file = join(OUT, source.replace(/\.ts$/, '.js'));
  return existsSync(file) ? pathToFileURL(file).href : null;
}

function entryPoints() {
  const modules = ENTRY_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => `${dir}/${f}`),
  );
  return [CLI, ...modules];
}

/** Compiles into a fresh folder that then replaces dist/node whole, so a reader never sees half a build. */
export async function build() {
  const esbuild = await import('esbuild');
  const entries = entryPoints();
  // The bundler only finds the import graph (every project file the entries reach); each file is then compiled alone.
  const graph = await esbuild.build({ absWorkingDir: ROOT, entryPoints: entries, bundle: true, packages: 'external', platform: 'node', format: 'esm', outdir: OUT, write: false, metafile: true, logLevel: 'error' });
  const sources = Object.keys(graph.metafile.inputs).filter((p) => p.endsWith('.ts'));
  // Taken before compiling: a source edited during the build leaves it stale.
  const stamp = Object.fromEntries(sources.map((p) => [p, stateOf(p)]));
  const temp = `${OUT}.${process.pid}`;
  try {
    // The language level tsconfig.json checks, so nothing is rewritten: a `node20` target would turn
    // every /\p{…}/u literal into a `new RegExp(…)` built at each call, as tsx does.
    await esbuild.build({ absWorkingDir: ROOT, entryPoints: sources, outdir: temp, outbase: '.', platform: 'node', format: 'esm', target: 'es2022', logLevel: 'error' });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  writeFileSync(join(temp, STAMP), JSON.stringify(stamp));
  const old = `${OUT}.old.${process.pid}`;
  try {
    renameSync(OUT, old);
  } catch {
    // No build yet, or another build is swapping its own in.
  }
  try {
    renameSync(temp, OUT);
  } catch {
    // Another build finished first: its folder is as good as ours.
    rmSync(temp, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
  return sources.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const stamp = readStamp();
  // A new benchmark or evaluation module is not in the last build's graph yet.
  if (!process.argv.includes('--force') && isFresh(stamp) && entryPoints().every((e) => e in stamp)) {
    if (!process.argv.includes('--quiet')) console.log(`build:node: ${relative(ROOT, OUT).split(sep).join('/')} is up to date`);
  } else {
    const n = await build();
    if (!process.argv.includes('--quiet')) console.log(`build:node: ${n} modules compiled into ${relative(ROOT, OUT).split(sep).join('/')}`);
  }
}
