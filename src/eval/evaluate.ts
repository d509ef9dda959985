// Runs the pipeline on each gold file's document (with the gold's publication date and
// language) and scores the reading.
import { readFileSync } from 'node:fs';
import { extractArticle } from '../clean/extract.js';
import { readPage, type Resources } from '../pipeline.js';
import { getPack } from '../lang/index.js';
import type { Reading } from '../model/reading.js';
import { SitrepError } from '../errors.js';
import { loadGold } from './gold.js';
import { oracleReading } from './oracle.js';
import { scoreReading, type FileScore } from './score.js';

export interface EvaluateOptions {
  /** Use the gold's entities, places and dates instead of the upstream stages. */
  readonly oracle?: boolean;
}

export function evaluateGold(path: string, resources: Resources, options: EvaluateOptions = {}): FileScore & { reading: Reading } {
  const { gold, documentPath } = loadGold(path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(documentPath);
  } catch {
    throw new SitrepError('SITREP_E_INPUT', `the document "${gold.document}" is not at ${documentPath}`);
  }
  const raw = { origin: documentPath, url: null, file: documentPath, bytes, contentType: null, published: null };
  const extract = { lang: gold.lang, published: gold.published ?? undefined };
  const reading = options.oracle ? oracleReading(extractArticle(raw, extract), gold, getPack(gold.lang)) : readPage(raw, extract, resources);
  return { ...scoreReading(gold, reading, path), reading };
}
