// The one way through for a single page: raw bytes → clean article → analysed reading.
import type { Reading } from './model/reading.js';
import type { RawPage } from './sources/raw.js';
import { extractArticle, type ExtractOptions } from './clean/extract.js';
import { analyseArticle } from './analyse/analyse.js';
import { getPack } from './lang/index.js';
import type { Gazetteer } from './geo/gazetteer.js';
import { LIMITS } from './sources/limits.js';
import { SitrepError } from './errors.js';

export interface Resources {
  readonly gazetteer: Gazetteer | null;
}

export function readPage(raw: RawPage, options: ExtractOptions, resources: Resources): Reading {
  const article = extractArticle(raw, options);
  if (article.text.length > LIMITS.maxArticleChars) {
    throw new SitrepError('SITREP_E_INPUT', `clean text of ${article.text.length} characters exceeds the ${LIMITS.maxArticleChars}-character limit of one article`);
  }
  const pack = getPack(article.lang);
  return analyseArticle(article, { pack, gazetteer: resources.gazetteer });
}
