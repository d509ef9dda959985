import type { ClaimLexicon } from '../../events/lexicon.js';

export const claims: ClaimLexicon = {
  according: ['according to', 'citing', 'cited by', 'quoted by', 'as reported by', 'reported by', 'claimed by'],
  responsibility: ['claimed by', 'claim* responsibility', 'claim* credit'],
  announce: ['announc*', 'pledg*', 'promis*', 'vow*', 'decided to', 'ordered', 'declared it', 'unveiled'],
  alleging: ['alleg*', 'purported*', 'reportedly', 'supposedly', 'claim', 'claims', 'claimed', 'claiming', 'so-called'],
  denial: ['deny', 'denied', 'denies', 'denying', 'denial', 'refuted', 'refutes', 'dismissed .. claims|reports|allegations', 'rejected .. claims|reports|allegations'],
  deniedObjects: [
    'it', 'this', 'them', 'any|the|all .. responsibility|involvement|role|wrongdoing', 'the|these|such .. claim|claims|report|reports|allegation|allegations|accusation|accusations|account',
  ],
  unconfirmed: [
    'could not be .. verified|confirmed|corroborated', 'cannot be .. verified|confirmed', 'unverified', 'unconfirmed',
    'not been .. verified|confirmed', 'unable to .. verify|confirm', 'no independent confirmation', 'not immediately .. verified|confirmed',
    'impossible to verify|confirm', 'did|does|do not .. confirm', 'has|have not confirmed', 'declined to confirm', 'would not confirm',
    'no .. official confirmation', 'not independently .. verified|confirmed',
  ],
  complementizers: ['that'],
  infinitives: ['to have', 'having'],
};
