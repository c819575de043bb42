/**
 * The page's main content: of the blocks a scan found, those that stand where the
 * paper most surely is (the publication's text on officielebekendmakingen, else the
 * page's main content or article, else the whole page), without site chrome.
 *
 * @module
 */
import type { RawBlock } from './page.ts';

/**
 * Keep the blocks of the highest content rank found, without navigation, headers and
 * footers of the site.
 *
 * @example
 * mainContent(scanPage(html).blocks).map((b) => b.text);
 */
export function mainContent(blocks: readonly RawBlock[]): RawBlock[] {
  let best = 0;
  for (const block of blocks) if (!block.chrome && block.rank > best) best = block.rank;
  return blocks.filter((block) => !block.chrome && block.rank === best);
}
