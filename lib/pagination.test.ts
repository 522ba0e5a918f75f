import { describe, expect, it } from 'vitest';
import { pageWindow, paginate } from './pagination';
import { atLeastOne, PLACEHOLDER_PARAM } from './static-params';

describe('paginate', () => {
  const items = Array.from({ length: 17 }, (_, i) => i);
  it('cuts pages of the given size', () => {
    expect(paginate(items, 1, 8)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7], page: 1, totalPages: 3 });
    expect(paginate(items, 3, 8)?.items).toEqual([16]);
  });
  it('has no page outside the range', () => {
    expect(paginate(items, 0, 8)).toBeUndefined();
    expect(paginate(items, 4, 8)).toBeUndefined();
    expect(paginate(items, 1.5, 8)).toBeUndefined();
  });
  it('gives an empty list one empty page', () => {
    expect(paginate([], 1, 8)).toEqual({ items: [], page: 1, totalPages: 1 });
  });
});

describe('pageWindow', () => {
  it('shows the ends and the neighbours, with gaps', () => {
    expect(pageWindow(5, 12)).toEqual([1, null, 4, 5, 6, null, 12]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});

describe('atLeastOne', () => {
  it('adds a stand-in only when there is nothing', () => {
    expect(atLeastOne([{ tag: 'design' }], ['tag'])).toEqual([{ tag: 'design' }]);
    expect(atLeastOne([], ['tag'])).toEqual([{ tag: PLACEHOLDER_PARAM }]);
  });
});
