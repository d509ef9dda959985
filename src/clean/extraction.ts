// What an extractor (HTML or flattened text) hands to the article assembler.
import type { BlockKind, Removed } from '../model/reading.js';

export interface DraftBlock {
  kind: BlockKind;
  text: string;
}

export interface Extraction {
  readonly title: string | null;
  /** Kept blocks in reading order; the first is the title when there is one. */
  readonly blocks: DraftBlock[];
  readonly removed: Removed[];
  readonly authors: string[];
  /** YYYY-MM-DD, from the page's metadata or visible dateline. */
  readonly published: string | null;
  /** The cascade step that produced the text. */
  readonly extractor: string;
  readonly site: string | null;
  /** The language the page declares (<html lang>), a hint only. */
  readonly htmlLang: string | null;
}
