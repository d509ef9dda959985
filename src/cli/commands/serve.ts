// `sitrep serve`: the API and the web page over a store, on loopback unless --host says otherwise.
import type { Command } from '../command.js';
import { serve } from '../../server.js';
import { DEFAULT_DB, openRepository } from '../../store/open.js';
import { loadGazetteerOrNull } from '../../geo/gazetteer.js';
import { SitrepError } from '../../errors.js';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--db FILE|postgres://…] [--port 8080] [--host 127.0.0.1]',
  summary: 'serve the HTTP API and the web page (writes need SITREP_TOKEN)',
  options: {
    db: { type: 'string', default: DEFAULT_DB },
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
  },
  async run({ values }, io) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new SitrepError('SITREP_E_USAGE', `--port must be a port number, not "${values.port}"`);
    const repo = await openRepository(values.db as string);
    const gazetteer = loadGazetteerOrNull((message) => io.stderr.write(`sitrep serve: ${message}\n`));
    const token = process.env.SITREP_TOKEN || null;
    const { app, url } = await serve({ repo, gazetteer, port, host: values.host as string, token });
    io.stderr.write(`sitrep serve: ${url} (store: ${repo.location}; writes ${token ? 'need the SITREP_TOKEN bearer token' : 'disabled: SITREP_TOKEN is not set'})\n`);
    if (!['127.0.0.1', '::1', 'localhost'].includes(values.host as string)) io.stderr.write(`sitrep serve: listening on ${values.host}: other machines can reach this server\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await app.close();
    await repo.close();
    return 0;
  },
};
