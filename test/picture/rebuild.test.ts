import { describe, expect, it } from 'vitest';
import type { Correction, Report, SituationEvent } from '../../src/model/picture.js';
import type { Picture } from '../../src/store/repository.js';
import { rebuildPicture, type PictureStore } from '../../src/picture/rebuild.js';
import { ARMY, IS, airportReports, report } from './scenario.js';

/** The part of the store a rebuild uses, in memory. */
class MemoryStore implements PictureStore {
  picture: Picture = { events: [], control: [] };
  constructor(
    public reports: Report[],
    public corrections: Correction[] = [],
  ) {}
  async listReports() {
    return this.reports;
  }
  async listCorrections() {
    return this.corrections.filter((c) => !c.undone);
  }
  async getEvent(id: string) {
    return (this.picture.events.find((e) => e.id === id) as SituationEvent | undefined) ?? null;
  }
  async replacePicture(picture: Picture) {
    this.picture = picture;
  }
}

const late = report({
  file: 'daily-courier.en.txt', eventId: 'ev9', site: 'late.example', published: '2016-09-25', date: '2016-09-19',
  evidence: 'the airbase of Deir ez-Zor', actor1: IS, actor2: ARMY,
});

describe('rebuildPicture', () => {
  it('writes the picture and keeps a correction made by event id only across re-ingests', async () => {
    const store = new MemoryStore(airportReports());
    expect(await rebuildPicture(store)).toMatchObject({ reports: 6, events: 2, control: 0 });
    const clash = store.picture.events.find((e) => e.reports.length === 5)!;
    store.corrections.push({
      id: '1', who: 'analyst', at: '2026-11-25T10:00:00Z', target: { event: clash.id, reports: [] },
      kind: 'modality', before: 'asserted', after: { modality: 'unconfirmed' }, undone: false,
    });
    await rebuildPicture(store);
    store.reports = [...store.reports, late]; // a re-ingest brings a report that moves the machine id
    await rebuildPicture(store);
    await rebuildPicture(store);
    const corrected = store.picture.events.find((e) => e.id === clash.id)!;
    expect(corrected).toMatchObject({ modality: 'unconfirmed', corrected: true, corrections: ['1'] });
    expect(corrected.reports).toHaveLength(6);
  });
});
