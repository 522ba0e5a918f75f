import { describe, expect, it } from 'vitest';
import { cardCodeHash, renderCard, titleSize } from './social-card-image';
import { imageSize } from 'image-size';

describe('drawing a social card', () => {
  it('gives a 1200 × 630 PNG', async () => {
    const png = await renderCard({ kicker: 'Article', title: 'Un titre', meta: '24 septembre 2018 · Sophie', site: "Entrepreneurs d'intérêt général" });
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(imageSize(png)).toMatchObject({ type: 'png', width: 1200, height: 630 });
  }, 20_000);

  it('has a code hash that is stable within a build', () => {
    expect(cardCodeHash()).toBe(cardCodeHash());
  });

  it('sets long titles smaller', () => {
    expect(titleSize('x'.repeat(135))).toBeLessThan(titleSize('Un titre'));
  });
});
