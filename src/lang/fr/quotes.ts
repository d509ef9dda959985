import type { QuoteLexicon } from '../../analyse/quotes/lexicon.js';

// Reporting verbs: every form a French news report uses, as prefixes where the stem is safe.
export const reportingVerbs: readonly string[] = [
  'déclar*', 'indiqu*', 'affirm*', 'ajout*', 'dit', 'disent', 'disait', 'disaient', 'dis', 'expliqu*', 'précis*',
  'soulign*', 'assur*', 'estim*', 'annonc*', 'insist*', 'rappel*', 'commenté', 'commente', 'commentent', 'confié',
  'confie', 'répond*', 'réagi*', 'martel*', 'prévient', 'préviennent', 'prévenu', 'avert*', 'reconn*', 'admet*',
  'admis', 'confirm*', 'dément*', 'démenti', 'nie', 'nient', 'nié', 'prétend*', 'soutient', 'soutiennent', 'soutenu',
  'observ*', 'noté', 'note', 'notent', 'constat*', 'racont*', 'témoign*', 'jug*', 'considèr*', 'considér*', 'pense',
  'pensent', 'pensé', 'croit', 'croient', 'cru', 'regrett*', 'dénonc*', 'déplor*', 'écrit', 'écrivent', 'tweet*',
  'exclam*', 'lâch*', 'résum*', 'conclu*', 'rapporté', 'rapporte', 'rapportent', 'rapportait', 'rapportaient', 'signal*', 'fait savoir', 'fait état', 'lancé', 'poursuivi',
  'renchéri*', 'nuanc*', 'tranch*', 'révél*', 'prévi*', 'menac*', 'avanc*', 'promis', 'promet*', 'jur*',
  'dénonçant', 'alarm*', 'inquièt*', 'inquiét*', 'fustig*', 'appel*', 'exhort*', 'demand*',
  // « », a répliqué le porte-parole », « », soupire un commerçant » : les verbes d'un récit.
  'répliqu*', 'rétorqu*', 'soupir*', 'glisse', 'glissé', 'souffl*', 'poursuit', 'lance', 'lancent', 'martèl*', 'indign*',
  'ironis*', 'objecte', 'objecté', 'concède', 'concédé', 'confient', 'confiait',
];

export const quotes: QuoteLexicon = {
  marks: [['«', '»'], ['“', '”'], ['"', '"'], ['‹', '›']],
  reporting: [...reportingVerbs, 'a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles'],
  complementizers: ['que', "qu'"],
  bareClauseStarters: [],
  pronouns: ['il', 'elle', 'ils', 'elles', 'a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles', 'dit-il', 'dit-elle'],
  // « Pour Anna Berg, politologue, « … » » : l'avis cité est de la personne nommée.
  frames: ['pour', 'selon', "d' après", 'aux yeux de', "de l' avis de"],
};
