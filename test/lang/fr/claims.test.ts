// Sources, modalité et portée des actes de parole en français, sur des phrases à nous (entités,
// lieux et dates donnés à la main ; les étapes amont ont leurs propres tests).
import { describe, expect, it } from 'vitest';
import { read, nameOf, placeOf, spanIn } from '../../events/read.js';

const front = { name: 'Northern Front', kind: 'armed_group', forms: ['Front du Nord', 'les rebelles'] };
const army = { name: 'Ruritanian army', kind: 'military', code: 'RURMIL', country: 'RUR', forms: ["L'armée", "l'armée"] };
const un = { name: 'United Nations', kind: 'igo', code: 'IGOUNO', forms: ["L'ONU", "l'ONU"] };
const wfp = { name: 'World Food Programme', kind: 'igo', code: 'IGOUNO', forms: ['Le PAM'] };
const rsf = { name: 'Rapid Support Forces', kind: 'armed_group', forms: ['Forces de soutien rapide'] };
const agency = { name: 'AFP', kind: 'media', forms: ['AFP'] };
const towns = [{ name: 'Vesna', kind: 'city', lat: 45.1, lon: 20.1, forms: ['Vesna'] }, { name: 'Dorin', kind: 'city', lat: 45.9, lon: 21.2, forms: ['Dorin'] }];
const dates = [{ form: 'mardi', date: '2024-05-07' }, { form: 'jeudi', date: '2024-05-09' }, { form: '9 mai 2024', date: '2024-05-09' }, { form: 'en 2021', date: '2021' }];
const all = { entities: [front, army, un, wfp, rsf, agency], places: towns, dates };
const events = (text: string) => {
  const doc = read(text, 'fr', all);
  return doc.events.map((e) => [e.plover, nameOf(doc, e.actor1), placeOf(doc, e.place), e.modality]);
};

describe('fr claims and modality', () => {
  it('lit « a affirmé avoir pris » : le déclarant agit et allègue', () => {
    const text = 'Le Front du Nord a affirmé mardi avoir pris le contrôle de Vesna.';
    const doc = read(text, 'fr', all);
    expect(events(text)).toEqual([['ASSAULT', 'Northern Front', 'Vesna', 'alleged']]);
    expect(doc.claims.map((c) => [nameOf(doc, c.source), c.modality, c.cue])).toEqual([['Northern Front', 'alleged', spanIn(text, 'affirmé mardi avoir')]]);
  });

  it('applique une phrase de doute isolée à la phrase précédente, et le conditionnel après un nom', () => {
    expect(events("L'armée a pilonné Vesna mardi. Ce bilan n'a pas pu être vérifié de source indépendante.")).toEqual([['ASSAULT', 'Ruritanian army', 'Vesna', 'unconfirmed']]);
    expect(events('Les combats auraient fait dix morts à Dorin.')).toEqual([['ASSAULT', null, 'Dorin', 'alleged']]);
    expect(events('Les combats ont fait dix morts à Dorin.').map((e) => e[3])).toEqual(['asserted']);
  });

  it('donne un démenti sans contenu propre à la phrase précédente', () => {
    const text = "Les rebelles ont attaqué Vesna mardi. L'armée a aussitôt démenti, assurant tenir la ville.";
    const doc = read(text, 'fr', all);
    expect(doc.claims.map((c) => [nameOf(doc, c.source), c.modality, c.cue])).toEqual([['Ruritanian army', 'denied', spanIn(text, 'démenti')]]);
  });

  it("lit ce qu'une accusation affirme comme allégué, et le démenti qui suit comme celui de l'accusé", () => {
    const text = "L'armée accuse le Front du Nord d'avoir bombardé Vesna, ce que les rebelles nient.";
    const doc = read(text, 'fr', all);
    // L'accusation n'est pas faite à Vesna, où le bombardement aurait eu lieu.
    expect(events(text)).toEqual([['ACCUSE', 'Ruritanian army', null, 'asserted'], ['ASSAULT', 'Northern Front', 'Vesna', 'alleged']]);
    expect(doc.claims.map((c) => [nameOf(doc, c.source), c.modality])).toEqual([['Northern Front', 'denied']]);
  });

  it("ne prend pas le groupe nommé dans l'objet pour l'auteur : « frappé un centre de commandement du Front du Nord »", () => {
    const doc = read("L'armée dit avoir frappé un poste du Front du Nord à Vesna.", 'fr', all);
    expect(doc.events.map((e) => [nameOf(doc, e.actor1), nameOf(doc, e.actor2), e.modality])).toEqual([['Ruritanian army', 'Northern Front', 'alleged']]);
  });

  it("lit l'auteur d'une frappe « attribuée à » X", () => {
    const doc = read("Une frappe attribuée à l'armée a visé Vesna mardi.", 'fr', all);
    expect(doc.events.map((e) => [e.plover, nameOf(doc, e.actor1), nameOf(doc, e.actor2)])).toEqual([['ASSAULT', 'Ruritanian army', null]]);
  });

  it("ne fait pas d'événement de ce qui est demandé ni de lieu de là où cela doit se faire", () => {
    expect(events("L'ONU a exhorté jeudi l'armée à mettre fin aux frappes autour de Vesna.")).toEqual([['REQUEST', 'United Nations', null, 'asserted']]);
  });

  it("lit l'aide acheminée, la prise du pouvoir, et aucun déclencheur dans un nom", () => {
    expect(events("Le PAM prévoit d'acheminer de l'aide alimentaire à Vesna.")).toEqual([['AID', 'World Food Programme', 'Vesna', 'planned']]);
    expect(events("L'armée a pris le pouvoir en 2021 à Dorin.").map((e) => e[0])).toEqual(['COERCE']);
    expect(events('Les Forces de soutien rapide ont encerclé Vesna.')).toEqual([['ASSAULT', 'Rapid Support Forces', 'Vesna', 'asserted']]);
  });

  it("n'attache pas la date d'une dépêche ni celle d'un démenti à l'événement", () => {
    const text = "Dorin, 9 mai 2024 (AFP) — L'armée a démenti jeudi que les rebelles aient été faits prisonniers mardi à Vesna.";
    const doc = read(text, 'fr', all);
    expect(doc.events.map((e) => [e.plover, e.mode, e.date.date, e.modality, nameOf(doc, e.actor2)])).toEqual([['ASSAULT', 'abduction', '2024-05-07', 'denied', 'Northern Front']]);
  });
});

describe('fr quotes inside a clause', () => {
  it("donne un fragment cité au sujet du verbe qui l'introduit", () => {
    const text = "L'ONU a dénoncé mardi, dans un communiqué, une « catastrophe humanitaire ».";
    const doc = read(text, 'fr', all);
    expect(doc.quotes.filter((q) => q.direct).map((q) => [q.text, nameOf(doc, q.speaker)])).toEqual([['catastrophe humanitaire', 'United Nations']]);
  });
});
