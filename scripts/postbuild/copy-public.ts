import { copyFileSync, existsSync, mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { publicDirFromEnv } from '../../lib/content/images';
import { listFolder } from '../../lib/content/safe-files';
import type { PostbuildStep } from '../postbuild';
import { outPath } from './out-path';

/**
 * Next.js copies public/ into out/; a site built with `PUBLIC_DIR` elsewhere (a Jekyll import into
 * its own folder) has its files copied here, over the repository's own, the same way: what a link
 * inside the folder leads to, never through a link that leaves it (the check refuses those).
 * Returns how many files were copied.
 */
export function copyPublicDir(publicDir: string, outDir: string): number {
  let copied = 0;
  // A link to a folder above it, inside public/, would make the walk endless: each folder is walked once.
  const walked = new Set<string>();
  const walk = (dir: string, rel: string) => {
    for (const { name, entry } of listFolder(dir, publicDir) ?? []) {
      const relPath = path.join(rel, name);
      if (entry.kind === 'directory') {
        if (walked.has(entry.real)) continue;
        walked.add(entry.real);
        walk(path.join(dir, name), relPath);
      } else if (entry.kind === 'file') {
        const target = outPath(outDir, relPath);
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(entry.real, target);
        copied++;
      }
    }
  };
  // A folder that does not exist holds no file, as the check reads it (an import that copied none).
  if (!existsSync(publicDir)) return 0;
  walked.add(realpathSync(publicDir));
  walk(publicDir, '');
  return copied;
}

export const copyPublic: PostbuildStep = {
  name: 'copy PUBLIC_DIR',
  run(outDir) {
    const publicDir = publicDirFromEnv();
    if (publicDir === path.resolve('public')) return;
    console.log(`postbuild: ${copyPublicDir(publicDir, outDir)} files copied from ${path.relative(process.cwd(), publicDir) || publicDir}`);
  },
};
