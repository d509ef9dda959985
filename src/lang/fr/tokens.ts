import type { TokenLexicon } from '../../analyse/tokens.js';

export const tokens: TokenLexicon = {
  // Elided articles and pronouns split off the following word: l'armée → l' + armée.
  elisions: ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu'],
  // « N'Djamena », « N'Zérékoré » : un nom, pas une négation élidée.
  namePrefixes: ['N'],
  clitics: [],
  // Abbreviations whose final period does not end a sentence.
  abbreviations: [
    'M.', 'MM.', 'Mme.', 'Mlle.', 'Dr.', 'Pr.', 'Me.', 'Mgr.', 'St.', 'Ste.', 'av.', 'apr.', 'J.-C.', 'etc.', 'cf.',
    'env.', 'p.', 'pp.', 'n°.', 'art.', 'janv.', 'févr.', 'fév.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.',
    'gén.', 'col.', 'lt.', 'cdt.', 'cne.', 'sgt.', 'O.N.U.', 'U.E.',
  ],
};
