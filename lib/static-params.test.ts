import { describe, expect, it } from 'vitest';
import { atLeastOne, PLACEHOLDER_PARAM } from './static-params';

describe('atLeastOne', () => {
  it('adds a stand-in only when there is nothing', () => {
    expect(atLeastOne([{ tag: 'design' }], ['tag'])).toEqual([{ tag: 'design' }]);
    expect(atLeastOne([], ['tag'])).toEqual([{ tag: PLACEHOLDER_PARAM }]);
  });
});
