// The export formats by name, shared by `sitrep export` and GET /export.
import type { ExportFormat } from './format.js';
import { jsonl } from './jsonl.js';
import { acledCsv } from './acled-csv.js';
import { gdeltTsv } from './gdelt-tsv.js';
import { geojson } from './geojson.js';

export const EXPORT_FORMATS: readonly ExportFormat[] = [jsonl, acledCsv, gdeltTsv, geojson];
export const EXPORT_FORMAT_NAMES = EXPORT_FORMATS.map((f) => f.name) as [string, ...string[]];

export function exportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}
