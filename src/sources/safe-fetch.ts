// Fetching a URL without letting it reach the local network: every address a hostname resolves
// to is checked at connection time (so DNS cannot change its answer in between), redirects are
// followed by hand (each hop checked again), and time, size and content type are bounded.
import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import net from 'node:net';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { SitrepError } from '../errors.js';
import { LIMITS } from './limits.js';

export interface FetchOptions {
  /** Allows loopback, private and link-local addresses (tests, intranets). */
  readonly allowPrivate?: boolean;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /** Extra request headers, e.g. a feed's validators (If-None-Match, If-Modified-Since). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Fetched {
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  /** The validators the server sent, for a later conditional request. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** The server answered 304 to a conditional request: `bytes` is empty. */
  readonly notModified: boolean;
}

const ACCEPTED_TYPES = /^(text\/|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml)|$)/i;

const blocked = new net.BlockList();
for (const [net4, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net4, prefix, 'ipv4');
for (const [net6, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) {
  blocked.addSubnet(net6, prefix, 'ipv6');
}

/** Loopback, private, link-local, multicast or unspecified. */
export function isPrivateAddress(address: string): boolean {
  const v4mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (v4mapped) return blocked.check(v4mapped[1], 'ipv4');
  const family = net.isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) return blocked.check(address, 'ipv6');
  return true;
}

function refusal(host: string, address: string): SitrepError {
  return new SitrepError('SITREP_E_FETCH', `${host} resolves to ${address}, a private or loopback address (allow it with --allow-private)`);
}

/** dns.lookup that refuses private answers, used by the socket itself. */
function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = addresses as dns.LookupAddress[];
      const bad = allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (bad) return callback(refusal(hostname, bad.address), '', 4);
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`no address for ${hostname}`), '', 4);
      callback(null, first.address, first.family);
    });
  };
}

function decompress(res: http.IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return res.pipe(zlib.createInflate());
  if (encoding === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

function requestOnce(url: URL, options: Required<FetchOptions>, signal: AbortSignal): Promise<http.IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) && !options.allowPrivate && isPrivateAddress(host)) return Promise.reject(refusal(host, host));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      lookup: guardedLookup(options.allowPrivate),
      signal,
      headers: { 'user-agent': 'sitrep/0.1 (+news reader)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1', 'accept-encoding': 'gzip, deflate, br', ...options.headers },
    });
    req.on('response', resolve);
    req.on('error', reject);
  });
}

async function readBody(res: http.IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  if (declared > maxBytes) throw new SitrepError('SITREP_E_FETCH', `response of ${declared} bytes exceeds the ${maxBytes}-byte limit`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decompress(res)) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      throw new SitrepError('SITREP_E_FETCH', `response exceeds the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function safeFetch(input: string, opts: FetchOptions = {}): Promise<Fetched> {
  const options: Required<FetchOptions> = {
    allowPrivate: opts.allowPrivate ?? false,
    timeoutMs: opts.timeoutMs ?? LIMITS.fetchTimeoutMs,
    maxBytes: opts.maxBytes ?? LIMITS.maxHtmlBytes,
    headers: opts.headers ?? {},
  };
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = new URL(input);
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SitrepError('SITREP_E_FETCH', `unsupported scheme ${url.protocol}`);
      const res = await requestOnce(url, options, signal);
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (hop >= LIMITS.maxRedirects) throw new SitrepError('SITREP_E_FETCH', `more than ${LIMITS.maxRedirects} redirects`);
        url = new URL(res.headers.location, url);
        continue;
      }
      const etag = res.headers.etag ?? null;
      const lastModified = res.headers['last-modified'] ?? null;
      if (status === 304) {
        res.resume();
        return { url: url.href, bytes: new Uint8Array(), contentType: null, etag, lastModified, notModified: true };
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new SitrepError('SITREP_E_FETCH', `HTTP ${status}`);
      }
      const contentType = res.headers['content-type'] ?? null;
      if (!ACCEPTED_TYPES.test(contentType ?? '')) {
        res.resume();
        throw new SitrepError('SITREP_E_FETCH', `content type ${contentType} is not a page`);
      }
      return { url: url.href, bytes: await readBody(res, options.maxBytes), contentType, etag, lastModified, notModified: false };
    }
  } catch (error) {
    if (error instanceof SitrepError) throw error;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof SitrepError) throw cause;
    const name = (error as Error).name;
    const message = name === 'TimeoutError' || name === 'AbortError' ? `no complete answer within ${options.timeoutMs} ms` : (error as Error).message;
    throw new SitrepError('SITREP_E_FETCH', message);
  }
}
