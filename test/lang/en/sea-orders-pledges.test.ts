// English reading of naval and air-defence news, orders to leave, aid convoys,
// briefings and dangers that are no events, and plans announced with "pledged to", "is expected to".
import { describe, expect, it } from 'vitest';
import { at, read as readEntities } from '../../analyse/entities/read.js';
import { nameOf, read } from '../../events/read.js';

const places = [{ name: 'Port Town', kind: 'city', lat: 10, lon: 40, forms: ['Port Town'] }];
const entities = [
  { name: 'Navy X', kind: 'state', forms: ['The navy', 'the navy'] },
  { name: 'Rebels Y', kind: 'armed_group', forms: ['The rebels', 'the rebels'] },
  { name: 'Country Z', kind: 'state', forms: ['Country Z'] },
];
const events = (text: string) => read(text, 'en', { places, entities }).events;
const plovers = (text: string) => events(text).map((e) => e.plover + (e.mode ? `/${e.mode}` : ''));

describe('en naval news, orders and plans', () => {
  it('reads bringing down an aircraft as an assault, and air defences stopping drones as none', () => {
    expect(events('The rebels shot down a navy helicopter near Port Town.').map((e) => e.plover)).toEqual(['ASSAULT']);
    expect(events('The rebels said they had downed a surveillance plane.').map((e) => e.plover)).toEqual(['ASSAULT']);
    expect(plovers('Air defences shot down 20 drones over Port Town.')).toEqual([]);
  });

  it('reads naval escorts as a deployment', () => {
    expect(plovers('Two frigates from the navy will escort tankers past Port Town.')).toEqual(['MOBILIZE']);
  });

  it('reads an order to leave as coercion, not as a retreat', () => {
    const doc = read('The navy ordered families in the old quarter of Port Town to leave within hours.', 'en', { places, entities });
    expect(doc.events.map((e) => [e.plover, nameOf(doc, e.actor1)])).toEqual([['COERCE', 'Navy X']]);
    expect(plovers('The rebels issued an evacuation order for Port Town.')).toEqual(['COERCE']);
    // An order to one's own forces is no coercion of people.
    expect(plovers('Country Z ordered its troops to leave Port Town.')).not.toContain('COERCE');
  });

  it('reads trucks of flour or fuel brought in as aid', () => {
    expect(plovers('Country Z plans to bring 30 trucks of fuel into Port Town.')).toEqual(['AID']);
  });

  it('makes no event of a news conference, a danger posed or a loss of life', () => {
    expect(plovers('The rebels spoke at a news conference in Port Town.')).toEqual([]);
    expect(plovers('The navy said the vessels posed a serious threat to Port Town.')).toEqual([]);
    expect(plovers('Country Z regretted the loss of life in Port Town.')).toEqual([]);
    expect(plovers('The rebels said their demands had not changed.')).toEqual([]);
    expect(events('The rebels accused Country Z of obstructing an agreement on Port Town.').map((e) => e.plover)).toEqual(['ACCUSE']);
  });

  it('makes no new event of a time set by one already told, nor of a participle describing a noun', () => {
    expect(plovers('The rebels have captured six villages since launching an offensive in May.')).toEqual(['ASSAULT']);
    expect(plovers('More than 300 people have died in Port Town since the fighting began.')).toEqual([]);
    expect(plovers('Images from Port Town show destroyed houses and burned cars.')).toEqual([]);
    expect(plovers('The rebels destroyed houses in Port Town.')).toEqual(['COERCE/looting']);
  });

  it('reads a state that observes a truce as no speaker', () => {
    const doc = read('Country Z, which has observed a truce with the rebels since 2022, urged all parties to show restraint in Port Town.', 'en', { places, entities });
    expect(doc.events.map((e) => [e.plover, nameOf(doc, e.actor1)])).toContainEqual(['REQUEST', 'Country Z']);
  });

  it('reads "is expected to", "is due to" and "pledged to" as plans', () => {
    const expected = events('Country Z is expected to discuss the blockade of Port Town next month.');
    expect(expected.map((e) => [e.plover, e.timing])).toContainEqual(['CONSULT', 'future']);
    const pledged = events('Country Z has pledged to send troops to Port Town.');
    expect(pledged.map((e) => [e.plover, e.timing, e.modality])).toEqual([['MOBILIZE', 'future', 'planned']]);
  });
});

describe('en actors of naval and peacekeeping news', () => {
  it('reads a defence secretary as a titled person', () => {
    const t = 'Defence Secretary Jane Doe condemned the attacks.';
    expect(readEntities('en', t).entities.find((e) => e.name === 'Jane Doe')?.mentions).toEqual([at(t, 'Jane Doe')]);
  });

  it('reads "the militant group" as the armed group named last before', () => {
    const t = 'Israel struck Hamas positions after the militant group fired rockets.';
    expect(readEntities('en', t).entities.find((e) => e.name === 'Hamas')?.mentions).toEqual([at(t, 'Hamas'), at(t, 'the militant group')]);
  });

  it('reads a capital one accuses or urges as its government', () => {
    const t = 'Ethiopia accused Cairo of meddling and urged Nairobi to act.';
    const codeOf = (name: string) => readEntities('en', t).entities.find((e) => e.mentions.some((m) => m.text === name))?.code;
    expect([codeOf('Cairo'), codeOf('Nairobi')]).toEqual(['EGYGOV', 'KENGOV']);
  });

  it('reads the AU mission in Somalia and COGAT under the bodies they belong to', () => {
    const t = 'AUSSOM troops and COGAT officials met.';
    expect(readEntities('en', t).entities.map((e) => e.code)).toEqual(['IGOAFR', 'ISRMIL']);
  });
});
