import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../lib/atomic-file';
import { getContent } from '../../lib/content';
import { cardCodeHash, renderCard } from '../../lib/publish/social-card-image';
import { cardKey, socialCards, type SocialCard } from '../../lib/publish/social-cards';
import type { PostbuildStep } from '../postbuild';
import { outPath } from './out-path';

/**
 * Writes the social cards (lib/publish/social-cards.ts) into out/. Each is drawn once and kept in
 * the cache folder under a hash of what it shows and of the code and fonts that draw it, so a
 * rebuild draws only the cards of new or changed pages.
 */
export async function writeSocialCards(cards: readonly SocialCard[], cacheDir: string, outDir: string): Promise<{ made: number; reused: number }> {
  mkdirSync(cacheDir, { recursive: true });
  const codeHash = cardCodeHash();
  let made = 0;
  let reused = 0;
  for (const card of cards) {
    const cached = path.join(cacheDir, `${cardKey(card.input, codeHash)}.png`);
    if (existsSync(cached)) reused++;
    else {
      writeFileAtomic(cached, await renderCard(card.input));
      made++;
    }
    const target = outPath(outDir, card.path.slice(1));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(cached, target);
  }
  return { made, reused };
}

export const socialCardsStep: PostbuildStep = {
  name: 'social cards',
  async run(outDir) {
    const { made, reused } = await writeSocialCards(socialCards({ ...getContent(), posts: getContent().published }), path.resolve('.cache', 'social-cards'), outDir);
    console.log(`postbuild: ${made} social cards drawn, ${reused} from .cache/social-cards/`);
  },
};
