// Lecture française d'une dépêche qui enchaîne ses faits : revendication, relative après une
// apposition d'allégeance, but d'une offensive, verbes coordonnés au conditionnel, prise de
// contrôle datée au milieu de la locution, appel dont l'objet est dans l'intervalle. Phrases à nous.
import { describe, expect, it } from 'vitest';
import { nameOf, placeOf, read } from '../../events/read.js';

const front = { name: 'Northern Front', kind: 'armed_group', forms: ['Front du Nord', 'les rebelles', 'Les assaillants'] };
const army = { name: 'Ruritanian army', kind: 'military', code: 'RURMIL', country: 'RUR', forms: ["L'armée", "l'armée"] };
const patron = { name: 'Bordurian government', kind: 'government', code: 'BORGOV', country: 'BOR', forms: ['gouvernement bordurien'] };
const council = { name: 'UN Security Council', kind: 'igo', code: 'IGOUNO', forms: ["Conseil de sécurité de l'ONU"] };
const places = [{ name: 'Vesna', kind: 'city', lat: 45.1, lon: 20.1, forms: ['Vesna'] }];
const dates = [{ form: 'lundi', date: '2024-05-06' }, { form: 'mardi', date: '2024-05-07' }];
const all = { entities: [front, army, patron, council], places, dates };
const events = (text: string) => {
  const doc = read(text, 'fr', all);
  return doc.events.map((e) => [e.plover, e.mode, nameOf(doc, e.actor1), nameOf(doc, e.actor2), placeOf(doc, e.place), e.date.date, e.timing, e.modality]);
};

describe('fr revendications, buts et suites', () => {
  it("lit « revendiquée par X » comme X affirmant son propre fait, et « qui affirme » après une apposition comme X", () => {
    const text = "L'armée a été attaquée lundi à Vesna. L'attaque a été revendiquée mardi par le Front du Nord, affilié au gouvernement bordurien, qui affirme avoir capturé dix soldats.";
    const doc = read(text, 'fr', all);
    expect(doc.claims.map((c) => [nameOf(doc, c.source), c.modality])).toEqual([['Northern Front', 'asserted'], ['Northern Front', 'alleged']]);
    expect(doc.events.flatMap((e) => [nameOf(doc, e.actor1), nameOf(doc, e.actor2)])).not.toContain('Bordurian government');
  });

  it("lit le but d'une offensive annoncée comme une part de celle-ci, à venir comme elle", () => {
    expect(events("L'armée a annoncé qu'elle lancerait une offensive pour reprendre Vesna.")).toEqual([
      ['ASSAULT', null, 'Ruritanian army', null, 'Vesna', '2024-05-10', 'future', 'planned'],
    ]);
  });

  it('lit une prise de contrôle datée au milieu de la locution, et la suite non datée au même jour', () => {
    expect(events('Le Front du Nord a pris lundi le contrôle de Vesna. Les assaillants auraient enlevé deux soldats et incendié des maisons à Vesna.')).toEqual([
      ['ASSAULT', null, 'Northern Front', null, 'Vesna', '2024-05-06', 'current', 'asserted'],
      ['ASSAULT', 'abduction', 'Northern Front', null, 'Vesna', '2024-05-06', 'current', 'alleged'],
      ['COERCE', 'looting', 'Northern Front', null, 'Vesna', '2024-05-06', 'current', 'alleged'],
    ]);
  });

  it("lit qui est appelé dans l'intervalle de « appelé … à », et l'appel coordonné comme affirmé", () => {
    expect(events("L'armée a condamné l'attaque et appelé le Conseil de sécurité de l'ONU à sanctionner les rebelles.")).toEqual([
      ['ACCUSE', null, 'Ruritanian army', null, null, '2024-05-10', 'current', 'asserted'],
      ['REQUEST', null, 'Ruritanian army', 'UN Security Council', null, '2024-05-10', 'current', 'asserted'],
    ]);
  });
});
