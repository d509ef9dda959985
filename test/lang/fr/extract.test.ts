import { describe, expect, it } from 'vitest';
import { furnitureMatcher } from '../../../src/clean/furniture.js';
import { parseByline, parseDateline } from '../../../src/clean/byline.js';

describe('French extract lexicon', () => {
  const f = furnitureMatcher();

  it('knows French site furniture, whatever the case, accents and trailing marks', () => {
    expect(f.classify('Partager')).toBe('furniture');
    expect(f.classify('Abonnez-vous à notre infolettre pour ne rien manquer')).toBe('furniture');
    expect(f.classify('À LIRE AUSSI :')).toBe('teaser-marker');
    expect(f.classify('Sur le même sujet')).toBe('teaser-marker');
    expect(f.classify('Commentaires (14)')).toBe('tail-marker');
    expect(f.classify('Mentions légales')).toBe('tail-marker');
  });

  it('does not take prose or headlines for furniture', () => {
    expect(f.classify('Les partages de territoire ont été discutés à Genève.')).toBeNull();
    expect(f.classify('Le retour des déplacés reste incertain')).toBeNull();
    expect(f.classify('Commentaires du ministre sur la trêve')).toBeNull();
  });

  it('takes a flattened menu bar for furniture only when every item is', () => {
    expect(f.classify('Mon compte | Connexion | Rechercher')).toBe('furniture');
    expect(f.classify('Podcasts · Newsletter · Contact')).toBe('furniture');
    expect(f.classify('Guerre au Soudan | Le point sur les combats')).toBeNull();
    expect(f.classify('Accueil | Les rebelles avancent vers la capitale')).toBeNull();
  });

  it('reads French bylines and datelines', () => {
    expect(parseByline('Par Jean Dupont et Amélie Martin')).toEqual(['Jean Dupont', 'Amélie Martin']);
    expect(parseByline('Par Karim El-Amine, AFP')).toEqual(['Karim El-Amine', 'AFP']);
    expect(parseByline('Par ailleurs, la situation reste tendue.')).toBeNull();
    expect(parseDateline('Mis à jour le 5 mai 2023 à 14 h 30')).toBe('2023-05-05');
    expect(parseDateline('Publié le samedi 10 décembre 2016 à 09h12')).toBe('2016-12-10');
    expect(parseDateline('Publié en mai')).toBeNull();
    expect(parseDateline('Le 5 mai 2023, les rebelles ont lancé une vaste offensive contre les positions de l’armée dans tout le nord du pays.')).toBeNull();
  });
});
