import { describe, expect, it } from 'vitest';
import { error, warning } from '../problems';
import { importVerdict } from './report';

describe('importVerdict', () => {
  it('says the imported site builds only when the check finds no error', () => {
    expect(importVerdict([warning('a.md', 'x')])).toBe('npm run check on the imported site: 0 errors, 1 warning. It builds.');
    expect(importVerdict([error('a.md', 'x'), error('b.md', 'y'), warning('a.md', 'z')])).toBe(
      'npm run check on the imported site: 2 errors, 1 warning. It does not build until the errors below are fixed.',
    );
  });
});
