import type { ClaimLexicon } from '../../events/lexicon.js';

export const claims: ClaimLexicon = {
  according: ['selon', "d' après", 'de source', 'citant', 'aux dires de', 'de l\' avis de', 'cité par', 'citée par'],
  announce: ['annonc*', 'fait savoir', 'promis', 'promet*', 'engag* à', 'décid* de|d\'', 'prévoi*', 'ordonn*', 'décrét*'],
  alleging: ['prétend*', 'allègu*', 'allégation*', 'présumé*', 'supposé*', 'revendiqu*', 'soi-disant', 'affirme* sans preuve*'],
  denial: ['dément*', 'démenti*', 'nie', 'nient', 'nié', 'niant', 'nier', 'réfut*', 'dément', 'conteste', 'contestent', 'contesté'],
  unconfirmed: [
    'pu être confirmé*|vérifié*|corroboré*', 'pas été confirmé*|vérifié*', 'non confirmé*', 'sans confirmation', 'invérifiable*',
    'impossible de confirmer|vérifier', 'peut|pouvait|peuvent|pouvaient être confirmé*|vérifié*', 'pas encore confirmé*',
    'de source indépendante', 'non vérifié*',
  ],
  complementizers: ['que', "qu'"],
};
