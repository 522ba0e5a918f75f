import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { inLang, languageCodes } from '../../lib/languages';
import { PLACEHOLDER_PARAM } from '../../lib/static-params';
import type { PostbuildStep } from '../postbuild';

/** Deletes the stand-in pages of routes that had nothing to list (see lib/static-params.ts). */
export const removePlaceholders: PostbuildStep = {
  name: 'remove placeholder pages',
  run(outDir) {
    const candidates = [
      // Each language has its own lists (`en/tag/…`), which may have nothing to list.
      ...languageCodes.flatMap((lang) => ['tag', 'auteur', 'blog'].map((list) => inLang(lang, `/${list}/${PLACEHOLDER_PARAM}`).slice(1))),
      // The static pages' route, when content/pages/ has none: no page may have this name (lib/content/static-page.ts).
      PLACEHOLDER_PARAM,
    ];
    for (const dir of candidates) {
      const full = path.join(outDir, dir);
      if (existsSync(full)) rmSync(full, { recursive: true });
    }
  },
};
