import type { QuoteLexicon } from '../../analyse/quotes/lexicon.js';

// Reporting verbs: every form an English news report uses. Not "observed": a news report observes
// truces and silences far more often than it quotes an observation.
export const reportingVerbs: readonly string[] = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'declared', 'declares',
  'announced', 'announces', 'claimed', 'claims', 'insisted', 'insists', 'warned', 'warns', 'explained', 'explains',
  'noted', 'notes', 'argued', 'argues', 'confirmed', 'confirms', 'denied', 'denies', 'asserted', 'asserts',
  'maintained', 'maintains', 'reported', 'reports', 'wrote', 'writes', 'tweeted', 'posted', 'acknowledged',
  'acknowledges', 'admitted', 'admits', 'stressed', 'stresses', 'emphasised', 'emphasized', 'suggested', 'suggests',
  'predicted', 'alleged', 'alleges', 'contended', 'recalled', 'recalls', 'remarked', 'replied', 'replies',
  'responded', 'commented', 'urged', 'cautioned', 'conceded', 'pointed out', 'indicated', 'indicates',
  'disclosed', 'revealed', 'estimated', 'believes', 'believed', 'thinks', 'continued', 'concluded', 'complained',
  'lamented', 'vowed', 'pledged', 'promised', 'threatened', 'agreed', 'countered', 'boasted', 'speculated',
  'telling', 'adding', 'claiming', 'denying', 'warning', 'urging', 'calling', 'described', 'describing', 'called',
  'urges', 'asked', 'asks', 'demanded', 'demands', 'accused', 'accuses', 'condemned', 'condemns', 'announcing',
  'declaring', 'insisting', 'arguing', 'noting', 'stressing', 'acknowledging', 'admitting',
];

export const quotes: QuoteLexicon = {
  marks: [['“', '”'], ['"', '"'], ['«', '»'], ['‘', '’']],
  reporting: reportingVerbs,
  complementizers: ['that'],
  // "said the attack…", "told reporters the town…": reported speech without "that".
  bareClauseStarters: [
    'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'its', 'his', 'her', 'their', 'there', 'some', 'more', 'at',
    'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'dozens', 'hundreds',
    'thousands', 'no', 'one', 'all', 'both', 'this', 'these', 'those', 'government', 'security', 'enemy',
  ],
  pronouns: ['he', 'she', 'they', 'it', 'we'],
};
