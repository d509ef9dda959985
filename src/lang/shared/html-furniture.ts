// Markup vocabulary of page furniture, shared by sites in every language: class and id
// fragments, roles and itemprops. Read by src/clean/html-content.ts.

/** class/id fragments of blocks that are not the article: removed unless a content pattern also matches. */
export const furnitureClass =
  /(^|[-_\s])(ad|ads|adv|advert|advertising|advertisement|banner|breadcrumbs?|combx|comments?|comment-list|commentaire?s?|community|cookies?|consent|disqus|donate|extra|footer|foot|gdpr|header|masthead|menu|meta|modal|more-stories|nav|navbar|navigation|newsletter|outbrain|pager|pagination|popup|promo|promotion|recirc|recommend|recommended|related|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|sponsored|subscribe|subscription|taboola|tags|teaser|toolbar|tools|widget|read-more|readmore|most-read|most-popular|popular|trending|signup|login|author-bio|jump|(?<!overflow[-_])hidden|print-only|visually-hidden|sr-only|caption-credit|byline|dateline|timestamp|published|updated|tag-list|topics|keywords|abo|abonnement|inline-related|newsletter-signup|also-read|lire-aussi|a-lire|voir-aussi|zum-thema|mehr-zum-thema|verwandte)([-_\s]|\d|$)/i;

/** class/id fragments of furniture that no template uses for an article: pruned even in the lenient reading. */
export const commentClass = /(^|[-_\s])(comments?|comment-list|commentlist|commentaires?|disqus|replies|respond|cookies?|consent|gdpr)([-_\s]|\d|$)/i;

/** class/id fragments of blog and CMS widgets (share, like, related-post and author boxes) that win even over a content name beside them ("entry-author-info", "author-box--content"). */
export const widgetClass =
  /(^|[-_\s])(sharedaddy|relatedposts|jp-relatedposts|crp_related|post-flair|jp-post-flair|likes-widget|explore|yarpp-related|author-box|authorbox|author-info|author-description|about-author|about-the-author|author-profile)([-_\s]|\d|$)/i;

/** class/id fragments that mark the article itself; they outweigh a furniture match. */
export const contentClass =
  /(^|[-_\s])(article|articlebody|article-body|article-content|article-text|articletext|body|content|entry|entry-content|main|post|post-body|post-content|story|story-body|storycontent|text|blog|richtext|rich-text|prose|paywall-content|live|liveblog|live-blog|liveticker)([-_\s]|\d|$)/i;

/** class/id fragments of an article's lede or standfirst, which templates often put in the header, apart from the body. */
export const leadClass =
  /(^|[-_\s])(lead|lede|intro|introduction|chapo|chapeau|standfirst|summary|abstract|excerpt|subtitle|sub-title|subheadline|subhead|dek|deck|strapline|teaser-text|teaser)([-_\s]|\d|$)/i;

/** class/id fragments of media beside a lede ("lead-image", "intro-video"): their text is a caption. */
export const mediaClass = /(image|img|photo|picture|figure|media|video|gallery|caption|credit|art\b)/i;

/** Tags that never hold article text. */
export const droppedTags = new Set([
  'script', 'style', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'button', 'input', 'select', 'textarea', 'label', 'nav', 'footer', 'aside', 'menu', 'dialog', 'head', 'title',
  'link', 'meta', 'map', 'picture', 'img', 'source',
]);

/** ARIA roles of furniture. */
export const furnitureRoles = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'alert', 'button', 'tablist',
]);

/** schema.org itemprops and markers of the article body. */
export const bodyItemprops = new Set(['articlebody', 'text', 'reviewbody', 'description-body']);
