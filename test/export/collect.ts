import type { SituationEvent } from '../../src/model/picture.js';
import type { ExportFormat, ExportOptions } from '../../src/export/format.js';

export const NOW = new Date('2024-03-10T12:00:00Z');

export async function render(format: ExportFormat, events: SituationEvent[], options: ExportOptions = { now: NOW }): Promise<string> {
  let out = '';
  for await (const chunk of format.render(events, options)) out += chunk;
  return out;
}
