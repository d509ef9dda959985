// Lecture française de théâtres nouveaux (lac Tchad, Soudan du Sud, Liban-Sud) sur des phrases à
// nous : pays dans un nom de lac, pays en focus au nom composé, offices sans nom, acteurs des
// théâtres, faits qui n'en sont pas (« depuis l'attaque », bilans cumulés), envoi d'un émissaire,
// armes saisies, force nommée dans le déclencheur, tenant d'une ville d'après les dates.
import { describe, expect, it } from 'vitest';
import { read as readEntities } from '../../analyse/entities/read.js';
import { nameOf, placeOf, read } from '../../events/read.js';
import { tokenize } from '../../../src/analyse/tokens.js';
import { fr } from '../../../src/lang/fr/index.js';

const codes = (text: string) => readEntities('fr', text).entities.map((e) => [e.mentions[0].text, e.code]);

describe('fr acteurs des nouveaux théâtres', () => {
  it("ne lit pas un pays dans le nom d'un lac ou d'un fleuve, ni pour le pays en focus", () => {
    const t = "Au Nigeria, l'armée a frappé les îles du lac Tchad et les rives du fleuve Niger ; le Tchad a fermé sa frontière.";
    expect(codes(t)).toEqual([['Nigeria', 'NGA'], ['armée', 'NGAMIL'], ['Tchad', 'TCD']]);
  });

  it('compte « Soudan du Sud » pour le Soudan du Sud, pas pour le Soudan', () => {
    expect(codes("Au Soudan du Sud, l'armée a repoussé une attaque dans le Haut-Nil.")).toEqual([['Soudan du Sud', 'SSD'], ['armée', 'SSDMIL']]);
  });

  it("donne au ministère et à l'office sans nom l'État en focus ou le leur", () => {
    expect(codes('Au Tchad, le ministère de la Défense a démenti.')).toEqual([['Tchad', 'TCD'], ['ministère de la Défense', 'TCDGOV']]);
    const e = readEntities('fr', 'Le président tchadien a reçu les chefs de l’opposition.').entities;
    expect(e.map((x) => [x.name, x.code])).toContainEqual(['Chadian president', 'TCDGOV']);
  });

  it('connaît les forces du lac Tchad, du Soudan du Sud et du Liban-Sud', () => {
    const t = "La Force multinationale mixte (FMM), la Finul, la Minuss, le SPLM-IO, l'Armée blanche et les SSPDF étaient cités.";
    expect(codes(t)).toEqual([
      ['Force multinationale mixte', 'IGOMNJ'], ['Finul', 'IGOUNO'], ['Minuss', 'IGOUNO'], ['SPLM-IO', 'SSDREBSPL'], ['Armée blanche', 'SSDREBWHA'], ['SSPDF', 'SSDMIL'],
    ]);
  });

  it("garde « N'Djamena » en un mot, et coupe toujours « n'a »", () => {
    expect(tokenize("N'Djamena n'a pas répondu.", fr.tokens).map((t) => t.text)).toEqual(["N'Djamena", "n'", 'a', 'pas', 'répondu', '.']);
  });

  it("lit le nom après l'office et son complément inconnu (« le gouverneur de l'État de Borno, X »)", () => {
    const e = readEntities('fr', "Le gouverneur de l'État de Kwara, Ade Bello, s'est rendu à Ilorin.").entities;
    expect(e.map((x) => [x.name, x.kind, x.role])).toEqual([['Ade Bello', 'person', 'governor']]);
  });

  it("lit les Casques bleus, l'aviation gouvernementale, un char étranger et les chefs des théâtres", () => {
    const t = "Au Liban, la Finul dit que ses Casques bleus ont essuyé les tirs d'un char israélien ; Naïm Qassem accuse l'aviation gouvernementale.";
    expect(codes(t)).toEqual([['Liban', 'LBN'], ['Finul', 'IGOUNO'], ['char israélien', 'ISRMIL'], ['Naïm Qassem', 'LBNREBHZB'], ['aviation gouvernementale', 'LBNMIL']]);
    expect(readEntities('fr', t).entities.find((e) => e.name === 'UNIFIL')?.mentions.map((m) => m.text)).toEqual(['Finul', 'Casques bleus']);
  });

  it("ne prend pas une milice alliée de l'armée pour « les insurgés »", () => {
    const e = readEntities('fr', "Au Nigeria, la Force civile conjointe (CJTF) épaule l'armée ; les insurgés ont fui.").entities;
    expect(e.find((x) => x.mentions.some((m) => m.text === 'insurgés'))?.name).not.toBe('Civilian Joint Task Force');
  });
});

const front = { name: 'Northern Front', kind: 'armed_group', forms: ['Front du Nord'] };
const army = { name: 'Ruritanian army', kind: 'military', code: 'RURMIL', country: 'RUR', forms: ["L'armée", "l'armée"] };
const guard = { name: 'Home Guard', kind: 'military', code: 'RURMIL', country: 'RUR', forms: ['Garde civile'] };
const strike = { name: 'Bordurian military', kind: 'military', code: 'BORMIL', country: 'BOR', forms: ['frappe bordurienne'] };
const chief = { name: 'Ivo Horvat', kind: 'person', forms: ['Ivo Horvat'] };
const gunmen = { name: 'attackers', kind: 'armed_group', forms: ['hommes armés'] };
const ngo = { name: 'Relief Now', kind: 'ngo', forms: ["L'ONG"] };
const places = [{ name: 'Vesna', kind: 'city', lat: 45.1, lon: 20.1, forms: ['Vesna'] }];
const dates = [{ form: 'lundi', date: '2024-05-06' }, { form: 'mercredi', date: '2024-05-08' }];
const all = { entities: [front, army, guard, strike, chief, gunmen, ngo], places, dates };
const events = (text: string) => {
  const doc = read(text, 'fr', all);
  return doc.events.map((e) => [e.plover, nameOf(doc, e.actor1), nameOf(doc, e.actor2), placeOf(doc, e.place), e.timing, e.modality]);
};
const types = (text: string) => read(text, 'fr', all).events.map((e) => e.plover);

