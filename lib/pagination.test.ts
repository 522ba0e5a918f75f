import { describe, expect, it } from 'vitest';
import { pageWindow, paginate } from './pagination';

describe('paginate', () => {
  const items = Array.from({ length: 17 }, (_, i) => i + 1);
  it('cuts a list into pages', () => {
    expect(paginate(items, 1, 8)).toEqual({ items: [1, 2, 3, 4, 5, 6, 7, 8], page: 1, totalPages: 3 });
    expect(paginate(items, 3, 8)).toEqual({ items: [17], page: 3, totalPages: 3 });
  });
  it('has no page past the last, before the first, or between two', () => {
    expect(paginate(items, 4, 8)).toBeUndefined();
    expect(paginate(items, 0, 8)).toBeUndefined();
    expect(paginate(items, 1.5, 8)).toBeUndefined();
  });
  it('gives an empty list one empty page, and an exact multiple no empty last page', () => {
    expect(paginate([], 1, 8)).toEqual({ items: [], page: 1, totalPages: 1 });
    expect(paginate(items.slice(0, 16), 2, 8)?.totalPages).toBe(2);
    expect(paginate(items.slice(0, 16), 3, 8)).toBeUndefined();
  });
});

describe('pageWindow', () => {
  it('shows the first, the last and the neighbours, with gaps', () => {
    expect(pageWindow(5, 12)).toEqual([1, null, 4, 5, 6, null, 12]);
    expect(pageWindow(1, 12)).toEqual([1, 2, null, 12]);
    expect(pageWindow(12, 12)).toEqual([1, null, 11, 12]);
  });
  it('has no gap when the pages are adjacent', () => {
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
  });
});
