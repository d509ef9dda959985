// `sitrep watch FEED…`: polls RSS/Atom feeds every --every (10 minutes by default) and ingests
// their new items; --once polls a single time (for cron). Stops cleanly on Ctrl-C / SIGTERM.
import type { Command } from '../command.js';
import { SitrepError } from '../../errors.js';
import { loadGazetteerOrNull } from '../../geo/gazetteer.js';
import { DEFAULT_DB, openRepository } from '../../store/open.js';
import { parseEvery, pollOnce, safeFeedFetcher } from '../../ingest/watch.js';
import { parsePublished } from './ingest.js';

export const watchCommand: Command = {
  name: 'watch',
  usage: 'watch FEED… [--every 10m] [--once] [--db FILE|postgres://…]',
  summary: 'poll RSS/Atom feeds (ETag, Last-Modified, seen items) and ingest what is new',
  options: {
    db: { type: 'string', default: DEFAULT_DB },
    every: { type: 'string', default: '10m' },
    once: { type: 'boolean', default: false },
    published: { type: 'string' },
    'allow-private': { type: 'boolean', default: false },
  },
  async run({ values, positionals }, io) {
    if (!positionals.length) throw new SitrepError('SITREP_E_USAGE', 'name at least one feed URL');
    const every = parseEvery(String(values.every));
    const published = parsePublished(values.published);
    const read = { allowPrivate: Boolean(values['allow-private']) };
    const repo = await openRepository(String(values.db));
    let stopping = false;
    let wake: () => void = () => undefined;
    const stop = () => {
      stopping = true;
      wake();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      const resources = { gazetteer: loadGazetteerOrNull((m) => io.stderr.write(`sitrep watch: ${m}; places stay unresolved\n`)) };
      const options = { read, resources, published, fetchFeed: safeFeedFetcher(read) };
      while (!stopping) {
        const round = await pollOnce(repo, positionals, options);
        const at = new Date().toISOString().slice(0, 19).replace('T', ' ');
        for (const p of round.polls) {
          io.stderr.write(`${at} ${p.feed}: ${p.status === 'failed' ? `failed (${p.reason})` : p.status === 'new' ? `${p.items} new items` : 'unchanged'}\n`);
        }
        io.stdout.write(`${at} ${round.added} articles added, ${round.failed} failed\n`);
        if (values.once) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, every);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      return 0;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await repo.close();
    }
  },
};
