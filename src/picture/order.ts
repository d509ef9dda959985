// The one canonical order of the picture: by date (undated last), then by id.

export function byDateThenId(aDate: string | null, aId: string, bDate: string | null, bId: string): number {
  const da = aDate ?? '\uffff';
  const db = bDate ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}
