// One article in, one `sitrep-article/1` reading out: the analysis stages over the clean text.
import type { Article, Reading } from '../model/reading.js';
import { FORMAT } from '../model/reading.js';
import { emptyDoc, type Doc } from '../core/doc.js';
import { runStages } from '../core/stage.js';
import type { Context } from '../core/context.js';
import { STAGES } from './stages.js';

export function analyseArticle(article: Article, ctx: Context): Reading {
  const start = emptyDoc(article, article.published);
  const warnings = article.published ? [] : ['no publication date: relative dates are left unresolved'];
  const doc = runStages(STAGES, { ...start, warnings }, ctx);
  return toReading(doc);
}

/** A document's reading as it is written out. */
export function toReading(doc: Doc): Reading {
  return {
    format: FORMAT,
    article: doc.article,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    tokens: doc.tokens.map((t) => [t.start, t.end] as [number, number]),
    entities: [...doc.entities],
    places: [...doc.places],
    dates: [...doc.dates],
    figures: [...doc.figures],
    events: [...doc.events],
    quotes: [...doc.quotes],
    claims: [...doc.claims],
    warnings: [...doc.warnings],
  };
}
