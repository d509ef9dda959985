// The one call site that refreshes the situation picture after articles are stored: every
// stored report plus the analysts' corrections → src/picture's buildPicture → the store.
import { buildPicture } from '../picture/picture.js';
import type { Repository } from '../store/repository.js';

export async function rebuildPicture(repo: Repository): Promise<{ events: number; control: number }> {
  const [reports, corrections] = await Promise.all([repo.listReports(), repo.listCorrections({ includeUndone: true })]);
  const picture = buildPicture(reports, corrections);
  await repo.replacePicture(picture);
  return { events: picture.events.length, control: picture.control.length };
}
