// Calendar arithmetic on plain dates (UTC, no time of day).
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export function parseYmd(iso: string | null): Ymd | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const toUtc = (x: Ymd) => Date.UTC(x.y, x.m - 1, x.d);
const fromUtc = (t: number): Ymd => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};

export const addDays = (x: Ymd, n: number): Ymd => fromUtc(toUtc(x) + n * 86_400_000);
export const weekday = (x: Ymd): number => new Date(toUtc(x)).getUTCDay();
export const daysBetween = (a: Ymd, b: Ymd): number => Math.round((toUtc(b) - toUtc(a)) / 86_400_000);

/** Month `offset` months from x's month. */
export function addMonths(x: Ymd, offset: number): { y: number; m: number } {
  const index = x.y * 12 + (x.m - 1) + offset;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (x: Ymd) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
export const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;
