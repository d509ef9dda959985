// GET /articles/:id: the stored reading with its offsets (text always as JSON data);
// POST /articles: reads a submitted page or text through the pipeline and stores it.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Reading } from '../../../model/reading.js';
import { route } from '../../route.js';
import type { ApiContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { LIMITS } from '../../../sources/limits.js';

const ArticleId = z.strictObject({ id: z.string().min(1).max(200) });

/** Big enough for any news page; larger bodies get 413 from the server. */
export const MAX_ARTICLE_CHARS = LIMITS.maxArticleChars;

const NewArticle = z
  .strictObject({
    html: z.string().min(1).max(MAX_ARTICLE_CHARS).optional(),
    text: z.string().min(1).max(MAX_ARTICLE_CHARS).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    title: z.string().min(1).max(1000).optional(),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD').optional(),
    lang: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code').optional(),
  })
  .refine((a) => (a.html === undefined) !== (a.text === undefined), { message: 'give exactly one of html or text', path: ['html'] });

const StoredArticle = z.object({
  id: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  site: z.string().nullable(),
  lang: z.string(),
  ingestedAt: z.string(),
  reading: Reading,
});

export const articleRoutes = (ctx: ApiContext) => [
  route({
    method: 'GET',
    url: '/articles/:id',
    summary: "an article's reading: clean text and every span (offsets are UTF-16 indices into article.text)",
    tag: 'articles',
    params: ArticleId,
    responses: { 200: { description: 'the article', schema: StoredArticle } },
    async handler({ params }) {
      const a = await ctx.repo.getArticle(params.id);
      if (!a) throw notFound('article', params.id);
      return { id: a.id, url: a.url, title: a.title, published: a.published, site: a.site, lang: a.lang, ingestedAt: a.ingestedAt, reading: a.reading };
    },
  }),
  route({
    method: 'POST',
    url: '/articles',
    summary: 'reads an article (HTML or text) and stores it; the picture is rebuilt',
    tag: 'articles',
    body: NewArticle,
    write: true,
    responses: {
      201: { description: 'stored', schema: z.object({ id: z.string(), status: z.literal('added') }) },
      200: { description: 'already stored: nothing written', schema: z.object({ id: z.string(), status: z.literal('duplicate') }) },
    },
    async handler({ body, reply }) {
      const reading = ctx.read(body);
      const rawHash = createHash('sha256').update(body.html ?? body.text ?? '').digest('hex');
      const outcome = await ctx.repo.saveReading(reading, { rawHash, origin: body.url ?? 'api' });
      if (outcome.status === 'added') await ctx.refresh();
      reply.code(outcome.status === 'added' ? 201 : 200);
      return outcome;
    },
  }),
];
