import type { ClaimLexicon } from '../../events/lexicon.js';

export const claims: ClaimLexicon = {
  according: [
    'selon', "d' après",
    // « selon un décompte de la Finul » : la source suit le document qui la porte.
    'selon un|le|son|leur|ce décompte|bilan|communiqué|rapport|recensement|comptage', "d' après un|le|son|leur|ce décompte|bilan|communiqué|rapport|recensement|comptage",
    'de source', 'citant', 'aux dires de', 'de l\' avis de', 'cité par', 'citée par', 'revendiqu* ..2 par'],
  responsibility: ['revendiqu*'],
  announce: ['annonc*', 'fait savoir', 'promis', 'promet*', 'engag* à', 'décid* de|d\'', 'prévoi*', 'ordonn*', 'décrét*'],
  alleging: ['prétend*', 'allègu*', 'allégation*', 'présumé*', 'supposé*', 'revendiqu*', 'soi-disant', 'affirme* sans preuve*'],
  denial: ['dément*', 'démenti*', 'nie', 'nient', 'nié', 'niant', 'nier', 'réfut*', 'dément', 'conteste', 'contestent', 'contesté'],
  deniedObjects: [
    'le', 'la', 'les', 'cela', 'ceci', 'toute|toutes|sa|leur ..2 responsabilité|implication|participation',
    'ces|les|cette|ses ..2 information*|accusation*|allégation*|affirmation*|déclaration*|version*',
  ],
  unconfirmed: [
    'pu être confirmé*|vérifié*|corroboré*', 'pas été confirmé*|vérifié*', 'non confirmé*', 'sans confirmation', 'invérifiable*',
    'impossible de confirmer|vérifier', 'peut|pouvait|peuvent|pouvaient être confirmé*|vérifié*', 'pas encore confirmé*',
    'de source indépendante', 'non vérifié*', 'pas confirmé*', 'aucun* ..4 confirmé*', 'de manière|façon indépendante',
    'pas été en mesure de confirmer|vérifier', 'sans qu\' il soit possible de confirmer|vérifier',
  ],
  complementizers: ['que', "qu'"],
  infinitives: ['avoir', 'être', "d' avoir", "d' être"],
};
