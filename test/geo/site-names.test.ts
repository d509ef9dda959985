// Sites inside places (a hospital, a university, a bank) and homonyms of world cities: where the
// resolver puts them, and that it says when a point is only near what the text names.
import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/lang/index.js';
import { geocodeSpans, geoparseText } from '../../src/geo/geoparse.js';
import { PART_ELSEWHERE, SITE_AT_TOWN, SITE_IN_PLACE, SITE_UNPLACED } from '../../src/geo/resolve.js';
import { gazetteer, indexBuilt, spansOf } from './helpers.js';

const en = getPack('en');
const fr = getPack('fr');

/** Resolves each named span in order: "name country feature" and the approximation, if any. */
function geocode(text: string, names: string[], pack = en): string[] {
  return geocodeSpans(text, spansOf(text, names), pack, gazetteer()).map((r) => (r.place ? `${r.place.name} ${r.place.country} ${r.place.feature}${r.approximate ? ` ~ ${r.approximate}` : ''}` : `null: ${r.reason}`));
}

describe.skipIf(!indexBuilt)('sites inside places', () => {
  it('places a site the gazetteer lacks at the town named nearest to it, and says so', () => {
    const text = 'Wounded were taken to the Al-Nour Specialist Hospital, a few streets from the market in Mosul.';
    expect(geocode(text, ['Al-Nour Specialist Hospital', 'Mosul'])).toEqual([`Mosul IQ PPLA ~ ${SITE_AT_TOWN}`, 'Mosul IQ PPLA']);
  });

  it('places a site at the place its name holds', () => {
    expect(geocode('Students at the University of Sydney marched on Friday.', ['University of Sydney'])).toEqual([`Sydney AU PPLA ~ ${SITE_IN_PLACE}`]);
  });

  it('never reads a site as a town named after another of its words', () => {
    const [bank] = geocode('The European Central Bank met in Brussels.', ['European Central Bank', 'Brussels']);
    expect(bank).toMatch(/^Europe  CONT ~ /);
    // "Cornell" is a person's name here, not the hamlet in Wisconsin.
    expect(geocode('Cornell University researchers met colleagues in Beijing.', ['Cornell University', 'Beijing'])[0]).toMatch(/^Beijing CN PPLC ~ /);
  });

  it("places a people's institution that names no place in their land, but their embassy at the town named", () => {
    expect(geocode('Economists at the Brazilian Institute of Statistics said prices rose.', ['Brazilian Institute of Statistics'])).toEqual([`Brazil BR PCLI ~ ${SITE_IN_PLACE}`]);
    const text = 'Protesters gathered outside the Japanese Embassy in Lima on Monday.';
    expect(geocode(text, ['Japanese Embassy', 'Lima'])[0]).toBe(`Lima PE PPLC ~ ${SITE_AT_TOWN}`);
    expect(geocode("Des manifestants se sont réunis devant l'ambassade japonaise à Lima.", ['ambassade japonaise', 'Lima'], fr)[0]).toBe(`Lima PE PPLC ~ ${SITE_AT_TOWN}`);
  });

  it('reads a headland, lagoon or beach the gazetteer lacks as a site, not as a village named after its other words', () => {
    const text = 'Divers searched the waters off Point Haverly, south of Perth, on Tuesday.';
    expect(geocode(text, ['Point Haverly', 'Perth'])[0]).toBe(`Perth AU PPLA ~ ${SITE_AT_TOWN}`);
    expect(geocode('Un corps a été retrouvé sur la pointe de Kermorvan, près de Marseille.', ['pointe de Kermorvan', 'Marseille'], fr)[0]).toMatch(/^Marseille FR PPLA\d? ~ /);
  });

  it("places a people's institution named like a landmark in their land, not at the landmark", () => {
    expect(geocode('The Indian National Congress won the seat.', ['Indian National Congress'])).toEqual(['India IN PCLI']);
    expect(geocode('The Mexican Congress passed the law.', ['Mexican Congress'])).toEqual(['Mexico MX PCLI']);
    expect(geocode('Congress passed the law.', ['Congress'])).toEqual(['United States Capitol US BLDG']);
  });

  it('leaves a site in no town named unresolved, with its reason', () => {
    expect(geocode('The Quillmore Correctional Center was locked down.', ['Quillmore Correctional Center'])).toEqual([`null: ${SITE_UNPLACED}`]);
  });

  it('lists a site the text puts something at as a place of the reading, approximately at its town (en, fr)', () => {
    const places = geoparseText('Dozens of wounded were taken to the Al-Nour Specialist Hospital in Mosul on Sunday.', en, gazetteer());
    expect(places.find((p) => p.kind === 'site')).toMatchObject({ name: 'Al-Nour Specialist Hospital', country: 'IQ', approximate: SITE_AT_TOWN });
    const lieux = geoparseText("Les blessés ont été transportés à l'hôpital Al-Nour, à Mossoul, selon des médecins.", fr, gazetteer());
    expect(lieux.find((p) => p.kind === 'site')).toMatchObject({ name: 'hôpital Al-Nour', country: 'IQ', approximate: SITE_AT_TOWN });
  });

  it('reads a site name through its connectors, and a site word followed by another name as none', () => {
    const church = geoparseText('Mass was held at the Church of Our Lady in Mosul on Sunday.', en, gazetteer());
    expect(church.map((p) => `${p.name} ${p.kind}`)).toEqual(['Church of Our Lady site', 'Mosul city']);
    // "Bank" is no head here, nor a hamlet with a part ("East" Bānk, India).
    const mayor = geoparseText('East Bank Mayor Chuck Blair said roads into Mosul were shut.', en, gazetteer());
    expect(mayor.map((p) => p.name)).toEqual(['Mosul']);
  });

  it('does not list a site that is only named as a body', () => {
    const places = geoparseText('The Al-Nour Specialist Hospital said it had run out of fuel. Mosul was quiet.', en, gazetteer());
    expect(places.map((p) => p.kind)).toEqual(['city']);
  });
});

