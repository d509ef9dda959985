import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/clean/extract.js';
import { boundNesting } from '../../src/clean/dom.js';

const page = (html: string, extra: Partial<{ url: string; contentType: string }> = {}) =>
  extractArticle({ origin: 't', url: extra.url ?? null, file: null, bytes: Buffer.from(html), contentType: extra.contentType ?? null, published: null });

const para = (s: string) => `<p>${s} ${'The convoy moved along the coastal road, escorted by armoured vehicles, while residents watched from their balconies. '.repeat(2)}</p>`;

const NEWS = `<!doctype html><html lang="en"><head><title>Ceasefire holds in port city | The Daily Example</title>
<meta property="og:title" content="Ceasefire holds in port city">
<meta property="article:published_time" content="2024-03-07T09:15:00+01:00">
<meta name="author" content="Jane Doe">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ceasefire holds in port city","datePublished":"2024-03-06T22:00:00Z","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Omar Haddad"}]}</script>
</head><body>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience.</div>
<main><article>
<h1>Ceasefire holds in port city</h1>
<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a></div>
${para('The ceasefire agreed on Tuesday held through the night, officials said.')}
<h2>Aid convoys enter</h2>
${para('Aid agencies said the first trucks had reached the northern districts.')}
<ul><li>Water and food for 20,000 people</li><li>Medical supplies for two hospitals</li></ul>
<blockquote>We have not seen a quiet night like this in months.</blockquote>
${para('Negotiators are expected to meet again next week in the capital.')}
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Earlier clashes in the port</a></li><li><a href="/b">Who controls the coast</a></li></ul></aside>
</article>
<section id="comments"><h3>Comments</h3><p>This is a great article, thanks for writing it, I fully agree with everything.</p></section>
</main>
<footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>
</body></html>`;

