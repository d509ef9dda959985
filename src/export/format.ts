// What every export format is: a name, a media type, and a function from a stream of situation
// events to a stream of text chunks. Rows are produced one event at a time and gathered into
// chunks of bounded size, so an export of any length never sits whole in memory.
import type { SituationEvent } from '../model/picture.js';

export type EventStream = Iterable<SituationEvent> | AsyncIterable<SituationEvent>;

export interface ExportOptions {
  /** When the export is made: ACLED's `timestamp` and GDELT's `DATEADDED`. */
  readonly now: Date;
  /** The name of an admin-1 region from its GeoNames code (the gazetteer's), for ACLED's admin1. */
  readonly admin1Name?: Admin1Namer;
}

export type Admin1Namer = (country: string, code: string) => string | null;

export interface ExportFormat {
  readonly name: string;
  readonly contentType: string;
  readonly extension: string;
  render(events: EventStream, options: ExportOptions): AsyncGenerator<string>;
}

const CHUNK_CHARS = 64 * 1024;

/** Yields `head`, then each event's text, in chunks of about 64 KiB, then `tail`. */
export async function* chunked(events: EventStream, text: (e: SituationEvent, index: number) => string, head = '', tail = ''): AsyncGenerator<string> {
  let buffer = head;
  let index = 0;
  for await (const event of events) {
    buffer += text(event, index++);
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  buffer += tail;
  if (buffer) yield buffer;
}

/** A field of RFC 4180 CSV: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A field of a tab-separated file, which has no quoting: tabs and line breaks become spaces. */
export function tsvField(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

/** YYYY-MM-DD from a date of any precision (YYYY, YYYY-MM, YYYY-MM-DD): the period's first day. */
export function firstDay(date: string | null): string | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  return m ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}` : null;
}

/** The most conservative figure of a kind across claimants (ACLED's rule for fatalities). */
export function lowestFigure(event: SituationEvent, kind: string): number | null {
  const values = event.figures.filter((f) => f.kind === kind).map((f) => f.value);
  return values.length ? Math.min(...values) : null;
}

/** Distinct outlets of the event's reports, in report order. */
export function outlets(event: SituationEvent): string[] {
  return [...new Set(event.reports.map((r) => r.site ?? r.url).filter((s): s is string => !!s))];
}
