import type { EventLexicon } from '../../events/lexicon.js';

// Ce qui ouvre une condition : « si les combats reprenaient », « au cas où l'armée attaquerait ».
const HYPOTHETICALS = [
  "si le|la|l'|les|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|on|nous|vous|elle|elles|aucun|aucune",
  "s' il|ils", 'au cas où', "à moins que|qu'", "pour peu que|qu'",
  // « tant que l'offensive se poursuivra » pose une condition à ce qui est dit, elle ne rapporte rien.
  "tant que|qu'",
];

// Triggers as token patterns (see src/events/patterns.ts); the longest match wins, so a
// specific phrase ("perd* la vie") overrides a general one ("perd*").
export const events: EventLexicon = {
  triggers: [
    { plover: 'ASSAULT', patterns: [
      'attaqu*', 'assaut*', 'offensive', 'offensives', 'combat', 'combattu', 'combattre', 'combattent',
      'combattaient', 'riposte*', 'embuscade*', 'raid', 'raids',
      'incursion*', 'assiég*', 'encercl*', 'tué', 'tués', 'tuée', 'tuées', 'tuer', 'tue', 'tuent', 'tuant',
      'abattu*', 'fusillade*', 'perd* la vie', 'mitraill*', 'ratissage*', 'percée*', 'invasion*', 'envahi*', 'envahir',
      // Des tirs sur quelqu'un : « ont été visés par des tirs », « a essuyé des tirs », « ont ouvert le feu ».
      'visé|visés|visée|visées|ciblé|ciblés|ciblée|ciblées ..3 tirs', 'essuy* ..3 tirs|feu|rafale*', 'ouvr*|ouvert* le feu',
      'tiré|tirés|tirer|tire|tirent|tirait|tiraient|tirant ..2 sur|contre',
      // « l'armée a affirmé avoir éliminé un commandant » : tuer, dans la langue des états-majors.
      'éliminé', 'éliminés', 'éliminée', 'éliminées', 'éliminer', 'élimine', 'éliminent', 'éliminant', 'élimination* de|du|des|d\'',
    ] },
    // « des combats entre l'armée et les rebelles » : les parties nommées ensemble sont les deux côtés.
    { plover: 'ASSAULT', mutual: true, patterns: ['combats', 'affrontement*', 'affront*', 'accrochage*', 'heurts'] },
    { plover: 'ASSAULT', mode: 'aerial', patterns: [
      'frappe*', 'frapp*', 'frappe* de drone*', 'bombard*', 'bombe* aérienne*|guidée*|planante*|larguée*', 'raid* aérien*', 'attaque* aérienne*', 'attaque* de drone*', 'largu* .. bombe*|baril*|obus|engin*',
      'aviation .. pilonn*', 'sorties aériennes', 'lanc*|tiré*|envoy* ..4 drone*', 'drone* ..2 visé*|ciblé*', 'avion* ..2 visé*|ciblé*',
    ] },
    { plover: 'ASSAULT', mode: 'shelling', patterns: [
      'pilonn*', 'obus', 'tirs .. artillerie', 'tirs .. roquette*', 'tirs .. mortier*', 'roquette*', 'missile*',
      'tir de roquette*|missile*|mortier*', 'canonn*', 'lanc*|tiré* ..4 missile*|roquette*|obus',
    ] },
    { plover: 'ASSAULT', mode: 'explosion', patterns: [
      'attentat*', 'explosion*', 'voiture* piégée*', 'engin* explosif*', 'bombe*', 'mine* antipersonnel', 'ied',
    ] },
    { plover: 'ASSAULT', mode: 'suicide', patterns: ['kamikaze*', 'attentat-suicide*', 'attentat* suicide*'] },
    { plover: 'ASSAULT', mode: 'massacre', patterns: ['massacr*', 'exécution* sommaire*', 'tuerie*'] },
    { plover: 'ASSAULT', mode: 'abduction', patterns: ['enlèvement*', 'enlevé', 'enlevés', 'enlevée', 'enlevées', 'kidnapp*', 'prise* d\' otage*', 'pris en otage*',
      'fait|faits|faite|faites prisonnier*', 'captur* ..1 soldat*|militaire*|civil*|otage*|personne*|combattant*|membre*|policier*|gendarme*',
    ] },
    { plover: 'ASSAULT', mode: 'sexual', patterns: ['viol', 'viols', 'violé*'] },
    { plover: 'ASSAULT', territory: 'gain', patterns: [
      // "ont pris lundi le contrôle de…": a date or an adverb may stand inside the phrase.
      'empar*', 'prendre|pris|prise|prend|prennent|prenait|prenaient|prenant|prirent|prit ..2 le|la contrôle',
      'reprendre|repris|reprise|reprend|reprennent|reprenait|reprenaient|reprenant|reprirent|reprit',
      'reprendre|repris|reprise|reprend|reprennent|reprenait|reprenaient|reprenant|reprirent|reprit ..2 le contrôle',
      'reconqu*', 'conquête*', 'conquis*', 'conquér*', 'captur*', 'occup*', 'gagn* .. terrain',
      'pénétr* dans', 'entr* dans', 'délog*', 's\' install* dans',
    ] },
    { plover: 'ASSAULT', territory: 'loss', patterns: ['perd', 'perdu', 'perdre', 'perdent', 'perdait', 'perdaient', 'perdant'] },
    { plover: 'ASSAULT', territory: 'fall', patterns: [
      'tomb* .. aux mains', 'tomb* .. sous le contrôle', 'pass* .. sous le contrôle', 'tomb* .. entre les mains', 'chute',
    ] },
    { plover: 'RETREAT', patterns: [
      'retir*', 'retrait*', 'évacu*', 'repli*', 'capitul*', 'reddition*', 'rend*|rendu|rendus|rendirent .. armes',
      'dépos* .. armes', 'déserté', 'désertent', 'déserteur*', 'désertion*', 'abandonn* .. positions', 'battu* en retraite', 'retraite',
    ] },
    { plover: 'MOBILIZE', patterns: [
      'renfort*', 'déploi*', 'déploy*', 'mobilis*', 'envoy*|enver*|envoi*|envoie*|dépêch* .. troupes|soldats|renforts|militaires|forces|hommes|navires|avions',
      'amass* .. troupes', 'masser .. troupes', 'mise en alerte', 'état d\' alerte', 'manoeuvres|manœuvres militaires',
    ] },
    { plover: 'COERCE', mode: 'looting', patterns: [
      'saccag*', 'pill*', 'détrui*', 'destruction*', 'dynamit*',
      // « des barils incendiaires » sont une arme, pas un incendie.
      'incendie|incendies|incendié|incendiée|incendiés|incendiées|incendier|incendient|incendiait|incendiaient|incendiant|incendia|incendièrent', 'ras* .. sol', 'mis|mettent|mettant|mettre le feu',
    ] },
    { plover: 'COERCE', mode: 'arrest', patterns: [
      'arrêté', 'arrêtés', 'arrêtée', 'arrêtées', 'arrêter', 'arrestation*', 'interpell*', 'emprisonn*', 'incarcér*',
    ] },
    { plover: 'COERCE', patterns: ['couvre-feu', 'expuls*', 'blocus', 'tortur*', 'réprim*', 'répression', 'déport*'] },
    // Une prise du pouvoir n'est pas une prise de territoire.
    { plover: 'COERCE', patterns: ['coup d\' état', 'coup d\' etat', 'coups d\' état', 'putsch*', 'prendre|pris|prise|prend|prennent|prit le|du|de pouvoir', 'empar* du pouvoir'] },
    { plover: 'SEIZE', patterns: [
      'confisqu*', 'confiscation*', 'saisie*', 'réquisition*',
      // S'emparer d'armes n'est pas prendre une ville : « affirmé s'être emparé d'armes et de véhicules ».
      'empar*|saisi|saisis|récupér* ..2 arme*|armement*|munition*|véhicule*|blindé*|matériel*|butin|équipement*|stock*|dépôt*',
    ] },
    { plover: 'ACCUSE', patterns: [
      'accus*', 'condamn*', 'dénonc*', 'critiqué', 'critiquée', 'critiqués', 'critiquer', 'critiquent', 'critiquait', 'fustig*', 'blâm*', 'mis en cause',
      'mettre|met|mettent|mettait en cause', 'incrimin*', 'stigmatis*', 'vilipend*', 'pointé du doigt', 'pointe|pointent|pointer du doigt',
    ] },
    // The one blamed comes after "à": "reprocher à X", "imputer l'attaque aux forces X".
    { plover: 'ACCUSE', objectMarkers: ['à', 'au', 'aux'], patterns: ['reproch*', 'imput*', 'attribu* la responsabilité', 'fait|font|faire porter la responsabilité'] },
    // Labelling: the one labelled stands between the verb and the label ("qualifier X de crime").
    { plover: 'ACCUSE', objectInGap: true, patterns: [
      'qualif*|tax*|trait* ..10 crime*|criminel*|terroris*|génocide*|massacre*|barbarie*|atrocité*|boucherie*|violation*',
      'qualif*|tax* ..10 nettoyage|épuration ethnique',
      'tien*|ten* ..6 pour responsable*', 'rend* ..6 responsable*',
    ] },
    // On demande à quelqu'un : « demandé au Conseil de sécurité de… » (« au » n'est pas ici « des mains de »).
    { plover: 'REQUEST', objectMarkers: ['à', 'au', 'aux', "à l'", 'à la'], patterns: [
      'implor*', 'appel* à', 'exhort*', 'demandé', 'demandée', 'demande', 'demandent', 'demander', 'demandait', 'demandaient', 'suppli*', 'sollicit*', 'plaid* ..4 pour', 'enjoint', 'enjoin*',
    ] },
    // "appelé le Conseil de sécurité à…": who is called stands in the gap.
    { plover: 'REQUEST', objectInGap: true, patterns: ['appel* ..8 à'] },
    { plover: 'DEMAND', objectMarkers: ['à', 'au', 'aux', "à l'", 'à la'], patterns: ['exig*', 'somm* de', 'réclame|réclament|réclamé|réclamée|réclamés|réclamées|réclamer|réclamait|réclamaient|réclamant|réclamera|réclameront', 'ultimatum'] },
    // Dépêcher un émissaire, c'est aller parler : « dépêcher son émissaire à Beyrouth pour des entretiens ».
    { plover: 'CONSULT', patterns: ['envoy*|enver*|envoi*|envoie*|dépêch* ..5 émissaire*|envoyé*|médiateur*|délégation*|négociateur*'] },
    { plover: 'CONSULT', patterns: [
      'négociation*', 'négocier', 'négocié*', 'négocie', 'négocient', 'négociait', 'négociaient', 'négociant', 'pourparlers', 'réunion*', 'réuni*', 'rencontr*', 'sommet*', 'discussion*',
      'entretien*', 'entretenu*', "s' entreten*", 'consultation*', 'dialogue*', 'visite*', 'visité', 'pourparler',
    ] },
    { plover: 'AGREE', patterns: [
      'accord', 'accords', 'sign* .. accord*', 'conclu* .. accord*|trêve*|cessez-le-feu', 'instaur* .. trêve*|cessez-le-feu', 'convenu*', 'accept*', 'entente',
      // Au passif : « le cessez-le-feu a été conclu vendredi ».
      'trêve*|cessez-le-feu ..4 conclu|conclue|conclus|conclues|signé|signée|signés|signées|instauré|instaurée|proclamé|proclamée',
    ] },
    { plover: 'SUPPORT', stative: true, patterns: [
      'soutien', 'soutenu*', 'soutient', 'soutiennent', 'soutenir', 'appui*', 'appuy*', 'salu*', 'félicit*', 'approuv*',
    ] },
    // Ce qu'on fournit va à quelqu'un : « fournir aux Houthis des drones » (« aux » n'est pas ici « des mains de »).
    { plover: 'AID', objectInGap: true, objectMarkers: ['à', 'au', 'aux', "à l'", 'à la'], patterns: [
      'aide humanitaire', 'aid* .. humanitaire*', 'convoi* humanitaire*', 'livr* .. aide|vivres|armes|armements|médicaments|munitions',
      'assistance humanitaire', 'largage* .. vivres|aide', 'aide alimentaire', 'assistance alimentaire', 'distribution* ..3 vivres|nourriture|aide',
      'achemin*|distribu*|apport*|envoy*|envoi*|fourni* ..5 aide|vivres|nourriture|médicaments|secours|ravitaillement',
      // Fournir des armes est une aide militaire, pas une frappe : « fournir aux Houthis les drones et les missiles ».
      'fourni*|livr* ..5 armes|armements|munitions|missile*|drone*|roquette*|obus',
    ] },
    // Ce qui est rejeté vient de son auteur : « rejeté le plan proposé par X », « la proposition de X ».
    { plover: 'REJECT', objectMarkers: ['par', 'émanant de', 'venue de'], patterns: ['rejet*', 'rejeté*', 'rejette*', 'rejeter', 'refus*', 'veto', 'véto', 'boycott*'] },
    // Annoncer qu'on ne participera pas, c'est refuser (« n'a pas participé » ne dit qu'une absence).
    { plover: 'REJECT', refusal: true, patterns: [
      "ne|n' participe|participent|participera|participeront|participerait|participeraient|participerons pas|plus|jamais",
      "n' y participe|participent|participera|participeront|participerait|participeraient pas|plus|jamais",
      'ne prend|prennent|prendra|prendront|prendrait|prendraient pas|plus|jamais part',
    ] },
    { plover: 'THREATEN', patterns: ['menac*', 'menaç*', 'ultimatum'] },
    { plover: 'PROTEST', patterns: [
      'manifestation*', 'manifestant*', 'manifesté', 'manifester', 'manifestent', 'grève*', 'sit-in', 'protest*',
    ] },
    { plover: 'PROTEST', mode: 'riot', patterns: ['émeute*', 'émeutier*'] },
    { plover: 'SANCTION', patterns: [
      'sanction*', 'embargo*', 'gel* .. avoirs', 'expuls* .. diplomat*', 'romp*|rompu .. relations', 'rappel* .. ambassadeur*',
    ] },
    { plover: 'CONCEDE', patterns: [
      'libér* .. otage*|prisonnier*|détenu*', 'relâch*', 'amnisti*', 'échange* de prisonniers', 'concession*',
      'échang* ..4 prisonniers|détenus|otages|dépouilles',
    ] },
    { plover: 'COOPERATE', patterns: ['coopér*', 'collabor*', 'opération* conjointe*'] },
  ],
  notEvents: [
    // « depuis l'attaque », « depuis le début des combats » : le temps d'un fait déjà dit, pas un nouveau.
    "depuis l'|les|ces|cette|cet attaque*|offensive*|assaut*|incursion*|combats|affrontements|frappes|bombardements|attentat*|embuscade*|violences",
    'depuis le|la début|reprise|déclenchement ..2 combats|affrontements|attaque*|offensive*|hostilités|bombardements|frappes|guerre|conflit|violences',
    // « plus de 300 personnes ont été tuées depuis cette date » : un bilan cumulé, pas un fait.
    'tué|tués|tuée|tuées ..4 depuis',
    // « l'administration d'occupation », « les forces d'occupation » : qui elles sont, pas une prise.
    "d' occupation",
    // « la centrale est occupée depuis mars 2022 » : un état qui dure, pas une prise.
    'est|sont|était|étaient|reste|restent|restait|restaient|demeure|demeurent occupé|occupée|occupés|occupées',
    // « ont entendu des explosions » : un témoin d'un fait déjà dit, pas un nouveau.
    'entend|entendent|entendu|entendus|entendre ..4 explosion*|détonation*|tirs', 'entend|entendent|entendu|entendus|entendre ..4 coups de feu',
    // « à la demande du président » dit pour qui l'on agit, pas une demande ; « avec l'appui de la Turquie », comment on a agi.
    'à la demande', "avec|sans l' appui|aide|assistance de|du|des|d'", "grâce à l' appui|aide|assistance de|du|des|d'",
    "avec|sans le soutien|concours de|du|des|d'", "grâce au soutien|concours de|du|des|d'",
    // « les missiles utilisés contre Marib » : une arme décrite par son usage, pas une frappe rapportée.
    'missile*|roquette*|obus ..1 utilisé|utilisés|utilisée|utilisées|employé|employés|employée|employées',
    // « une trêve a réduit les combats », « mettre fin aux affrontements » : des combats qu'on fait cesser ne sont pas rapportés.
    'réduit|réduits|réduire|réduisent|réduisait|réduisaient|diminué|diminuer|limité|limiter ..3 combats|affrontements|violences|hostilités|attaques|frappes|bombardements',
    'fin ..1 aux|des combats|affrontements|violences|hostilités|attaques|frappes|bombardements', 'cessation|arrêt des combats|affrontements|hostilités|frappes|bombardements',
    // « Sa chute permettrait aux forces russes… » : la suite supposée d'un fait à venir, pas un fait.
    'chute|prise|perte|reprise|conquête|capture|offensive|victoire ..1 permettrait|permettraient|ouvrirait|ouvriraient|offrirait|offriraient|signifierait|signifieraient|marquerait|donnerait|priverait',
    // Évacuer des blessés ou des civils n'est pas battre en retraite.
    'évacu* ..2 blessé*|malade*|patient*|civils|habitants|ressortissants|population*|familles|enfants',
  ],
  // « ces frappes », « cet accord » : ce qui a déjà été dit ; « rejeté toute négociation », « aucune attaque » : rien en particulier.
  referring: ['ce', 'cet', 'cette', 'ces', 'tout', 'toute', 'aucun', 'aucune', 'nul', 'nulle'],
  // « a appelé les deux parties à la retenue » : les deux côtés du dernier fait qui les a opposés.
  bothSides: ['les deux camps', 'les deux parties', 'toutes les parties', 'les belligérants', 'les deux belligérants', 'les deux pays', 'les deux armées'],
  // « l'accord prévoit le retrait des troupes » : ce que prévoit un texte n'a pas eu lieu (« prévoit de lancer » est un projet, lu ailleurs).
  provisions: ['prévoit|prévoyait|prévoient|prévoyaient|prévoira|prévoirait|stipule|stipulait|stipulent|stipulaient le|la|les|l\'|un|une|des|notamment'],
  // « qui a toujours rejeté toute négociation » : une position de longue date, pas un fait daté.
  habitual: ['toujours', 'constamment', 'systématiquement', 'régulièrement', 'invariablement'],
  // « n'a pas attaqué », « ne participera pas aux frappes », « n'ont jamais été visés » : rien n'a eu lieu.
  negations: ["ne|n' ..2 pas|plus|jamais|guère|point"],
  // Aussi des subordonnants (chacun ouvre sa proposition).
  hypotheticals: HYPOTHETICALS,
  // Un médiateur n'est pas partie : « conclu sous l'égide de l'ONU », « avec la médiation du Qatar ».
  mediators: [
    "sous l' égide de|du|des|d'", "sous les auspices de|du|des|d'", "avec|sous|grâce à|par la médiation de|du|des|d'",
    "par l' entremise de|du|des|d'", "à la demande de|du|des|d'", "à l' initiative de|du|des|d'",
    'parrainé|parrainée|parrainés|parrainées par',
  ],
  roles: {
    agent: ['par', 'de la part de', 'attribu* à|au|aux', 'imput* à|au|aux'],
    target: ['contre', 'visant', 'ciblant', 'sur'],
    from: ['des mains', 'aux dépens', 'arraché* à', 'au', 'aux'],
    to: ['aux mains', 'entre les mains', 'sous le contrôle'],
    genitive: ['de', 'du', 'des', "d'"],
  },
  purpose: ['pour', 'afin de', "afin d'", 'en vue de', "en vue d'", 'visant à'],
  destination: ['vers', 'en direction de', "en direction d'", "jusqu'à", "jusqu'au", 'à destination de'],
  // « écrit », « conduite », « détruits », « faites » ; pas « yéménites », « chiites », « sunnites » (des adjectifs).
  participle: String.raw`(?:é|ée|és|ées|i|is|ise|ises|u|us|ue|ues|(?<=[adru])(?:it|ite|its|ites))$`,
  reflexives: ['se', "s'"],
  modeCues: {
    aerial: ['aviation', 'avion*', 'drone*', 'hélicoptère*', 'aérien*', 'aérienne*', 'chasseur*', 'bombardier*'],
    shelling: ['artillerie', 'obus', 'roquette*', 'mortier*', 'missile*', 'char', 'chars'],
  },
  passive: ['été', 'est', 'sont', 'était', 'étaient', 'fut', 'furent', 'être', 'soit', 'sera', 'seront', 'avoir été'],
  // « le soutien de la Russie et de l'Iran » : « et de » coordonne aussi.
  coordinators: ['et', ',', 'ainsi que', 'de même que', 'avec', "et de|du|des|d'"],
  subordinators: [
    // « Même si » concède un fait : sa proposition n'est pas une condition.
    'même si', ...HYPOTHETICALS,
    'alors que', 'tandis que', 'bien que', 'lorsque', "lorsqu'", 'quand', 'après que', 'avant que', 'avant de', "avant d'",
    'qui', 'laquelle', 'lequel', 'lesquels', 'lesquelles', 'auquel', 'auxquels', 'dont', 'où', 'ce qui', 'ce que',
    'pendant que', 'parce que', 'puisque', 'mais', 'et que', 'tout en',
    // An apposition of allegiance (", affilié à Al-Qaïda,") describes the noun before it: its names are no actors.
    ', affilié*|lié|liée|liés|liées|allié*|proche|proches|soutenu*|appuyé*|inféodé*|rattaché*',
  ],
  leadingParticiple: String.raw`^(?:(?:en\s+)?(?:s['’]|se\s+)?\p{L}+ant|invitée?s?|interrogée?s?|questionnée?s?|sollicitée?s?|interpellée?s?)(?![\p{L}])`,
  cityAnaphors: ['le site', 'la ville', 'la cité', 'cette ville', 'cette cité', 'la localité', 'la commune', "l' agglomération", 'la bourgade'],
  // Pronoms sujets, et possessifs devant une force (« a affirmé que ses troupes avaient repris »).
  pronouns: ['il', 'elle', 'ils', 'elles', 'ses', 'son', 'sa', 'leurs', 'leur'],
  attributive: {
    participle: String.raw`(?:é|ée|és|ées|i|ie|is|ies|ise|ises|(?<=[adru])(?:it|ite|its|ites))$`,
    auxiliaries: [
      'a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'aura', 'auront', 'avoir', 'ayant', 'eu',
      'est', 'sont', 'était', 'étaient', 'été', 'être', 'sera', 'seront', 'serait', 'seraient', 'soit', 'soient', 'fut', 'furent', 'étant',
    ],
    determiners: [
      'le', 'la', "l'", 'les', 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur',
      'leurs', 'notre', 'nos', 'votre', 'vos', 'quel', 'quelle', 'nouvelle', 'nouvel', 'nouveau', 'nouvelles', 'nouveaux',
    ],
  },
  background: ['avait', 'avaient', 'avais', 'eut', 'eurent', 'était', 'étaient', 'auparavant', 'précédemment', 'jadis', 'naguère'],
  then: ['alors', 'ensuite', "à l' époque", 'à cette époque', 'à ce moment-là', 'dans la foulée'],
  future: [
    'va', 'vont', 'allait', 'allaient', 'sera', 'seront', 'aura', 'auront', 'ira', 'iront', 'fera', 'feront', 'prévoi* de|d\'',
    // Ce qu'on promet est à venir : « Kigali promet des renforts », « il a promis une riposte ».
    'promet', 'promettent', 'promis', 'promettait', 'promettaient', 'promettant', 'promettre',
    's\' apprêt* à', 'envisag* de|d\'', 'projett* de|d\'', 'compt* .. envoyer|lancer|déployer', 'doit|doivent',
  ],
  futureForm: String.raw`^\p{L}{3,}(?:(?<!t)r|ttr)(?:ai|as|a|ons|ez|ont)$`,
  conditionalForm: String.raw`^\p{L}+(?:(?<!t)r|ttr)(?:ais|ait|ions|iez|aient)$`,
  conditional: [],
  conditionalPerfect: ['aurait', 'auraient', 'aurais', 'serait', 'seraient', 'serais'],
};
