// Bytes → text. The charset comes, in order of trust, from the byte-order mark, the HTTP
// Content-Type, a <meta charset> in the first bytes, a strict UTF-8 check, then chardet's guess.
// Labels follow the WHATWG rule that latin-1 and ASCII mean windows-1252.
import iconv from 'iconv-lite';
import chardet from 'chardet';
import { isUtf8 } from 'node:buffer';
import { SitrepError } from '../errors.js';

export interface Decoded {
  readonly text: string;
  readonly charset: string;
  /** Where the charset came from: bom | http | meta | utf8 | sniffed. */
  readonly basis: string;
}

const LABEL_ALIASES: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', latin1: 'windows-1252', 'latin-1': 'windows-1252',
  'us-ascii': 'windows-1252', ascii: 'windows-1252', 'x-user-defined': 'windows-1252', utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8', 'x-sjis': 'shift_jis', 'iso-8859-9': 'windows-1254', 'ks_c_5601-1987': 'euc-kr',
};

const SNIFF_BYTES = 4096;
const SAMPLE_BYTES = 64 * 1024;

export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  const name = LABEL_ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

export function charsetFromContentType(contentType: string | null): string | null {
  const m = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return m ? normaliseCharset(m[1]) : null;
}

function bomCharset(b: Uint8Array): { charset: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

/** UTF-16 without a BOM shows as a zero in every other byte of ASCII-heavy text. */
function utf16Guess(b: Uint8Array): string | null {
  const n = Math.min(b.length, 2048) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.4 && evenZero < half * 0.05) return 'utf-16le';
  if (evenZero > half * 0.4 && oddZero < half * 0.05) return 'utf-16be';
  return null;
}

function metaCharset(b: Uint8Array): string | null {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, SNIFF_BYTES)).toString('latin1');
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i) ?? head.match(/<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i);
  return m ? normaliseCharset(m[1]) : null;
}

/** Control bytes other than whitespace are rare in text of any 8-bit charset. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  return n > 0 && control / n > 0.02;
}

function hasHighBytes(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return true;
  return false;
}

/**
 * The text of UTF-8 bytes with a few broken sequences (a teaser cut inside a character, a stray
 * byte pasted from elsewhere), or null. Bytes of an 8-bit charset read as UTF-8 break at almost
 * every non-ASCII character, so a handful of breaks among many good characters settles it.
 */
function nearlyUtf8(buf: Buffer): string | null {
  const text = buf.toString('utf8');
  let broken = 0;
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) broken++;
    else if (c > 0x7f) wide++;
  }
  return wide >= 20 && broken * 50 <= wide ? text : null;
}

/** Bytes that are no text in any charset (an image, an archive, an executable). */
export function isBinary(bytes: Uint8Array): boolean {
  return !bomCharset(bytes) && !utf16Guess(bytes) && looksBinary(bytes);
}

export function decodeBytes(bytes: Uint8Array, contentType: string | null = null): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = bomCharset(bytes);
  if (bom) return { text: iconv.decode(buf.subarray(bom.skip), bom.charset), charset: bom.charset, basis: 'bom' };
  const wide = utf16Guess(bytes);
  if (wide) return { text: iconv.decode(buf, wide), charset: wide, basis: 'sniffed' };
  if (looksBinary(bytes)) throw new SitrepError('SITREP_E_ENCODING', 'binary content, not text or HTML');
  const declared = charsetFromContentType(contentType);
  const meta = declared ? null : metaCharset(bytes);
  const stated = declared ?? meta;
  // Valid UTF-8 with multibyte sequences is almost never another charset, whatever the page
  // says; a page that says UTF-8 but is not valid UTF-8 is decoded by what its bytes look like.
  const utf8 = isUtf8(bytes);
  if (utf8 && stated !== 'utf-8' && hasHighBytes(bytes)) return { text: buf.toString('utf8'), charset: 'utf-8', basis: 'utf8' };
  if (stated && !(stated === 'utf-8' && !utf8)) {
    return { text: iconv.decode(buf, stated), charset: stated, basis: declared ? 'http' : 'meta' };
  }
  if (utf8) return { text: buf.toString('utf8'), charset: 'utf-8', basis: 'utf8' };
  const nearly = nearlyUtf8(buf);
  if (nearly) return { text: nearly, charset: 'utf-8', basis: 'utf8' };
  const guess = normaliseCharset(chardet.detect(buf.subarray(0, SAMPLE_BYTES))) ?? 'windows-1252';
  const charset = guess === 'utf-8' ? 'windows-1252' : guess;
  return { text: iconv.decode(buf, charset), charset, basis: 'sniffed' };
}
