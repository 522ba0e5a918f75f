import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, editDistance, lastingSuggester, suggester } from './problems';

/** The whole table, no bound: what the bounded distance must agree with. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '/', '-'), maxLength: 12 });

describe('editDistance', () => {
  it('is the Levenshtein distance, and bound + 1 wherever that distance is above the bound', () => {
    fc.assert(
      fc.property(word, word, fc.nat(6), (a, b, bound) => {
        const exact = fullDistance(a, b);
        expect(editDistance(a, b)).toBe(exact);
        expect(editDistance(a, b, bound)).toBe(exact > bound ? bound + 1 : exact);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees on long strings that share a start and an end, as the site's addresses do", () => {
    // The shared parts are skipped and only a band around the diagonal is filled: both are exercised here.
    const part = fc.string({ unit: fc.constantFrom('a', 'b', '/'), maxLength: 30 });
    fc.assert(
      fc.property(part, part, part, part, fc.nat(12), (shared, a, b, end, bound) => {
        const [x, y] = [`${shared}${a}${end}`, `${shared}${b}${end}`];
        const exact = fullDistance(x, y);
        expect(editDistance(x, y)).toBe(exact);
        expect(editDistance(x, y, bound)).toBe(exact > bound ? bound + 1 : exact);
      }),
      { numRuns: 500 },
    );
  });
});

describe('closest', () => {
  it('is the first candidate at the smallest distance, when that distance is a plausible typo', () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 8 }), (value, candidates) => {
        const distances = candidates.map((c) => fullDistance(value, c));
        const smallest = Math.min(...distances);
        const expected = smallest <= Math.max(2, Math.floor(value.length / 3)) ? candidates[distances.indexOf(smallest)] : undefined;
        expect(closest(value, candidates)).toBe(expected);
      }),
    );
  });

  it('suggests the address a dead link nearly spells', () => {
    expect(closest('/blog/2018/09/24/retrospective-defi-eig2/', ['/tag/collectif/', '/blog/2018/09/24/retrospective-defis-eig2/'])).toBe(
      '/blog/2018/09/24/retrospective-defis-eig2/',
    );
    expect(closest('/contact/', ['/blog/', '/a-propos/'])).toBeUndefined();
  });
});

describe('suggester', () => {
  it('answers as closest does, whatever the candidates and however often it is asked', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { minLength: 1, maxLength: 6 }), (candidates, values) => {
        const suggest = suggester(candidates);
        for (const value of [...values, ...values]) expect(suggest(value)).toBe(closest(value, candidates));
      }),
    );
  });
});

describe('lastingSuggester', () => {
  it('answers as closest does for the candidates of each call, the same ones or others', () => {
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), word, (lists, value) => {
        for (const candidates of [...lists, ...lists]) expect(lastingSuggester(candidates)(value)).toBe(closest(value, candidates));
      }),
    );
  });

  it('is the same function while the candidates stay the same', () => {
    expect(lastingSuggester(['/a/', '/b/'])).toBe(lastingSuggester(['/a/', '/b/']));
    expect(lastingSuggester(['/a/', '/b/'])).not.toBe(lastingSuggester(['/b/', '/a/']));
  });
});
