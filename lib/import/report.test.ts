import { describe, expect, it } from 'vitest';
import { error, warning } from '../problems';
import { importVerdict } from './report';

describe('importVerdict', () => {
  it('says the imported site builds only when the check finds no error', () => {
    expect(importVerdict([warning('a.md', 'x')])).toBe('npm run check sur le site importé : 0 erreur, 1 avertissement. Il peut être publié.');
    expect(importVerdict([error('a.md', 'x'), error('b.md', 'y'), warning('a.md', 'z')])).toBe(
      'npm run check sur le site importé : 2 erreurs, 1 avertissement. Il ne pourra être publié qu’une fois corrigées les erreurs ci-dessous.',
    );
    expect(importVerdict([error('a.md', 'x')], 'en')).toBe('npm run check on the imported site: 1 error, 0 warnings. It does not build until the errors below are fixed.');
  });
});
