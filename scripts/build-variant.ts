/**
 * Builds the site from another content folder under a sub-path, into its own folder:
 * `tsx scripts/build-variant.ts <content dir> <base path> <out dir>`. The end-to-end tests
 * use it for pagination, for a GitHub Pages project site (`/sous-dossier/`) and for the hostile
 * fixtures (`npm run build:hostile`). `next build` always writes out/, so the result is moved
 * aside; an out/ already there (the site's own build) is set aside meanwhile and put back.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const [contentDir, basePath, outDir] = process.argv.slice(2);
if (!contentDir || basePath === undefined || !outDir) {
  console.error('usage: tsx scripts/build-variant.ts <content dir> <base path> <out dir>');
  process.exit(2);
}
const kept = existsSync('out') ? `out-kept-${process.pid}` : undefined;
if (kept) renameSync('out', kept);
let status: number;
try {
  const result = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, CONTENT_DIR: contentDir, BASE_PATH: basePath },
  });
  status = result.status ?? 1;
  if (status === 0) {
    rmSync(outDir, { recursive: true, force: true });
    renameSync('out', outDir);
    console.log(`Built ${contentDir} under ${basePath || '/'} into ${outDir}/`);
  }
} finally {
  if (kept) {
    rmSync('out', { recursive: true, force: true });
    renameSync(kept, 'out');
  }
}
process.exit(status);
