import { describePlaceLexicon } from '../place-lexicon.js';

describePlaceLexicon('en');