describe('fr faits et non-faits', () => {
  it("ne lit pas de nouveau fait dans « depuis l'attaque », un bilan cumulé, « à la demande de » ni l'évacuation de blessés", () => {
    expect(types("Les habitants ont quitté Vesna depuis l'attaque.")).toEqual([]);
    expect(types('La route de Vesna est fermée depuis le début des combats.')).toEqual([]);
    expect(types('Plus de 300 personnes ont été tuées à Vesna depuis janvier.')).toEqual([]);
    expect(types("La Garde civile est arrivée à Vesna à la demande de l'armée.")).toEqual([]);
    expect(types('Un hélicoptère est venu évacuer des blessés à Vesna.')).toEqual([]);
  });

  it('lit « menaçant d\'intensifier les frappes » comme une menace, sans frappe', () => {
    expect(events("L'armée a averti lundi le Front du Nord, menaçant d'intensifier les frappes sur Vesna.").map((e) => e[0])).toEqual(['THREATEN']);
  });

  it("lit l'envoi d'un émissaire pour des entretiens comme une consultation à venir, et l'envoi de renforts comme un déploiement", () => {
    expect(events("L'armée doit dépêcher la semaine prochaine son émissaire à Vesna pour de nouveaux entretiens.")).toEqual([
      ['CONSULT', 'Ruritanian army', null, 'Vesna', 'future', 'planned'],
    ]);
    expect(types("L'armée a dépêché des renforts à Vesna.")).toEqual(['MOBILIZE']);
  });

  it("lit des armes saisies comme une saisie, pas comme une prise de ville", () => {
    expect(types("Le Front du Nord affirme s'être emparé d'armes et de véhicules à Vesna.")).toEqual(['SEIZE']);
  });

  it('lit les déployés au passif comme ceux qui se déploient', () => {
    expect(events('Le gouverneur a annoncé que 500 membres de la Garde civile seraient déployés à Vesna.')).toEqual([
      ['MOBILIZE', 'Home Guard', null, 'Vesna', 'future', 'planned'],
    ]);
  });

  it("donne la frappe à la force qu'elle nomme, et le tué pour cible", () => {
    expect(events('Le Front a perdu son chef, Ivo Horvat, tué dans une frappe bordurienne à Vesna lundi.')).toEqual([
      ['ASSAULT', 'Bordurian military', 'Ivo Horvat', 'Vesna', 'current', 'asserted'],
    ]);
  });

  it("donne au pillage son agent après « par », pas le sujet de la phrase", () => {
    expect(events("L'ONG a suspendu ses activités à Vesna après le pillage de son entrepôt par des hommes armés.").map((e) => e.slice(0, 2))).toEqual([['COERCE', 'attackers']]);
    expect(types("L'aviation a largué des barils incendiaires sur Vesna.")).not.toContain('COERCE');
  });

  it("lit qui tenait la ville d'après les dates quand la reprise est dite avant la chute", () => {
    expect(events("L'armée affirme avoir repris mercredi Vesna, tombée lundi aux mains du Front du Nord.").map((e) => e.slice(0, 3))).toEqual([
      ['ASSAULT', 'Ruritanian army', 'Northern Front'],
      ['ASSAULT', 'Northern Front', 'Ruritanian army'],
    ]);
  });

  it("garde dans la relative l'énumération qui suit une virgule (« des troupes de X, de Y, doit… »)", () => {
    const doc = read("La Force conjointe, qui regroupe des troupes de la Bordurie, de la Syldavie et du Front du Nord, doit se réunir à Vesna.", 'fr', {
      ...all, entities: [...all.entities, { name: 'Joint Force', kind: 'igo', forms: ['La Force conjointe'] }, { name: 'Borduria', kind: 'state', forms: ['Bordurie'] }, { name: 'Syldavia', kind: 'state', forms: ['Syldavie'] }],
    });
    expect(doc.events.map((e) => [e.plover, nameOf(doc, e.actor1)])).toEqual([['CONSULT', 'Joint Force']]);
  });

  it("lit la source d'un décompte, et des barils largués comme une frappe", () => {
    const doc = read("Selon un décompte de l'ONG, l'armée a largué mardi des barils d'explosifs sur Vesna.", 'fr', all);
    expect(doc.events.map((e) => [e.plover, nameOf(doc, e.actor1), nameOf(doc, e.source)])).toEqual([['ASSAULT', 'Ruritanian army', 'Relief Now']]);
  });

  it("ne prend pas pour objet d'un refus ce qui suit « tant que »", () => {
    expect(events("Le Front du Nord refuse de négocier tant que l'armée n'aura pas quitté Vesna.").map((e) => e.slice(0, 3))).toEqual([['REJECT', 'Northern Front', null]]);
  });

  it('lit « éliminé », « visés par des tirs » et « plaidé … pour » sans trou', () => {
    expect(events("L'armée affirme avoir éliminé lundi un chef du Front du Nord à Vesna.")[0]).toEqual(['ASSAULT', 'Ruritanian army', 'Northern Front', 'Vesna', 'current', 'alleged']);
    expect(types('Des soldats de la Garde civile ont été visés par des tirs à Vesna.')).toEqual(['ASSAULT']);
    expect(types("L'armée a plaidé la semaine dernière pour des négociations avec le Front du Nord.")).toEqual(['REQUEST']);
  });
});
