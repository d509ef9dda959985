// What `extract` and `analyze` share: their input options, the walk over readInputs that
// reports each failed input on stderr, and the json / jsonl / text writers.
import type { ParseArgsConfig } from 'node:util';
import type { CommandIO } from './command.js';
import { readInputs, isFailure } from '../sources/read-inputs.js';
import type { RawPage } from '../sources/raw.js';
import { SitrepError, errorMessage } from '../errors.js';

export const INPUT_OPTIONS = {
  published: { type: 'string' },
  lang: { type: 'string' },
  format: { type: 'string', default: 'json' },
  'allow-private': { type: 'boolean', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export const INPUT_USAGE = 'INPUT… (files, directories, .gz, http(s) URLs, - for stdin) [--published YYYY-MM-DD] [--lang CODE] [--allow-private]';

export interface Writer {
  write(value: unknown): void;
  end(): void;
}

/**
 * json: one article prints one object; several print one array (written as they come).
 * jsonl: one compact line each. text: the command's own renderer, when it has one.
 */
export function createWriter(io: CommandIO, format: string, renderText?: (value: never) => string): Writer {
  if (format === 'jsonl') return { write: (v) => io.stdout.write(JSON.stringify(v) + '\n'), end() {} };
  if (format === 'text') {
    if (!renderText) throw new SitrepError('SITREP_E_USAGE', 'this command has no text format yet; use --format json or jsonl');
    return { write: (v) => io.stdout.write(renderText(v as never) + '\n'), end() {} };
  }
  if (format !== 'json') throw new SitrepError('SITREP_E_USAGE', `unknown format "${format}" (json, jsonl or text)`);
  let held: string | null = null;
  let count = 0;
  const indent = (s: string) => s.replace(/^/gm, '  ');
  return {
    write(v) {
      const s = JSON.stringify(v, null, 2);
      count++;
      if (count === 1) held = s;
      else {
        if (count === 2) io.stdout.write('[\n' + indent(held!));
        io.stdout.write(',\n' + indent(s));
      }
    },
    end() {
      if (count === 1) io.stdout.write(held + '\n');
      else if (count > 1) io.stdout.write('\n]\n');
    },
  };
}

/** Reads every input and hands each page to `each`; returns how many inputs failed. */
export async function forEachPage(
  name: string,
  positionals: string[],
  values: Record<string, unknown>,
  io: CommandIO,
  each: (raw: RawPage) => void,
): Promise<number> {
  if (!positionals.length) throw new SitrepError('SITREP_E_USAGE', 'no input given (a file, a directory, a URL or - for stdin)');
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(values.published))) {
    throw new SitrepError('SITREP_E_USAGE', `--published takes a date as YYYY-MM-DD, not "${values.published}"`);
  }
  let failed = 0;
  const report = (origin: string, error: unknown) => {
    failed++;
    io.stderr.write(`sitrep ${name}: ${origin}: ${errorMessage(error)}\n`);
  };
  const options = { allowPrivate: values['allow-private'] === true, stdin: io.stdin };
  for await (const item of readInputs(positionals, options)) {
    if (isFailure(item)) {
      report(item.origin, item.error);
      continue;
    }
    try {
      each(item);
    } catch (error) {
      report(item.origin, error);
    }
  }
  return failed;
}
