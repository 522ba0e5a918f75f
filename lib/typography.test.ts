import { describe, expect, it } from 'vitest';
import { frenchSpacing, NARROW_NBSP as N } from './typography';

describe('frenchSpacing', () => {
  it('makes the space before : ; ! ? unbreakable', () => {
    expect(frenchSpacing('Le bilan : réussi ; et alors ? Bravo !')).toBe(`Le bilan${N}: réussi${N}; et alors${N}? Bravo${N}!`);
    expect(frenchSpacing('Le bilan\u00a0: x')).toBe(`Le bilan${N}: x`);
  });

  it('adds no space where the author wrote none: times, addresses, queries', () => {
    for (const text of ['à 10:30', 'https://www.data.gouv.fr/', 'page?x=1', 'Quoi?!']) expect(frenchSpacing(text)).toBe(text);
  });

  it('holds the words inside « » with a narrow space, added when missing', () => {
    expect(frenchSpacing('« Faire »')).toBe(`«${N}Faire${N}»`);
    expect(frenchSpacing('«Faire»')).toBe(`«${N}Faire${N}»`);
    expect(frenchSpacing('«\u00a0Faire\u00a0»')).toBe(`«${N}Faire${N}»`);
  });

  it('is idempotent', () => {
    const once = frenchSpacing('« Oui » : non ?');
    expect(frenchSpacing(once)).toBe(once);
  });
});
