// Every command's inputs: files, directories (recursive, sorted), .gz files, URLs and "-" for
// stdin, each yielded as a RawPage or, when it cannot be read, an InputFailure with a coded
// error. One bad input never stops the others.
import { readdir, stat, open } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SitrepError } from '../errors.js';
import { isBinary } from '../clean/decode.js';
import type { InputFailure, RawPage } from './raw.js';
import { LIMITS } from './limits.js';
import { safeFetch, type FetchOptions } from './safe-fetch.js';

export interface ReadOptions extends FetchOptions {
  /** Where "-" reads from; process.stdin by default. */
  readonly stdin?: NodeJS.ReadableStream;
  /** A publication date to attach to every page read (YYYY-MM-DD). */
  readonly published?: string;
}

/** Files a directory walk picks up; a file named on the command line is read whatever its name. */
const PAGE_FILE = /\.(html?|xhtml|txt|text|md)(\.gz)?$/i;
const HTML_HINT = /<(html|body|div|p|article)[\s>]/i;

export function isFailure(x: RawPage | InputFailure): x is InputFailure {
  return 'error' in x;
}

const inputError = (message: string) => new SitrepError('SITREP_E_INPUT', message);

async function readCapped(path: string, max: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > max) throw inputError(`${size} bytes exceeds the ${max}-byte limit`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Inflates gzip (by magic number, whatever the name), then checks size, emptiness and binary content. */
export function checkBytes(raw: Uint8Array): Uint8Array {
  let bytes = raw;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: LIMITS.maxHtmlBytes });
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      throw inputError(tooLarge ? `inflates past the ${LIMITS.maxHtmlBytes}-byte limit` : `broken gzip data (${(error as Error).message})`);
    }
  }
  if (!bytes.length || !/\S/.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 65536)).toString('latin1'))) {
    throw inputError('empty input');
  }
  if (isBinary(bytes)) throw inputError('binary content, not text or HTML');
  if (bytes.length > LIMITS.maxTextBytes && !HTML_HINT.test(Buffer.from(bytes.buffer, bytes.byteOffset, 65536).toString('latin1'))) {
    throw inputError(`text of ${bytes.length} bytes exceeds the ${LIMITS.maxTextBytes}-byte limit`);
  }
  return bytes;
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile() && PAGE_FILE.test(e.name)) yield path;
  }
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > LIMITS.maxHtmlBytes) throw inputError(`stdin exceeds the ${LIMITS.maxHtmlBytes}-byte limit`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

async function attempt(origin: string, read: () => Promise<RawPage>): Promise<RawPage | InputFailure> {
  try {
    return await read();
  } catch (error) {
    const e = error instanceof SitrepError ? error : inputError((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message);
    return { origin, error: e };
  }
}

export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<RawPage | InputFailure> {
  const published = options.published ?? null;
  const page = (origin: string, bytes: Uint8Array, extra: Partial<RawPage>): RawPage => ({
    origin, url: null, file: null, contentType: null, published, ...extra, bytes: checkBytes(bytes),
  });
  for (const input of inputs) {
    if (input === '-') {
      yield await attempt(input, async () => page(input, await readStdin(options.stdin ?? process.stdin), {}));
    } else if (/^https?:\/\//i.test(input)) {
      yield await attempt(input, async () => {
        const f = await safeFetch(input, options);
        return page(input, f.bytes, { url: f.url, contentType: f.contentType });
      });
    } else {
      let isDir = false;
      try {
        isDir = (await stat(input)).isDirectory();
      } catch {
        // Missing: reported by the file read below.
      }
      if (!isDir) {
        yield await attempt(input, async () => page(input, await readCapped(input, LIMITS.maxHtmlBytes), { file: input }));
        continue;
      }
      for await (const path of walk(input)) {
        yield await attempt(path, async () => page(path, await readCapped(path, LIMITS.maxHtmlBytes), { file: path }));
      }
    }
  }
}
