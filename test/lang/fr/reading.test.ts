// French pack: dates, figures and entities on sentences of our own (published Friday 2023-05-12).
import { describe, expect, it } from 'vitest';
import { at, read } from '../../analyse/entities/read.js';

describe('fr dates', () => {
  const text = "Les combats ont repris mercredi soir, après une trêve conclue en février dernier. Le 3 avril, l'armée avait déjà frappé ; hier, elle a tenu bon pendant trois semaines.";
  const { dates } = read('fr', text);
  it('resolves weekdays, past months, calendar days and "hier" against the publication date', () => {
    expect(dates.map((d) => [d.text, d.date, d.precision, d.basis])).toEqual([
      ['mercredi soir', '2023-05-10', 'day', 'relative'],
      ['en février dernier', '2023-02', 'month', 'relative'],
      ['Le 3 avril', '2023-04-03', 'day', 'relative'],
      ['hier', '2023-05-11', 'day', 'relative'],
      ['pendant trois semaines', null, null, 'stated'],
    ]);
    expect(dates[0]).toMatchObject(at(text, 'mercredi soir'));
    expect(dates[1]).toMatchObject(at(text, 'en février dernier'));
  });
  it('keeps durations apart from dates', () => {
    expect(dates[4]).toMatchObject({ ...at(text, 'pendant trois semaines'), duration: 'P3W', date: null });
  });
  it('leaves relative dates unresolved without a publication date, but not stated ones', () => {
    const t = 'Jeudi dernier et le 14 juillet 2019.';
    const d = read('fr', t, null).dates;
    expect(d.map((x) => [x.text, x.date, x.basis])).toEqual([['Jeudi dernier', null, 'unresolved'], ['le 14 juillet 2019', '2019-07-14', 'stated']]);
  });
  it('reads "prochain" as the future and "mai" only as a month', () => {
    const d = read('fr', 'Un sommet aura lieu lundi prochain.').dates;
    expect(d[0]).toMatchObject({ text: 'lundi prochain', date: '2023-05-15' });
  });
});

describe('fr figures', () => {
  const text = "Les frappes ont tué au moins 35 civils et fait une cinquantaine de blessés. Près de 8 000 habitants ont fui le quartier. Quelque 300 miliciens se sont rendus. Les loyalistes tiennent désormais plus de 60 % du territoire.";
  const { figures } = read('fr', text);
  it('gives each count its kind, value and bound', () => {
    expect(figures.map((f) => [f.text, f.kind, f.value, f.unit, f.approx])).toEqual([
      ['au moins 35 civils', 'killed', 35, 'people', 'at_least'],
      ['une cinquantaine de blessés', 'injured', 50, 'people', 'about'],
      ['Près de 8 000 habitants', 'displaced', 8000, 'people', 'about'],
      ['Quelque 300 miliciens', 'surrendered', 300, 'people', 'about'],
      ['plus de 60 %', 'territory_share', 60, 'percent', 'more_than'],
    ]);
    expect(figures[0]).toMatchObject(at(text, 'au moins 35 civils'));
  });
  it('ignores years, dates, times, ages and ordinals', () => {
    const t = "En 2014, le 12 mars à 14h30, un garçon de 9 ans a vu la 2e brigade passer.";
    expect(read('fr', t).figures).toEqual([]);
  });
});

describe('fr entities', () => {
  const text = "Soutenus par Téhéran, les rebelles houthistes ont visé l'armée saoudienne. Selon Ankara, l'aviation turque a frappé le PKK. Le ministre turc de la Défense, Hulusi Akar, a démenti. Akar a ensuite quitté Ankara. Daech a revendiqué l'attaque ; les djihadistes ont publié une vidéo.";
  const { entities } = read('fr', text);
  const byName = (name: string) => entities.find((e) => e.name === name);
  it('reads a capital that supports or speaks as its government', () => {
    expect(byName('Iranian government')).toMatchObject({ code: 'IRNGOV', country: 'IRN', mentions: [at(text, 'Téhéran')] });
    expect(byName('Turkish government')?.mentions).toEqual([at(text, 'Ankara')]);
  });
  it('does not make a capital after a place preposition an actor', () => {
    expect(entities.flatMap((e) => e.mentions).some((m) => m.start === text.lastIndexOf('Ankara'))).toBe(false);
  });
  it('finds states\' forces from the country adjective', () => {
    expect(byName('Saudi military')).toMatchObject({ code: 'SAUMIL', mentions: [at(text, 'armée saoudienne')] });
    expect(byName('Turkish military')?.mentions).toEqual([at(text, 'aviation turque')]);
  });
  it('gives a person the role before the name, and the surname alone', () => {
    expect(byName('Hulusi Akar')).toMatchObject({ kind: 'person', country: 'TUR', role: 'Turkish Defence Minister', mentions: [at(text, 'Hulusi Akar'), at(text, 'Akar', text.indexOf('Akar a'))] });
  });
  it('merges aliases and resolves "les djihadistes" to the group named', () => {
    expect(byName('Houthis')?.mentions).toEqual([at(text, 'rebelles houthistes')]);
    expect(byName('Islamic State')?.mentions).toEqual([at(text, 'Daech'), at(text, 'djihadistes')]);
    expect(byName('PKK')?.code).toBe('TURREBPKK');
  });
  it('resolves generic group nouns against the country in focus', () => {
    const t = "Syrie : les insurgés reculent. L'armée syrienne affirme que le régime contrôle la ville.";
    const e = read('fr', t).entities;
    expect(e.find((x) => x.code === 'SYRREB')?.mentions).toEqual([at(t, 'insurgés')]);
    expect(e.find((x) => x.code === 'SYRGOV')?.mentions).toEqual([at(t, 'régime')]);
  });
  it('names a led coalition after its leader', () => {
    const t = 'La coalition dirigée par Riyad a frappé. Puis la coalition a reculé.';
    expect(read('fr', t).entities[0]).toMatchObject({ name: 'Saudi-led coalition', mentions: [at(t, 'coalition dirigée par Riyad'), at(t, 'coalition', 30)] });
  });
  it('reads a role in apposition, codes the person by office, and finds the office holder later', () => {
    const t = 'Sergueï Lavrov, le ministre russe des Affaires étrangères, a répondu. Le chef de la diplomatie russe a ajouté.';
    expect(read('fr', t).entities[0]).toMatchObject({
      name: 'Sergueï Lavrov', code: 'RUSGOV', role: 'Russian Foreign Minister',
      mentions: [at(t, 'Sergueï Lavrov'), at(t, 'chef de la diplomatie russe')],
    });
  });
  it('splits coordinated adjectives into two forces', () => {
    const t = 'Les frappes russes et syriennes ont repris.';
    expect(read('fr', t).entities.map((e) => [e.code, e.mentions[0].text])).toEqual([['RUSMIL', 'frappes russes'], ['SYRMIL', 'syriennes']]);
  });
  it('leaves a bare role without a country unresolved', () => {
    expect(read('fr', 'Le président a parlé. Le ministre Jean Dupont a répondu.').entities.map((e) => e.name)).toEqual(['Jean Dupont']);
  });
});
