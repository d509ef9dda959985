import type { ExtractLexicon } from '../../clean/lexicon.js';

// Site furniture in languages that have no pack yet (German, Spanish, Portuguese, Italian,
// Polish). Sitrep reads only fr and en, but it cleans every page before it knows the language,
// and multilingual sites carry these lines beside French or English text. A language that gets
// its own pack takes its lines from here into the pack's `extract`.
export const otherLanguagesFurniture: Pick<ExtractLexicon, 'furniture' | 'furniturePrefixes' | 'teaserMarkers' | 'tailMarkers' | 'creditCues' | 'authorJoiners'> = {
  furniture: [
    // de
    'zur person', 'kontakt', 'weitere informationen', 'mehr informationen', 'teilen', 'artikel teilen',
    'diesen artikel teilen', 'möchten sie den artikel teilen', 'war der artikel nützlich', 'war dieser artikel hilfreich',
    'drucken', 'artikel drucken', 'keine kommentare', 'anzeige', 'werbung', 'inhaltsverzeichnis', 'von',
    'quellen ausblenden', 'quellen anzeigen', 'externer inhalt', 'zusatzinformationen', 'nächster artikel',
    'vorheriger artikel', 'noch keine bewertungen', 'jetzt abonnieren', 'startseite', 'nach oben', 'impressum',
    'datenschutz', 'datenschutzerklärung', 'alle akzeptieren', 'mehr anzeigen', 'mehr laden', 'schlagworte',
    // es, pt, it, pl
    'compartir', 'publicidad', 'compartilhar', 'publicidade', 'condividi', 'pubblicità', 'drukuj', 'udostępnij', 'reklama',
  ],
  furniturePrefixes: [
    // de: photo credits, advertising labels (required by German law), embeds, page stamps
    'foto:', 'fotos:', 'bild:', 'titelbild:', 'beitragsbild:', 'abbildung:', 'anzeige:', 'anzeige,', 'anzeige |', 'werbung:',
    '*werbung', 'dieser beitrag enthält werbung', 'wir respektieren deine privatsphäre', 'wir respektieren ihre privatsphäre',
    'klicken sie auf den unteren button', 'video verfügbar bis', 'stand:', 'letzte aktualisierung am', 'erstellt am',
    'der beitrag wurde am', 'verpasse keine', 'newsletter abonnieren', 'jetzt newsletter',
  ],
  teaserMarkers: [
    // de
    'lesen sie auch', 'lesen sie auch die folgenden beiträge', 'lies auch', 'das könnte sie auch interessieren',
    'das könnte dich auch interessieren', 'das thema könnte dich auch interessieren', 'auch interessant', 'mehr zum thema',
    'mehr themen', 'weitere artikel', 'weitere beiträge', 'verwandte beiträge', 'verwandte artikel', 'ähnliche beiträge',
    'ähnliche artikel', 'schon gelesen', 'empfehlungen der redaktion', 'meistgelesen', 'meistgelesene artikel',
    'neueste beiträge', 'zum weiterlesen', 'weiterlesen',
    // es, pt, it, pl
    'artículos relacionados', 'noticias relacionadas', 'te puede interesar', 'lee también', 'ver también', 'más noticias',
    'veja também', 'leia também', 'leia mais', 'notícias relacionadas', 'leggi anche', 'articoli correlati',
    'czytaj także', 'czytaj też', 'zobacz też', 'zobacz także',
  ],
  creditCues: ['foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'fotografía', 'zdjęcie'],
  tailMarkers: [
    'über den autor', 'über die autorin', 'kommentare', 'kommentieren', 'kommentar schreiben', 'kommentare schreiben',
    'schreibe einen kommentar', 'hinterlasse einen kommentar', 'comentarios', 'deja un comentario', 'comentários',
    'deixe um comentário', 'commenti', 'lascia un commento', 'komentarze',
  ],
  // de; da, no. Not es 'y', which compound surnames carry ("Ortega y Gasset").
  authorJoiners: ['und', 'og'],
};
