// The reading rendered for a person: title and date, then each event as a sentence
// ("2016-12-08 · Palmyra · Islamic State ASSAULT Syrian government — asserted, current,
// source: SOHR") with its evidence, then the claims with their sources and the quotes with
// their speakers.
import type { Event, Reading } from '../model/reading.js';

export function renderText(reading: Reading): string {
  const entity = new Map(reading.entities.map((e) => [e.id, e]));
  const place = new Map(reading.places.map((p) => [p.id, p]));
  const name = (id: string | null) => (id ? entity.get(id)?.name ?? id : null);
  const side = (id: string | null, more: readonly string[]) => [id, ...more].map(name).filter(Boolean).join(' + ');
  const a = reading.article;
  const out: string[] = [
    a.title ?? '(no title)',
    `${a.published ?? 'publication date unknown'}${a.url ? ` · ${a.url}` : a.file ? ` · ${a.file}` : ''} · ${a.lang}`,
    '',
  ];
  const eventLine = (e: Event) => {
    const what = [side(e.actor1, e.actor1_more) || '(someone)', `${e.plover}${e.mode ? `/${e.mode}` : ''}`, side(e.actor2, e.actor2_more)].filter(Boolean).join(' ');
    const how = [e.modality, e.timing, e.source ? `source: ${name(e.source)}` : null].filter(Boolean).join(', ');
    const taken = e.territory ? ` (${name(e.territory.to) ?? '?'} takes ${place.get(e.territory.place ?? '')?.name ?? 'ground'} from ${name(e.territory.from) ?? '?'})` : '';
    return `${e.date.date ?? 'undated'} · ${place.get(e.place ?? '')?.name ?? 'no place'} · ${what}${taken} — ${how}`;
  };
  out.push(`Events (${reading.events.length})`);
  for (const e of reading.events) {
    out.push(`  ${eventLine(e)}`);
    if (e.acled) out.push(`    ACLED: ${e.acled.event_type} / ${e.acled.sub_event_type}${e.cameo ? ` · CAMEO ${e.cameo}` : ''}`);
    for (const f of e.figures) out.push(`    figure: ${f.approx === 'exact' ? '' : `${f.approx.replace('_', ' ')} `}${f.value}${f.unit === 'percent' ? ' %' : ''} ${f.kind}`);
    out.push(`    “${e.evidence.text}”`);
  }
  const event = new Map(reading.events.map((e) => [e.id, e]));
  out.push('', `Claims (${reading.claims.length})`);
  for (const c of reading.claims) {
    const about = c.event ? `${event.get(c.event)?.plover ?? c.event}${event.get(c.event)?.place ? ` at ${place.get(event.get(c.event)!.place!)?.name}` : ''}` : 'a figure';
    out.push(`  ${name(c.source) ?? '(unknown source)'} — ${c.modality}: ${about} (cue: “${c.cue.text}”)`);
  }
  out.push('', `Quotes (${reading.quotes.length})`);
  for (const q of reading.quotes) {
    const who = name(q.speaker) ?? q.speakerName ?? '(unattributed)';
    out.push(`  ${who}${q.direct ? '' : ' (indirect)'}: “${q.text}”`);
  }
  if (reading.warnings.length) out.push('', 'Warnings', ...reading.warnings.map((w) => `  ${w}`));
  return out.join('\n') + '\n';
}
