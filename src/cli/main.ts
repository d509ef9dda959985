// `sitrep COMMAND …`: dispatches to one module per command.
import { parseArgs } from 'node:util';
import type { Command, CommandIO } from './command.js';
import { analyze } from './commands/analyze.js';
import { extract } from './commands/extract.js';
import { serveCommand } from './commands/serve.js';
import { exportCommand } from './commands/export.js';
import { ingestCommand } from './commands/ingest.js';
import { watchCommand } from './commands/watch.js';
import { evalCommand } from './commands/eval.js';
import { geoparse } from './commands/geoparse.js';
import { geocode } from './commands/geocode.js';
import { errorMessage } from '../errors.js';

const COMMANDS: readonly Command[] = [analyze, extract, serveCommand, exportCommand, ingestCommand, watchCommand, evalCommand, geoparse, geocode];

function help(): string {
  const lines = ['sitrep — reads conflict news: events, claims, places and dates, with their evidence.', '', 'Commands:'];
  for (const c of COMMANDS) lines.push(`  ${c.usage.padEnd(60)} ${c.summary}`);
  lines.push('', 'Run `sitrep COMMAND --help` for a command\'s options.');
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], io: CommandIO = process): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`sitrep: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`sitrep ${name}: ${errorMessage(error)}\nusage: sitrep ${command.usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`usage: sitrep ${command.usage}\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(parsed as { values: Record<string, unknown>; positionals: string[] }, io);
  } catch (error) {
    io.stderr.write(`sitrep ${name}: ${errorMessage(error)}\n`);
    return 1;
  }
}
