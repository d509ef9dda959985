import type { SituationEvent } from '../../src/model/picture.js';
import type { ExportFormat } from '../../src/export/format.js';

export const NOW = new Date('2024-03-10T12:00:00Z');

export async function render(format: ExportFormat, events: SituationEvent[]): Promise<string> {
  let out = '';
  for await (const chunk of format.render(events, { now: NOW })) out += chunk;
  return out;
}
