// Every situation event matching a filter, streamed from the store in key order (no OFFSET, no
// count), so an export of any size never holds all its events.
import type { SituationEvent } from '../model/picture.js';
import type { EventFilter, Repository } from '../store/repository.js';

const BATCH = 2000;

export function eventsMatching(repo: Repository, filter: EventFilter): AsyncIterable<SituationEvent> {
  return repo.iterateEvents(filter, BATCH);
}
