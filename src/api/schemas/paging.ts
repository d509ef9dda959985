// Offset paging behind an opaque cursor: clients follow `next` and never build offsets.
import { badParameter } from '../errors.js';
import { DEFAULT_LIMIT } from './filters.js';

export function encodeCursor(offset: number): string {
  return Buffer.from(`o${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const m = /^o(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw badParameter('cursor', 'cursor: is not a cursor returned by this API');
  return Number(m[1]);
}

export function pageRequest(q: { limit?: number; offset?: number; cursor?: string }): { limit: number; offset: number } {
  if (q.cursor !== undefined && q.offset !== undefined) throw badParameter('cursor', 'cursor: give either cursor or offset, not both');
  return { limit: q.limit ?? DEFAULT_LIMIT, offset: q.cursor !== undefined ? decodeCursor(q.cursor) : (q.offset ?? 0) };
}

/** The cursor of the page after this one, null on the last page. */
export function nextCursor(page: { offset: number; limit: number; more: boolean }): string | null {
  return page.more ? encodeCursor(page.offset + page.limit) : null;
}
