// Every situation event matching a filter, read from the store a page at a time, so an export
// of any size streams without holding all its events.
import type { SituationEvent } from '../model/picture.js';
import type { EventFilter, Repository } from '../store/repository.js';

const BATCH = 5000;

export async function* eventsMatching(repo: Repository, filter: EventFilter): AsyncGenerator<SituationEvent> {
  for (let offset = 0; ; offset += BATCH) {
    const page = await repo.listEvents(filter, { limit: BATCH, offset });
    yield* page.items;
    if (page.items.length < BATCH) return;
  }
}
