import type { TokenLexicon } from '../../analyse/tokens.js';

export const tokens: TokenLexicon = {
  elisions: [],
  // Clitics split off the preceding word: Russia's → Russia + 's, don't → do + n't.
  clitics: ["'s", "n't", "'re", "'ve", "'ll", "'d", "'m"],
  abbreviations: [
    'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Sgt.', 'Adm.', 'Gov.', 'Sen.',
    'Rep.', 'Rev.', 'St.', 'Jr.', 'Sr.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'vs.', 'etc.', 'e.g.', 'i.e.', 'No.',
    'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.', 'U.S.', 'U.N.', 'U.K.',
    'a.m.', 'p.m.', 'approx.', 'est.',
  ],
};
