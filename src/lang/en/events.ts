import type { EventLexicon } from '../../events/lexicon.js';

// Triggers as token patterns (see src/events/patterns.ts); the longest match wins, so a
// specific phrase ("lost .. lives") overrides a general one ("lost").
export const events: EventLexicon = {
  triggers: [
    { plover: 'ASSAULT', patterns: [
      'attack*', 'assault*', 'offensive', 'offensives', 'counter-offensive*', 'counteroffensive*', 'counter-attack*', 'counterattack*',
      'ambush*', 'raid', 'raids', 'raided', 'raiding', 'stormed',
      'storming', 'besieg*', 'siege', 'encircl*', 'kill', 'kills', 'killed', 'killing', 'killings', 'gunfire', 'gunmen opened fire',
      'opened fire', 'lost .. lives', 'incursion*', 'strike', 'strikes', 'struck', 'shot dead', 'gunned down',
      // Bringing down an aircraft; air defences stopping drones and missiles are no separate attack.
      'shot|shoot|shoots|shooting|brought|bring|brings|bringing down ..3 aircraft|plane|planes|jet|jets|helicopter*|warplane*|bomber*',
      'downed ..3 aircraft|plane|planes|jet|jets|helicopter*|warplane*|bomber*',
      // …or destroying drones in flight: no destruction of property.
      'destroy|destroys|destroyed|destroying ..3 drone*|uav|uavs|unmanned aerial vehicle*',
      // Allies' joint operations against a third side attack it.
      'joint operation*|offensive*|offensives against',
    ] },
    // Fighting between two sides named together ("clashes between X and Y").
    { plover: 'ASSAULT', mutual: true, patterns: ['clash*', 'fight', 'fights', 'fought', 'fighting', 'battle', 'battles', 'battled', 'battling', 'skirmish*'] },
    { plover: 'ASSAULT', mode: 'aerial', patterns: [
      'air strike*', 'airstrike*', 'air raid*', 'air attack*', 'drone strike*', 'drone attack*', 'bombing', 'bombings',
      'bombed', 'bombard*', 'sorties', 'launch*|fired|fire|fires|firing|sent ..4 drone*', 'drone* ..2 hit|targeted',
      'drop|drops|dropped|dropping ..3 bomb*',
    ] },
    { plover: 'ASSAULT', mode: 'shelling', patterns: [
      'shelling', 'shelled', 'shells', 'artillery', 'mortar*', 'rocket*', 'missile*', 'pound', 'pounds', 'pounded', 'pounding',
      'launch*|fired|fire|fires|firing ..4 missile*|rocket*|shells|mortar*',
    ] },
    { plover: 'ASSAULT', mode: 'explosion', patterns: [
      'explosion*', 'exploded', 'blast', 'blasts', 'ied', 'ieds', 'car bomb*', 'roadside bomb*', 'bomb', 'bombs', 'landmine*',
    ] },
    { plover: 'ASSAULT', mode: 'suicide', patterns: ['suicide bomb*', 'suicide attack*', 'suicide bomber*', 'blew himself up', 'blew herself up'] },
    { plover: 'ASSAULT', mode: 'massacre', patterns: ['massacr*', 'summary executions', 'executed'] },
    { plover: 'ASSAULT', mode: 'abduction', patterns: [
      'abduct*', 'kidnap*', 'taken hostage', 'took .. hostage', 'hostage-taking', 'taken prisoner', 'took .. prisoner*',
      'captur* ..1 soldiers|troops|civilians|hostages|people|fighters|members|officers|servicemen|policemen',
    ] },
    { plover: 'ASSAULT', mode: 'sexual', patterns: ['rape', 'raped', 'rapes'] },
    { plover: 'ASSAULT', territory: 'gain', patterns: [
      'captur*', 'seiz*', 'retook', 'retake', 'retakes', 'retaken', 'retaking', 'recaptur*', 'reclaim*', 'regain*',
      'take|takes|took|taken|taking .. control', 'overran', 'overrun', 'overrunning', 'conquer*', 'occupied', 'occupy',
      'occupies', 'occupying', 'occupation', 'gain* ground', 'entered', 'swept into', 'drove .. out', 'driven out', 'pushed .. out',
    ] },
    { plover: 'ASSAULT', territory: 'loss', patterns: ['lost', 'lose', 'loses', 'losing', 'loss of', 'ceded'] },
    { plover: 'ASSAULT', territory: 'fall', patterns: ['fell|fall|falls|fallen|falling to|into|under', 'fall of'] },
    { plover: 'RETREAT', patterns: [
      'withdr*', 'retreat*', 'pull* out|back', 'evacuat*', 'surrender*', 'lay|laid|lays|laying down .. arms|weapons',
      'gave up .. arms|weapons', 'defect*', 'deserted', 'fled', 'abandoned .. positions|posts|base|bases',
    ] },
    { plover: 'MOBILIZE', patterns: [
      'reinforcement*', 'deploy*', 'mobiliz*', 'mobilis*', 'dispatch* .. troops|soldiers|forces|reinforcements|warships|jets',
      'send|sent|sends|sending .. troops|soldiers|forces|reinforcements|warships|jets', 'mass* .. troops', 'military buildup',
      // Units sent or moved by their size: "two battalions would be sent", "brigades had been moved to X".
      'dispatch*|send|sent|sends|sending|move|moves|moved|moving ..3 battalion*|brigade*|contingent*|divisions|regiments',
      'battalion*|brigade*|contingent* ..4 sent|dispatched|moved|deployed|redeployed', 'redeploy*',
      'military build-up', 'put on alert', 'high alert', 'military exercises', 'military drills',
      // A naval mission's escorts are a deployment.
      'escort|escorts|escorted|escorting ..3 ships|vessels|tankers|convoys',
    ] },
    { plover: 'COERCE', mode: 'looting', patterns: ['loot*', 'pillag*', 'ransack*', 'destroy*', 'destruction', 'torched', 'burned down', 'burnt down', 'razed', 'demolish*',
      'set fire to', 'set .. on fire', 'set .. ablaze', 'set ablaze', 'burned|burnt ..3 houses|homes|buildings|shops|villages|vehicles|stations'] },
    { plover: 'COERCE', mode: 'arrest', patterns: ['arrest*', 'detain*', 'detention*', 'jailed', 'imprison*', 'rounded up'] },
    { plover: 'COERCE', patterns: [
      'curfew*', 'expel*', 'blockade*', 'tortur*', 'crackdown*', 'cracked down', 'deport*',
      // Forced displacement: an order to leave one's home.
      'evacuation order*', 'displacement order*', 'order|orders|ordered|ordering ..4 residents|civilians|people|families|inhabitants|villagers|population|diplomats ..8 to leave|evacuate|flee',
    ] },
    // A seizure of power is no capture of territory.
    { plover: 'COERCE', patterns: ['coup', 'coups', "coup d'état", "coup d'etat", 'putsch', 'seiz*|grab*|took|take|takes|taking|taken power'] },
    { plover: 'SEIZE', patterns: ['confiscat*', 'impound*', 'commandeer*'] },
    { plover: 'ACCUSE', patterns: [
      'accus*', 'condemn*', 'denounc*', 'criticiz*', 'criticis*', 'blam*', 'castigat*', 'decried', 'decries', 'lambast*',
      'slammed', 'censur*', 'rebuk*', 'faulted', 'pin* .. blame on', 'point* the finger at',
    ] },
    // Labelling: the one labelled stands between the verb and the label ("calling X's strikes a war crime").
    { plover: 'ACCUSE', objectInGap: true, patterns: [
      'call|calls|called|calling|describ*|label*|brand*|termed|terming ..8 crime*|criminal*|terroris*|genocid*|massacre*|atrocit*|butcher*|violation*',
      'call|calls|called|calling|describ*|label*|brand*|termed|terming ..8 ethnic cleansing',
      'hold|holds|held|holding ..6 responsible|accountable',
    ] },
    { plover: 'REQUEST', patterns: [
      'urge', 'urged', 'urges', 'urging', 'appeal*', 'implor*', 'beg', 'begged', 'call|calls|called|calling on|for|upon',
      'asked', 'asks', 'request*', 'plead*', 'pleaded', 'exhort*',
    ] },
    { plover: 'DEMAND', patterns: ['demand*', 'ultimatum', 'insist* on'] },
    { plover: 'CONSULT', mutual: true, patterns: [
      'talks', 'negotiate', 'negotiated', 'negotiates', 'negotiating', 'negotiation', 'negotiations', 'meeting', 'meetings', 'met', 'meet', 'meets', 'summit*', 'conference*', 'visit*', 'discussion*',
      'discuss*', 'consultation*', 'dialogue*', 'hosted',
    ] },
    { plover: 'AGREE', mutual: true, patterns: [
      'agree', 'agreed', 'agrees', 'agreement*', 'reach*|declar*|brokered .. ceasefire|cease-fire|truce|deal', 'sign* .. deal|accord|agreement|treaty|ceasefire|truce',
      'accepted', 'accord',
    ] },
    { plover: 'SUPPORT', stative: true, patterns: ['support', 'supported', 'supports', 'supporting', 'backed', 'backs', 'endors*', 'praised', 'welcomed'] },
    { plover: 'AID', patterns: [
      'aid convoy*', 'humanitarian aid', 'humanitarian assistance', 'deliver* .. aid|food|supplies|weapons|arms|ammunition',
      'airdrop*', 'relief supplies', 'food aid', 'food assistance', 'aid deliveries', 'aid shipment*', 'aid drop*',
      'distribut*|ship*|truck*|bring*|brought|send|sent|sends|sending ..4 aid|food|supplies|rations|flour|fuel|medicine*',
    ] },
    // What is rejected comes from its author: "rejected a plan put forward by X", "a proposal from X".
    { plover: 'REJECT', objectMarkers: ['by', 'from'], patterns: ['reject*', 'refus*', 'veto*', 'boycott*', 'dismissed'] },
    // Breaking off talks or a truce refuses them (CAMEO 16 "halt negotiations"): "suspended peace talks with X".
    { plover: 'REJECT', patterns: [
      'suspend*|broke|break|breaks|breaking|call|calls|called|calling off ..2 talks|negotiations|dialogue|truce|ceasefire|cease-fire',
      'pull|pulls|pulled|pulling|walk|walks|walked|walking out of ..2 talks|negotiations|dialogue',
      'suspend*|halt*|froze|freez* ..2 talks|negotiations|dialogue', 'suspend* ..1 truce|ceasefire|cease-fire',
    ] },
    { plover: 'THREATEN', patterns: ['threaten*', 'threatened', 'threat', 'threats', 'warned of'] },
    { plover: 'PROTEST', patterns: ['protest*', 'demonstrators', 'demonstration', 'demonstrations', 'rally', 'rallies', 'sit-in', 'marched'] },
    { plover: 'PROTEST', mode: 'riot', patterns: ['riot*', 'rioters'] },
    { plover: 'SANCTION', patterns: [
      'sanction*', 'embargo*', 'freez* .. assets', 'froze .. assets', 'expel* .. diplomat*', 'sever* .. ties|relations',
      'recall* .. ambassador*',
    ] },
    { plover: 'CONCEDE', patterns: [
      'releas* .. prisoner*|hostage*|detainee*', 'freed .. prisoner*|hostage*|detainee*', 'amnesty', 'prisoner swap*',
      'prisoner exchange*', 'concession*',
    ] },
    { plover: 'COOPERATE', mutual: true, patterns: ['cooperat*', 'co-operat*', 'collaborat*', 'joint operation*'] },
  ],
  notEvents: [
    // A briefing is no consultation; a threat "posed" is a danger, not a threat made; the loss of
    // a life, a ship or an aircraft is no loss of ground.
    'news|press conference*', 'pose|poses|posed|posing|present|presents|presented ..3 threat*',
    'loss|losses of ..3 life|lives|aircraft|drone*|plane*|jet*|ship*|vessel*|tank*|helicopter*',
    // Trucks, ships or aid entering a place is no capture of it: "no aid trucks had entered Gaza".
    'truck*|convoy*|ship*|vessel*|aid|supplies|goods|fuel ..2 entered|enter|enters|entering',
    // A right claimed is no happening: "the right to resume fighting after any truce".
    'right|rights to ..2 fight|fighting|attack|attacks|strike|strikes|retaliate|respond|defend',
    // …nor is losing one's kin, home, men or limbs: "lost two of her children", "has lost more than 140 officers".
    'lost|lose|loses|losing ..3 child|children|son|sons|daughter*|husband*|wife|wives|relative*|famil*|parent*|brother*|sister*|father|mother|home|homes|house|houses|everything|livelihood*|officers|soldiers|men|policemen|fighters|troops|members|colleagues|comrades|limb|limbs|leg|legs|hand|hands|eye|eyes|sight',
    // Fighting beside someone is no fight with them: "fought beside federal troops in the Tigray war".
    'fought|fight|fights|fighting|battled alongside|beside',
    // A deal someone is accused of blocking is not reached; one's "demands" named as a noun are no demand made.
    'obstruct*|undermin*|sabotag*|derail*|block|blocks|blocked|blocking ..3 agreement*|deal|accord|truce|ceasefire',
    'its|their|his|her|our demands',
    // "the latest in a string of attacks": the run of happenings the news belongs to, none of them told.
    'latest in a string|series|spate|wave|run of ..2 attack*|strikes|raids|killings|bombings|abductions|kidnappings|clashes',
    // "since launching an offensive", "since the fighting began": the time of a happening already told.
    'since launching|starting|beginning ..2 offensive*|attack*|assault*|operation*|war|campaign|incursion*',
    'since the start|beginning|outbreak of ..2 war|fighting|conflict|offensive*|hostilities|clashes',
    'since the war|fighting|conflict|clashes|offensive began|started|erupted|broke',
    // A participle after a determiner or a verb of seeing describes a noun: "photos show destroyed houses".
    'the|a|an|of|with|show|shows|showed|showing destroyed|damaged|burned|burnt|looted|ransacked|razed|demolished|besieged|occupied',
  ],
  // "these strikes", "such attacks": a happening already told.
  referring: ['this', 'these', 'those', 'such'],
  manner: ['in|during a|an|the', 'in|during a|an|the series of'],
  // "has yet to deploy": not happened so far.
  negations: ['not', 'never', "n't", 'no', 'no longer', 'yet to', 'not|never|n\'t take|takes|took|taken|taking part in', 'not|never|n\'t ..2 join|joined|joining'],
  // Also subordinators: each opens its clause. An open question holds a plan only with a modal ("whether the army would negotiate").
  hypotheticals: ['if', 'unless', 'whether ..4 would|will|could|might|should|plans|planned|intends|intended'],
  mediators: [
    'brokered by', 'mediated by', 'facilitated by', 'under the auspices of', 'under the aegis of', 'at the request of',
    'with the mediation of', 'through the mediation of',
  ],
  roles: {
    agent: ['by', 'blamed on', 'attributed to'],
    target: ['against', 'on', 'targeting', 'at'],
    from: ['from'],
    to: ['to', 'into the hands of', 'under the control of'],
    genitive: ['of', 'by'],
  },
  purpose: ['to', 'in order to', 'so as to', 'aimed at', 'aiming to'],
  destination: ['to', 'towards', 'toward', 'into', 'across'],
  participle: String.raw`(?:ed|en|wn|ught|eld|ung|ook)$`,
  reflexives: [],
  modeCues: {
    aerial: ['warplane*', 'jet', 'jets', 'aircraft', 'drone*', 'helicopter*', 'air force', 'bomber*', 'aerial', 'airstrike*', 'air strike*'],
    shelling: ['artillery', 'mortar*', 'shells', 'rocket*', 'missile*', 'tank', 'tanks', 'howitzer*'],
  },
  passive: ['was', 'were', 'been', 'being', 'be', 'is', 'are', 'got'],
  coordinators: ['and', ',', 'as well as', 'along with', 'together with'],
  subordinators: [
    'while', 'whereas', 'although', 'though', 'when', 'after', 'before', 'because', 'since', 'who', 'which', 'whom',
    'whose', 'where', 'but', 'and that', 'as it', 'as they', 'if', 'unless', 'whether',
    // An apposition of allegiance (", linked to al-Qaeda,") describes the noun before it: its names are no actors.
    ', linked|affiliated|allied|aligned|loyal|backed|tied|close',
    // …as does one that says what a name is (", an umbrella of factions formed in 2007,"): its dates are not the sentence's.
    ', a|an',
  ],
  leadingParticiple: String.raw`^(?:\p{L}+ing|asked|invited|questioned|pressed)(?![\p{L}])`,
  cityAnaphors: ['the site', 'the city', 'the town', 'this city', 'the village', 'the locality'],
  // Subject pronouns, and possessives before a force ("claimed its forces had captured").
  pronouns: ['he', 'she', 'it', 'they', 'its', 'their', 'his', 'her'],
  attributive: null,
  background: ['had', 'previously', 'formerly'],
  sequence: ['after', 'before'],
  definite: ['the'],
  retold: ['was', 'were', 'is', 'are', 'has been', 'have been', 'had been', 'ended', 'ends', 'came', 'comes', 'remain', 'remains', 'remained'],
  bothSides: [
    'both sides', 'both parties', 'both camps', 'both countries', 'both governments', 'all sides', 'all parties',
    'the two sides', 'the two parties', 'the two camps', 'the two countries', 'the two governments', 'the warring parties',
    'the warring sides', 'the belligerents',
  ],
  timesOfDay: ['dawn', 'daybreak', 'sunrise', 'noon', 'midday', 'dusk', 'nightfall', 'sunset', 'midnight'],
  future: ['will', 'is|are expected to', 'is|are due to', 'is|are scheduled to', 'pledge|pledges|pledged|vow|vows|vowed|promise|promises|promised to', 'plans to', 'plan to', 'planned to', 'planning to', 'intends to', 'intend to', 'is to', 'are to', 'set to', 'going to', "'ll",
    // Readying a happening: "Pakistan readies Tirah offensive", "the army is preparing a ground assault".
    'ready|readies|readying|prepare|prepares|preparing', 'gear|gears|gearing up for'],
  futureForm: null,
  conditionalForm: null,
  conditional: ['would'],
  conditionalPerfect: ['would have'],
};
