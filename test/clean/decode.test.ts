import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, isBinary } from '../../src/clean/decode.js';

describe('decodeBytes', () => {
  it('decodes windows-1252 bytes that are not UTF-8 by sniffing', () => {
    const bytes = iconv.encode('Les forces gouvernementales ont repris le contrôle du quartier à l’aube, selon l’état-major.', 'windows-1252');
    const d = decodeBytes(bytes);
    expect(d.text).toContain('contrôle du quartier à l’aube');
    expect(d.basis).toBe('sniffed');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const body = iconv.encode('Émeutes à Kinshasa', 'utf-16le');
    const d = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
    expect(d).toMatchObject({ text: 'Émeutes à Kinshasa', charset: 'utf-16le', basis: 'bom' });
  });

  it('follows <meta charset> and treats iso-8859-1 as windows-1252', () => {
    const html = '<html><head><meta charset="iso-8859-1"></head><body><p>Député élu – «\u00a0oui\u00a0»</p></body></html>';
    const d = decodeBytes(iconv.encode(html, 'windows-1252'));
    expect(d.charset).toBe('windows-1252');
    expect(d.basis).toBe('meta');
    expect(d.text).toContain('Député élu – «\u00a0oui\u00a0»');
  });

  it('lets the HTTP charset win over the meta tag', () => {
    const html = '<meta charset="utf-8"><p>Genève</p>';
    const d = decodeBytes(iconv.encode(html, 'windows-1252'), 'text/html; charset=ISO-8859-1');
    expect(d.text).toContain('Genève');
    expect(d.basis).toBe('http');
  });

  it('reads as UTF-8 a page whose UTF-8 has one character cut in half, not as windows-1252', () => {
    const text = '<meta charset="utf-8"><p>Żołnierze wycofali się z miasta, a mieszkańcy wrócili do domów. </p>'.repeat(20);
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from('<p>papieros'), Buffer.from('ó').subarray(0, 1), Buffer.from('...</p>')]);
    const d = decodeBytes(bytes);
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain('Żołnierze wycofali się z miasta');
  });

  it('refuses binary bytes and accepts UTF-16 text', () => {
    const binary = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256);
    expect(isBinary(binary)).toBe(true);
    expect(() => decodeBytes(binary)).toThrow(/binary/);
    expect(isBinary(iconv.encode('plain words in UTF-16 without a mark', 'utf-16le'))).toBe(false);
  });
});
