// Rebuilds the stored picture from the stored reports and corrections (called after each ingest
// and each correction). The only part of the picture that does I/O, through the repository.
import type { Correction } from '../model/picture.js';
import type { Repository } from '../store/repository.js';
import { buildPicture } from './picture.js';

/** What a rebuild needs of the store. */
export type PictureStore = Pick<Repository, 'listReports' | 'listCorrections' | 'getEvent' | 'replacePicture'>;

export interface RebuildSummary {
  readonly reports: number;
  readonly corrections: number;
  readonly events: number;
  readonly control: number;
  readonly ms: number;
}

/**
 * A correction made without its reports (e.g. through an API that sent only the event id) takes
 * them from the stored picture, which still shows that event: corrected events keep their id.
 */
async function anchored(repo: PictureStore, correction: Correction): Promise<Correction> {
  if (correction.target.reports.length > 0) return correction;
  const event = await repo.getEvent(correction.target.event);
  if (!event) return correction;
  return { ...correction, target: { ...correction.target, reports: event.reports.map((r) => r.id) } };
}

export async function rebuildPicture(repo: PictureStore): Promise<RebuildSummary> {
  const started = performance.now();
  const reports = await repo.listReports();
  const corrections = await Promise.all((await repo.listCorrections({ includeUndone: false })).map((c) => anchored(repo, c)));
  const picture = buildPicture(reports, corrections);
  await repo.replacePicture(picture);
  return {
    reports: reports.length,
    corrections: corrections.length,
    events: picture.events.length,
    control: picture.control.length,
    ms: Math.round(performance.now() - started),
  };
}
