// JSON Lines: each situation event whole, as the `sitrep-picture/1` schema has it, one per line.
import { chunked, type ExportFormat } from './format.js';

export const jsonl: ExportFormat = {
  name: 'jsonl',
  contentType: 'application/x-ndjson; charset=utf-8',
  extension: 'jsonl',
  render: (events) => chunked(events, (e) => JSON.stringify(e) + '\n'),
};
