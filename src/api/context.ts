// What the routes work with: the store, and the services a write triggers (reading an
// article, rebuilding the picture), with their default implementations.
import type { Repository } from '../store/repository.js';
import type { Reading } from '../model/reading.js';
import type { RawPage } from '../sources/raw.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import { readPage } from '../pipeline.js';
import { rebuildPicture } from '../picture/rebuild.js';
import type { ExportOptions } from '../export/format.js';
import { admin1Namer } from '../export/admin1.js';

/** An article submitted through the API, before it is read. */
export interface SubmittedArticle {
  readonly html?: string;
  readonly text?: string;
  readonly url?: string;
  readonly title?: string;
  readonly published?: string;
  readonly lang?: string;
}

export interface ApiContext {
  readonly repo: Repository;
  /** Reads a submitted article into its reading (the pipeline); throws coded errors. */
  read(article: SubmittedArticle): Reading;
  /** Rebuilds the situation picture after a write (new article, correction). */
  refresh(): Promise<void>;
  /** When exports say they were made, and how they name admin-1 regions. */
  exportOptions(): ExportOptions;
}

/** The pipeline's reading of a submitted article: HTML or text, with the caller's metadata. */
export function readSubmitted(article: SubmittedArticle, gazetteer: Gazetteer | null): Reading {
  const html = article.html !== undefined;
  const raw: RawPage = {
    origin: article.url ?? 'api',
    url: article.url ?? null,
    file: null,
    bytes: new TextEncoder().encode(article.html ?? article.text ?? ''),
    contentType: html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
    published: article.published ?? null,
  };
  const reading = readPage(raw, { lang: article.lang, published: article.published }, { gazetteer });
  // A title given by the caller names the article; it is metadata, not part of the text.
  return article.title ? { ...reading, article: { ...reading.article, title: article.title } } : reading;
}

export function createContext(repo: Repository, gazetteer: Gazetteer | null): ApiContext {
  const admin1Name = admin1Namer(gazetteer);
  return {
    repo,
    read: (article) => readSubmitted(article, gazetteer),
    refresh: async () => {
      await rebuildPicture(repo);
    },
    exportOptions: () => ({ now: new Date(), admin1Name }),
  };
}
