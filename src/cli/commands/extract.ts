// `sitrep extract INPUT…`: the clean article of each page (title, date, authors, text, blocks,
// what was removed), without the analysis.
import type { Command } from '../command.js';
import { extractArticle } from '../../clean/extract.js';
import type { Article } from '../../model/reading.js';
import { INPUT_OPTIONS, INPUT_USAGE, createWriter, forEachPage } from '../read-pages.js';

/** The article as a reader sees it: header lines, then the kept text. */
function renderArticle(a: Article): string {
  const head = [
    `# ${a.title ?? '(no title)'}`,
    `${a.published ?? 'date unknown'} · ${a.authors.join(', ') || 'no byline'} · ${a.site ?? a.file ?? a.url ?? ''} · ${a.lang} · ${a.extractor}`,
  ];
  const body = a.blocks.filter((b) => b.kind !== 'title').map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.kind === 'quote' ? `> ${b.text}` : b.text));
  return [...head, '', ...body.flatMap((b) => [b, ''])].join('\n');
}

export const extract: Command = {
  name: 'extract',
  usage: `extract ${INPUT_USAGE} [--format json|jsonl|text]`,
  summary: 'print the clean article of each page: title, date, authors, language, text, blocks, removed furniture',
  options: INPUT_OPTIONS,
  async run({ values, positionals }, io) {
    const out = createWriter(io, values.format as string, renderArticle);
    const failed = await forEachPage('extract', positionals, values, io, (raw) => {
      out.write(extractArticle(raw, { lang: values.lang as string | undefined, published: values.published as string | undefined }));
    });
    out.end();
    return failed ? 1 : 0;
  },
};