describe('extractArticle on HTML', () => {
  const a = page(NEWS, { url: 'https://www.example.com/world/ceasefire' });

  it('keeps the title, headings, paragraphs, lists and quotes in order', () => {
    expect(a.extractor).toMatch(/^html-/);
    expect(a.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'heading', 'paragraph', 'list', 'quote', 'paragraph']);
    expect(a.blocks[0]).toEqual({ kind: 'title', text: 'Ceasefire holds in port city', start: 0, end: 28 });
    for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(b.text);
    expect(a.blocks[4].text).toBe('Water and food for 20,000 people\nMedical supplies for two hospitals');
  });

  it('removes navigation, share bars, related links, comments, cookie banners and footers', () => {
    for (const junk of ['Home', 'Share on Facebook', 'Earlier clashes', 'great article', 'We use cookies', 'All rights reserved']) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('reads JSON-LD before meta tags for the date and authors', () => {
    expect(a.published).toBe('2024-03-06');
    expect(a.publishedBasis).toBe('metadata');
    expect(a.authors).toEqual(['Jane Doe', 'Omar Haddad']);
    expect(a.lang).toBe('en');
    expect(a.site).toBe('example.com');
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('falls back to article:published_time, then to a <time> element', () => {
    const meta = page(NEWS.replace(/<script type="application\/ld\+json">.*?<\/script>/s, ''));
    expect(meta.published).toBe('2024-03-07');
    expect(meta.authors).toEqual(['Jane Doe']);
    const timed = page(`<html><body><article><time datetime="2023-11-02T08:00">2 Nov</time>${para('Shelling resumed at dawn.')}</article></body></html>`);
    expect(timed.published).toBe('2023-11-02');
  });

  it('reads authors that metadata lists in one field, with initials or as a slug', () => {
    const authored = (author: string) => page(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Port reopens","author":${JSON.stringify(author)}}</script></head><body><article>${para('Shelling resumed at dawn.')}</article></body></html>`).authors;
    expect(authored('Jane Doe, Omar Haddad and Ann Poe')).toEqual(['Jane Doe', 'Omar Haddad', 'Ann Poe']);
    expect(authored('Jean Dupont et Marie Curie')).toEqual(['Jean Dupont', 'Marie Curie']);
    expect(authored('Anna Berger und Lukas Weiss')).toEqual(['Anna Berger', 'Lukas Weiss']);
    // A comma alone may turn a name round.
    expect(authored('Doe, Jane')).toEqual(['Doe, Jane']);
    expect(authored('Anna Berger (abe)')).toEqual(['Anna Berger']);
    expect(authored('omar-haddad')).toEqual(['Omar Haddad']);
    expect(authored('t-online')).toEqual(['t-online']);
  });

  it("resolves a JSON-LD author given as an @id reference to the person's node", () => {
    const graph = { '@graph': [
      { '@type': 'NewsArticle', headline: 'Port reopens', author: { '@id': 'https://example.com/#/person/1' } },
      { '@type': 'Person', '@id': 'https://example.com/#/person/1', name: 'Omar Haddad' },
    ] };
    expect(page(`<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script></head><body><article>${para('Shelling resumed at dawn.')}</article></body></html>`).authors).toEqual(['Omar Haddad']);
  });

  it('reads the date and author of a JSON-LD WebPage when no article node is declared', () => {
    const graph = { '@graph': [
      { '@type': 'WebPage', name: 'Port reopens', datePublished: '2023-11-15T17:00:00+00:00', author: { '@id': '#p' } },
      { '@type': 'Person', '@id': '#p', name: 'Ann Poe' },
    ] };
    const a = page(`<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script></head><body><article>${para('Shelling resumed at dawn.')}</article></body></html>`);
    expect(a.authors).toEqual(['Ann Poe']);
    expect(a.published).toBe('2023-11-15');
  });

  it("reads a fact-check page's ClaimReview, not the date of the claim it reviews", () => {
    const review = { '@type': 'ClaimReview', datePublished: '2026-05-13 15:44', itemReviewed: { '@type': 'Claim', datePublished: '2026-05-07' }, author: { '@type': 'Organization', name: 'AFP' } };
    const a = page(`<html><head><script type="application/ld+json">${JSON.stringify(review)}</script></head><body><article>${para('The video does not show what it claims.')}</article></body></html>`);
    expect(a.published).toBe('2026-05-13');
  });

  it('reads the author of a labelled "Written by" pair, in either of its forms, and not another label', () => {
    const labelled = (meta: string) => page(`<html><head>${meta}</head><body><article>${para('Shelling resumed at dawn.')}</article></body></html>`).authors;
    expect(labelled('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">')).toEqual(['Jane Doe']);
    expect(labelled('<meta name="twitter:label1" content="Écrit par"><meta name="twitter:data1" content="Jean Dupont">')).toEqual(['Jean Dupont']);
    expect(labelled('<meta name="twitter:misc:Written by" content="Jane Doe">')).toEqual(['Jane Doe']);
    expect(labelled('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">')).toEqual([]);
  });

  it('reads article:published:time, a spelling some templates use', () => {
    expect(page(`<html><head><meta property="article:published:time" content="2024-10-23T15:48:15+00:00"></head><body><article>${para('Shelling resumed at dawn.')}</article></body></html>`).published).toBe('2024-10-23');
  });

  it('reads a visible French dateline and byline when the metadata is silent', () => {
    const fr = page(`<html><body><article><h1>Reprise des combats au nord de la ville</h1><p>Par Jean Dupont</p><p>Mis à jour le 5 mai 2023 à 14 h 30</p>
      <p>Les combats ont repris dans la nuit de jeudi à vendredi, selon plusieurs témoins joints par téléphone, qui décrivent des tirs nourris.</p>
      <p>Les habitants ont fui vers le sud, où des camps de fortune ont été installés, a indiqué une organisation humanitaire locale.</p></article></body></html>`);
    expect(fr.published).toBe('2023-05-05');
    expect(fr.authors).toEqual(['Jean Dupont']);
    expect(fr.lang).toBe('fr');
    expect(fr.text).not.toContain('Mis à jour');
    expect(fr.title).toBe('Reprise des combats au nord de la ville');
  });

  it('gives an empty article, not an error, for truncated or empty HTML, in bounded time', () => {
    const t0 = Date.now();
    const cut = page(NEWS.slice(0, 1400));
    expect(cut.title).toBe('Ceasefire holds in port city');
    const deep = page('<div>'.repeat(10_000) + 'deep text' + '</div>'.repeat(10));
    expect(deep.blocks.length).toBeLessThanOrEqual(1);
    const blank = page('<html><body></body></html>');
    expect(blank.text).toBe('');
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  describe('title choice', () => {
    const titled = (head: string, h1: string) =>
      page(`<html><head>${head}</head><body><article><h1>${h1}</h1>${para('Shelling resumed at dawn.')}</article></body></html>`).title;
    const ld = (headline: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}"}</script>`;

    it('takes the visible <h1> over a JSON-LD headline when og:title says the same', () => {
      expect(titled(`${ld('Talks resume after a night of shelling')}<meta property="og:title" content="Talks resume in the capital">`, 'Talks resume in the capital')).toBe('Talks resume in the capital');
    });

    it('drops a kicker that only some candidates carry', () => {
      expect(titled(`${ld('Border crisis: Two crossings reopen to trucks')}<meta property="og:title" content="Two crossings reopen to trucks">`, 'Border crisis: Two crossings reopen to trucks')).toBe('Two crossings reopen to trucks');
      // Only the <h1> is bare: the declared titles, kicker included, decide.
      expect(titled(`${ld('Crise à la frontière - Deux points de passage rouverts')}<meta property="og:title" content="Crise à la frontière - Deux points de passage rouverts">`, 'Deux points de passage rouverts')).toBe('Crise à la frontière - Deux points de passage rouverts');
    });

    it('spells the title as the metadata does when the <h1> says the same words', () => {
      expect(titled('<meta property="og:title" content="The mayor\'s convoy reaches the port | Daily Example"><meta property="og:site_name" content="Daily Example">', 'The mayor’s convoy reaches the port')).toBe("The mayor's convoy reaches the port");
    });

    it('takes og:title over an <h1> worded otherwise when there is no JSON-LD headline, and the <h1> that shows it without a tail', () => {
      expect(titled('<meta property="og:title" content="The mayor\'s convoy turns back">', 'The mayor’s convoy reaches the port')).toBe("The mayor's convoy turns back");
      // The site's name, unknown to the metadata, is what the <h1> leaves out.
      expect(titled('<meta property="og:title" content="Bridge reopens to traffic - The Valley Courier">', 'Bridge reopens to traffic')).toBe('Bridge reopens to traffic');
    });

    const headed = (head: string, body: string) => page(`<html><head>${head}</head><body>${body}<article>${para('Shelling resumed at dawn.')}</article></body></html>`).title;

    it("reads the article header's heading, not a breadcrumb's <h1>", () => {
      const head = `${ld('Talks resume after a night of shelling')}<meta property="og:title" content="Talks resume in the capital">`;
      const crumbs = '<nav><ol class="breadcrumbs"><li><a href="/">Home</a></li><li><h1>Talks resume in the capital</h1></li></ol></nav>';
      expect(headed(head, `${crumbs}<header><hgroup><p>Diplomacy</p><h2>Talks resume after a night of shelling</h2></hgroup></header>`)).toBe('Talks resume after a night of shelling');
      expect(headed(head, `${crumbs}<div class="article-head"><h2>Talks resume after a night of shelling</h2></div>`)).toBe('Talks resume after a night of shelling');
    });

    it('keeps the spelling of the declared title that the header shows', () => {
      const head = `${ld('Port city - Two cranes destroyed overnight')}<meta property="og:title" content="Port city: Two cranes destroyed overnight">`;
      expect(headed(head, '<header><h2><span>Port city</span> <span>Two cranes destroyed overnight</span></h2></header>')).toBe('Port city: Two cranes destroyed overnight');
    });

    it('reads a <meta name="headline"> as the headline', () => {
      expect(titled('<meta name="headline" content="Two crossings reopen to trucks"><meta property="og:title" content="Border news: trucks roll again">', 'Two crossings reopen to trucks')).toBe('Two crossings reopen to trucks');
    });

    it('takes the headline part of a heading that shows a kicker beside it', () => {
      const head = `${ld('Second round of talks in the capital')}<meta property="og:title" content="Negotiators meet again">`;
      const crumb = '<div class="crumb-trail"><h1>Second round of talks in the capital</h1></div>';
      expect(headed(head, `${crumb}<header><h2><span>Ceasefire</span><span>Negotiators meet again</span></h2></header>`)).toBe('Negotiators meet again');
    });

    it('spells the title as the heading does when the declared titles differ only in their quotation marks', () => {
      const head = `${ld('Port to fight &#8216;illogical&#8217; tariffs')}<meta property="og:title" content="Port to fight 'illogical' tariffs">`;
      expect(titled(head, 'Port to fight ‘illogical’ tariffs')).toBe('Port to fight ‘illogical’ tariffs');
      // A declared title that drops the quotes is worded otherwise: the order of trust decides.
      const dropped = `${ld('&quot;Illogical tariffs&quot; at the port')}<meta property="og:title" content="Illogical tariffs at the port">`;
      expect(titled(dropped, '"Illogical tariffs" at the port')).toBe('Illogical tariffs at the port');
    });

    it('takes the declared title that the other repeats with words added inside or after it', () => {
      const long = 'Rebels shell the port city overnight as talks stall';
      expect(titled(`${ld(long)}<meta property="og:title" content="Rebels shell the port city">`, long)).toBe('Rebels shell the port city');
      const inside = 'Rebels shell the northern port city';
      expect(titled(`${ld('Rebels shell the port city')}<meta property="og:title" content="${inside}">`, inside)).toBe('Rebels shell the port city');
      // Words added before it: a lead-in the <h1> shows, not a trim.
      const lead = 'Overnight, rebels shell the port city';
      expect(titled(`${ld(lead)}<meta property="og:title" content="Rebels shell the port city">`, lead)).toBe(lead);
      // A shorter twin that may be a truncation: cut at an ellipsis, or of a title longer than search engines show.
      expect(titled(`${ld('Rebels shell the port city…')}<meta property="og:title" content="${long}">`, long)).toBe(long);
      const longer = `${long} while aid convoys wait at the northern checkpoint for a second week`;
      expect(titled(`${ld('Rebels shell the port city overnight as talks stall while aid')}<meta property="og:title" content="${longer}">`, longer)).toBe(longer);
    });

    it('drops the heading atop the body when it repeats another declared wording of the title', () => {
      const long = 'Rebels shell the port city overnight as talks stall';
      const a = page(`<html><head>${ld(long)}<meta property="og:title" content="Rebels shell the port city"></head><body><article><h1>${long}</h1>${para('Shelling resumed at dawn.')}</article></body></html>`);
      expect(a.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph']);
    });

    it('keeps the JSON-LD headline, entities decoded, when nothing agrees', () => {
      expect(titled(`${ld('L&#039;arm&eacute;e se retire du port')}<meta property="og:title" content="Retrait de l'armée">`, 'Un port sans soldats')).toBe("L'armée se retire du port");
    });
  });
});

describe('where templates put the article', () => {
  const body = (s: string) => `<div class="story-body">${para(s)}${para('The governor said repairs would take weeks.')}</div>`;

  it('keeps a standfirst set apart in the header, before the body, and not a photo caption', () => {
    const a = page(`<html><body><article><header><h1>Bridge reopens after strikes</h1>
      <p class="standfirst">Engineers finished the temporary span two days ahead of schedule, officials said.</p></header>
      ${body('Traffic resumed across the river on Monday morning.')}</article></body></html>`);
    expect(a.blocks[1]).toMatchObject({ kind: 'paragraph', text: 'Engineers finished the temporary span two days ahead of schedule, officials said.' });
    const captioned = page(`<html><body><article><div class="article-lead"><figure><img src="x.jpg"><figcaption>Workers on the bridge in March.</figcaption></figure></div>
      ${body('Traffic resumed across the river on Monday morning.')}</article></body></html>`);
    expect(captioned.text).not.toContain('Workers on the bridge');
  });

  it('does not prune an article that an unclosed banner or a furniture-named wrapper encloses', () => {
    const unclosed = page(`<html><body><header role="banner"><a href="/">Home</a><main>${body('Shelling resumed at dawn in the southern districts.')}</main></body></html>`);
    expect(unclosed.text).toContain('Shelling resumed at dawn');
    const wrapped = page(`<html><body><div class="above-footer"><div class="post">${para('Shelling resumed at dawn in the southern districts.')}${para('Residents fled towards the coast.')}${para('The army denied any involvement.')}</div></div>
      <div class="menu"><a href="/a">World</a> <a href="/b">Sport</a></div></body></html>`);
    expect(wrapped.text).toContain('Residents fled towards the coast');
    expect(wrapped.text).not.toContain('Sport');
  });

  it('reads a short post without the long comment thread below it', () => {
    const comment = (s: string) => `<li class="comment"><div class="comment-body">${para(s)}</div></li>`;
    const a = page(`<html><body><div class="post"><h1>Open thread</h1>${para('Ask your questions about the ceasefire monitoring here.')}</div>
      <ol class="comment-list">${comment('First question about the monitors.')}${comment('Second question about the monitors.')}${comment('Third question.')}</ol></body></html>`);
    expect(a.text).toContain('Ask your questions');
    expect(a.text).not.toContain('question about the monitors');
  });

  it('falls back to the JSON-LD articleBody when the page draws its text with scripts', () => {
    const story = 'Talks resumed in Geneva on Friday.\nBoth delegations agreed to a prisoner exchange. '.repeat(5);
    const a = page(`<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Talks resume in Geneva', articleBody: story })}</script></head>
      <body><div id="app">Loading…</div></body></html>`);
    expect(a.extractor).toBe('json-ld');
    expect(a.text).toContain('Both delegations agreed to a prisoner exchange.');
    expect(page(NEWS).extractor).toMatch(/^html-/);
  });

  it('reads every column of a page builder, not only the best-scoring one, and not a lone sidebar block', () => {
    const col = (s: string) => `<div class="col"><div class="text-block">${para(s)}</div></div>`;
    const a = page(`<html><body><div class="page"><div class="row">${col('The first column describes the siege of the town.')}${col('The second column lists the relief convoys.')}</div>
      <div class="row">${col('The third column quotes the mayor on the shortages.')}</div></div></body></html>`);
    for (const s of ['siege of the town', 'relief convoys', 'mayor on the shortages']) expect(a.text).toContain(s);
    const single = page(`<html><body><div class="wrap"><div class="story">${para('Shelling resumed at dawn in the southern districts.')}${para('Residents fled towards the coast.')}${para('The army denied any involvement.')}</div>
      <div class="box"><p>Short note about the weather today.</p></div></div></body></html>`);
    expect(single.text).toContain('The army denied any involvement');
    expect(single.text).not.toContain('weather today');
  });

  it('drops the heading of a block of links that was dropped, and keeps headings over text', () => {
    const a = page(`<html><body><article><h2>What happened</h2>${para('Shelling resumed at dawn in the southern districts.')}
      <h2>Background</h2><h3>The front line</h3>${para('The town changed hands twice last year.')}
      <h3>Across the region</h3><ul><li><a href="/a">Earlier clashes in the port city</a></li><li><a href="/b">Who controls the coast road now</a></li></ul></article></body></html>`);
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(['What happened', 'Background', 'The front line']);
    expect(a.removed).toContainEqual({ text: 'Across the region', reason: 'orphan-heading' });
  });

  it('reads a page that never closes <head> nor opens <body>, as a browser does', () => {
    const a = page(`<html><head><title>Bridge reopens</title><meta charset="utf-8"><div class="container"><div class="story">${para('Traffic resumed across the river on Monday morning.')}${para('The governor said repairs would take weeks.')}</div></div></html>`);
    expect(a.text).toContain('Traffic resumed across the river');
    expect(a.text).toContain('repairs would take weeks');
  });

  it('does not take a CSS utility class such as "overflow-hidden" for hidden text', () => {
    const a = page(`<html><body><div class="box overflow-hidden"><div class="story">${para('Shelling resumed at dawn in the southern districts.')}${para('Residents fled towards the coast.')}</div></div>
      <div class="hidden">Hidden promotional text that the page never shows to its readers.</div></body></html>`);
    expect(a.text).toContain('Residents fled towards the coast');
    expect(a.text).not.toContain('Hidden promotional text');
  });

  it('removes furniture lines of languages without a pack: an author box, a run of teasers, an advertising label', () => {
    const a = page(`<html><body><article>${para('Die Waffenruhe hielt in der Nacht, sagten die Behörden.')}<p>Anzeige</p>${para('Die Hilfskonvois erreichten am Morgen die nördlichen Bezirke.')}
      <p>Lesen Sie auch</p><p>Kämpfe im Hafen</p><p>Wer kontrolliert die Küste?</p>${para('Die Unterhändler wollen sich nächste Woche wieder treffen.')}
      <h3>Über den Autor</h3><p>Max Muster schreibt seit 2010 über den Nahen Osten und lebt in Beirut, wo er für mehrere Zeitungen arbeitet.</p></article></body></html>`);
    expect(a.text).toContain('Die Unterhändler wollen sich');
    for (const s of ['Anzeige', 'Lesen Sie auch', 'Kämpfe im Hafen', 'Über den Autor', 'Max Muster']) expect(a.text).not.toContain(s);
  });

  it('drops a caption outside its <figure> by the credit it ends with, and keeps prose that names a photo', () => {
    const a = page(`<html><body><article>${para('Shelling resumed at dawn in the southern districts.')}<p>The minister on Tuesday, photo: Government archives</p>
      <p>Residents leave the port (© AFP / Jane Doe)</p>${para('A photo of the convoy was shared widely on Tuesday.')}</article></body></html>`);
    expect(a.text).toContain('A photo of the convoy was shared widely');
    expect(a.text).not.toContain('Government archives');
    expect(a.text).not.toContain('Jane Doe');
    expect(a.removed).toContainEqual({ text: 'The minister on Tuesday, photo: Government archives', reason: 'caption' });
  });

  it('drops the author box under a short article', () => {
    const a = page(`<html><body><article><div class="entry">${para('Shelling resumed at dawn in the southern districts.')}</div>
      <div class="entry-author-info"><p>Jane Doe has covered the region since 2012, reporting from Beirut, Amman and Baghdad for several newspapers, and teaches journalism.</p></div></article></body></html>`);
    expect(a.text).toContain('Shelling resumed at dawn');
    expect(a.text).not.toContain('has covered the region');
  });

  it('takes soft hyphens out of the text', () => {
    expect(page(`<html><body><article>${para('Die Waf&shy;fen&shy;ru&shy;he hielt in der Nacht.')}</article></body></html>`).text).toContain('Die Waffenruhe hielt');
  });

  it('reads a page made of one huge element or one huge line in bounded time', () => {
    const t0 = process.cpuUsage();
    expect(page(`<div class="${'x'.repeat(200_000)}">hi</div>`).text).toBe('');
    expect(page(`${'x'.repeat(200_000)}\n\nEnd.`).blocks.length).toBeLessThanOrEqual(2);
    const { user, system } = process.cpuUsage(t0);
    expect((user + system) / 1000).toBeLessThan(3000);
  });
});

describe('boundNesting', () => {
  it('cuts a page where elements nest past a thousand levels, and leaves ordinary pages whole', () => {
    expect(boundNesting(NEWS)).toBe(NEWS);
    const script = '<script>for (let i = 0; i<n; i++) { a<b; }</script>';
    expect(boundNesting(`<div>${script}${'<p>x'.repeat(3000)}</div>`)).toHaveLength(`<div>${script}${'<p>x'.repeat(3000)}</div>`.length);
    const hostile = '<div>'.repeat(50_000) + 'deep';
    expect(boundNesting(hostile).length).toBeLessThanOrEqual(5 * 1000);
  });
});

describe('a headline shown behind two different kickers', () => {
  const titled = (og: string, h1: string) =>
    page(`<html><head><meta property="og:title" content="${og}"></head><body><article><h1>${h1}</h1>${para('Shelling resumed at dawn.')}</article></body></html>`).title;

  it('is the part that the <h1> and og:title share', () => {
    expect(titled('Attack on the port: «We will rebuild the docks»', 'Escalation in the south - «We will rebuild the docks»')).toBe('«We will rebuild the docks»');
  });

  it('keeps the kicker when both show the same one', () => {
    expect(titled('Port city: Two cranes destroyed overnight', 'Port city : Two cranes destroyed overnight')).toMatch(/^Port city ?: Two cranes destroyed overnight$/);
  });
});
