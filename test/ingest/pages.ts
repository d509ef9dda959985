// Short articles of our own (French and English), written to a temporary directory.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ARTICLES: Record<string, string> = {
  'fr/kessab.txt':
    "Des rebelles s'emparent de Kessab\n\nDes combattants rebelles ont pris lundi le contrôle de la ville de Kessab, près de la frontière turque, a affirmé une ONG.\n\nSelon l'armée, au moins douze soldats ont été tués dans les combats.",
  'fr/alep.html':
    "<html><head><title>Trêve à Alep</title></head><body><article><h1>Trêve fragile à Alep</h1><p>Une trêve est entrée en vigueur mardi à Alep, selon le ministère de la Défense.</p><p>Des tirs sporadiques ont été signalés dans l'est de la ville.</p></article></body></html>",
  'en/idlib.txt':
    'Shelling hits Idlib\n\nGovernment forces shelled the town of Idlib on Tuesday, killing at least five civilians, a monitoring group said.\n\nThe army denied targeting residential areas.',
  'en/homs.txt':
    'Convoy reaches Homs\n\nAn aid convoy of 40 trucks reached the besieged district of Homs on Wednesday, the United Nations said.',
};

/** Writes the articles (plus `extra` files) under a fresh directory and returns it. */
export function writePages(extra: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pages-'));
  for (const [name, content] of Object.entries({ ...ARTICLES, ...extra })) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** `n` distinct short English articles (for runs that must take a while). */
export function manyPages(n: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `many/p${String(i).padStart(3, '0')}.txt`,
      `Clashes in district ${i}\n\nFighters attacked a checkpoint in district ${i} on Monday, killing ${i + 2} people, officials said.`,
    ]),
  );
}
