import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { isFeed, parseFeed } from '../../src/sources/feed.js';
import { SitrepError } from '../../src/errors.js';

const bytes = (s: string) => new TextEncoder().encode(s);

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Front Line Daily</title><atom:link href="https://daily.example/rss" rel="self"/>
<item><title>Shelling near the river</title><link>https://daily.example/a/1</link><guid isPermaLink="false">fld-1</guid>
  <pubDate>Tue, 04 Mar 2031 23:30:00 -0300</pubDate></item>
<item><title><![CDATA[Talks & truce]]></title><link>/a/2</link><dc:date>2031-03-05T08:00:00Z</dc:date></item>
<item><title>No link here</title><description>just text</description></item>
<item><title>Script link</title><link>javascript:alert(1)</link></item>
<item><title>Bad date</title><link>https://daily.example/a/3</link><pubDate>yesterday-ish</pubDate></item>
<item><title>Shelling again</title><link>https://daily.example/a/1</link><guid isPermaLink="false">fld-1</guid></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<!-- generated -->
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Dépêches</title>
<entry><title>Frappe aérienne</title><id>tag:depeches.example,2031:1</id>
  <link rel="alternate" type="text/html" href="https://depeches.example/2031/frappe"/>
  <link rel="enclosure" href="https://depeches.example/img.jpg"/>
  <published>2031-03-06T10:00:00+01:00</published><updated>2031-03-07T10:00:00Z</updated></entry>
<entry><title>Sans date</title><id>tag:depeches.example,2031:2</id><link href="relative/2"/></entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://old.example/"><title>Old wire</title></channel>
<item rdf:about="https://old.example/story/9"><title>Story</title><link>https://old.example/story/9</link><dc:date>2031-01-02</dc:date></item>
</rdf:RDF>`;

describe('feeds', () => {
  it('reads RSS 2.0 items: guid or link as id, relative links resolved, dates to UTC days, bad items skipped', () => {
    const feed = parseFeed(bytes(RSS), 'https://daily.example/rss');
    expect(feed.kind).toBe('rss');
    expect(feed.title).toBe('Front Line Daily');
    expect(feed.items).toEqual([
      { id: 'fld-1', link: 'https://daily.example/a/1', title: 'Shelling near the river', published: '2031-03-05' },
      { id: 'https://daily.example/a/2', link: 'https://daily.example/a/2', title: 'Talks & truce', published: '2031-03-05' },
      { id: 'https://daily.example/a/3', link: 'https://daily.example/a/3', title: 'Bad date', published: null },
    ]);
    expect(feed.skipped).toEqual(['item 3: no link', 'item 4: link "javascript:alert(1)" is not an http(s) URL']);
  });

  it('reads Atom entries through their alternate link, published before updated', () => {
    const feed = parseFeed(bytes(ATOM), 'https://depeches.example/feed.xml');
    expect(feed.kind).toBe('atom');
    expect(feed.title).toBe('Dépêches');
    expect(feed.items.map((i) => [i.id, i.link, i.published])).toEqual([
      ['tag:depeches.example,2031:1', 'https://depeches.example/2031/frappe', '2031-03-06'],
      ['tag:depeches.example,2031:2', 'https://depeches.example/relative/2', null],
    ]);
  });

  it('reads RSS 1.0 (RDF) and a feed declared in another charset', () => {
    expect(parseFeed(bytes(RDF)).items).toEqual([{ id: 'https://old.example/story/9', link: 'https://old.example/story/9', title: 'Story', published: '2031-01-02' }]);
    const latin1 = iconv.encode(RSS.replace('UTF-8', 'ISO-8859-1').replace('Talks & truce', 'Trêve à Alep'), 'latin1');
    expect(parseFeed(latin1, 'https://daily.example/rss').items[1]?.title).toBe('Trêve à Alep');
  });

  it('recognises a feed by its root element, whatever it was served as', () => {
    expect(isFeed(bytes(RSS))).toBe(true);
    expect(isFeed(bytes(ATOM))).toBe(true);
    expect(isFeed(bytes(RDF))).toBe(true);
    expect(isFeed(bytes('<!DOCTYPE html><html><body><p>rss feed here</p></body></html>'))).toBe(false);
    expect(isFeed(bytes('The <rss> element is described below.'))).toBe(false);
  });

  it('refuses what is not a well-formed feed with SITREP_E_FEED', () => {
    const refused = (text: string) => {
      try {
        parseFeed(bytes(text));
      } catch (error) {
        return error instanceof SitrepError ? error.code : 'other';
      }
      return 'parsed';
    };
    expect(refused('<rss><channel><item><link>https://x.example/</link></channel></rss>')).toBe('SITREP_E_FEED');
    expect(refused('<?xml version="1.0"?><html><body/></html>')).toBe('SITREP_E_FEED');
    expect(refused('not xml at all')).toBe('SITREP_E_FEED');
  });
});
