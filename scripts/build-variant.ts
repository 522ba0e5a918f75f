/**
 * Builds the site from another content folder under a sub-path, into its own folder:
 * `tsx scripts/build-variant.ts <content dir> <base path> <out dir>`. The end-to-end tests
 * use it for pagination and for a GitHub Pages project site (`/sous-dossier/`).
 * `next build` always writes out/, so the result is moved aside.
 */
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';

const [contentDir, basePath, outDir] = process.argv.slice(2);
if (!contentDir || basePath === undefined || !outDir) {
  console.error('usage: tsx scripts/build-variant.ts <content dir> <base path> <out dir>');
  process.exit(2);
}
const result = spawnSync('npm', ['run', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: contentDir, BASE_PATH: basePath },
});
if (result.status !== 0) process.exit(result.status ?? 1);
rmSync(outDir, { recursive: true, force: true });
renameSync('out', outDir);
console.log(`Built ${contentDir} under ${basePath || '/'} into ${outDir}/`);