describe.skipIf(!indexBuilt)('homonyms of world cities', () => {
  it('keeps a world city when the article only says its country is elsewhere', () => {
    const text = 'Officials in Washington and New York said the talks in London would resume.';
    expect(geocode(text, ['Washington', 'New York', 'London'])[2]).toBe('London GB PPLC');
  });

  it('takes the namesake when its neighbours are named', () => {
    const text = 'Firefighters from Columbus, Springfield and Dayton were sent to London on Tuesday.';
    expect(geocode(text, ['Columbus', 'Springfield', 'Dayton', 'London'])[3]).toBe('London US PPLA2');
  });

  it("keeps a world city whose country the text names, whatever the namesake's neighbours say", () => {
    const text = 'After the attack in Worthing, police in Horsham and Brighton searched homes. The United States backed Britain; Moscow and Washington traded accusations.';
    const names = ['Worthing', 'Horsham', 'Brighton', 'United States', 'Britain', 'Moscow', 'Washington'];
    expect(geocode(text, names)[6]).toBe('Washington D.C. US PPLC');
    // Without the capital's country, the town among the neighbours is still the namesake's.
    expect(geocode('Police in Worthing, Horsham and Brighton searched homes in Washington.', ['Worthing', 'Horsham', 'Brighton', 'Washington'])[3]).toBe('Washington GB PPL');
  });

  it("lets a qualifier name the namesake even when the world city's country is named", () => {
    const text = 'The United States sent aid to Paris, Kentucky, after the storm.';
    expect(geocode(text, ['United States', 'Paris', 'Kentucky'])[1]).toBe('Paris US PPLA2');
  });

  it('reads a first-level region smaller than a town of its name abroad as that town, unless the text is about its country', () => {
    expect(geocode('Fans travelled to Manchester for the final.', ['Manchester'])).toEqual(['Manchester GB PPLA2']);
    expect(geocode('Rain flooded roads in Manchester and Clarendon in Jamaica.', ['Manchester', 'Clarendon', 'Jamaica'])[0]).toBe('Manchester JM ADM1');
  });
});

describe.skipIf(!indexBuilt)('names made of part words', () => {
  it('resolves a region named "West Coast" only in a country the text names', () => {
    expect(geocode('Wildfires spread along the West Coast, from Seattle to San Diego.', ['West Coast', 'Seattle', 'San Diego'])[0]).toBe(`null: ${PART_ELSEWHERE}`);
    expect(geocode('Floods cut roads on the West Coast of New Zealand near Greymouth.', ['West Coast', 'New Zealand', 'Greymouth'])[0]).toBe('West Coast NZ ADM1');
  });
});
