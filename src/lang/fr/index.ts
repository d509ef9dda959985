// French: the data files of this folder assembled into one frozen pack.
import type { LanguagePack } from '../types.js';
import { tokens } from './tokens.js';
import { places } from './places.js';
import { extract } from './extract.js';
import { dates } from './dates.js';
import { numbers } from './numbers.js';
import { figures } from './figures.js';
import { actors } from './actors.js';
import { quotes } from './quotes.js';
import { events } from './events.js';
import { claims } from './claims.js';

export const fr: LanguagePack = Object.freeze({
  code: 'fr',
  iso6393: 'fra',
  name: 'French',
  tokens,
  places,
  extract,
  dates,
  numbers,
  figures,
  actors,
  quotes,
  events,
  claims,
});
