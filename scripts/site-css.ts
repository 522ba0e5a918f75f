/**
 * The site's stylesheet, made by Tailwind from app/globals.css before Next starts, into
 * styles/site.css (not committed), which app/layout.tsx imports. Next used to run Tailwind itself,
 * through PostCSS, in a pool of Node processes that every `next build` started again and whose
 * output Turbopack's cache did not keep: about 2 s of processor time in each build, which a rebuild
 * of the blog waited for (9.1 and 9.2 s for a rebuild of 50 posts, 7.8 and 7.9 s without, run back
 * to back). Made here, as @tailwindcss/postcss made it (the same candidates from the same sources,
 * and Lightning CSS's optimisation in a build), it takes about 0.25 s and Next's stylesheet is the
 * same, byte for byte.
 */
import { existsSync, mkdirSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { compile, optimize } from '@tailwindcss/node';
import { Scanner } from '@tailwindcss/oxide';
import { writeFileAtomic } from '../lib/atomic-file';

const SOURCE = path.join('app', 'globals.css');
export const SITE_CSS = path.join('styles', 'site.css');

/** The stylesheet of the code under `root`: minified for a build, as written for the dev server. */
export async function compileSiteCss(root = '.', { minify }: { minify: boolean }): Promise<string> {
  const source = path.join(root, SOURCE);
  const compiler = await compile(readFileSync(source, 'utf8'), { base: path.dirname(path.resolve(source)), onDependency: () => {} });
  // `source(none)` and the `@source` lines of globals.css: only the code's folders are read for classes.
  const css = compiler.build(new Scanner({ sources: compiler.sources }).scan());
  return minify ? optimize(css, { minify: true }).code : css;
}

/** Writes styles/site.css when its text changes (an unchanged file would set Next's dev server compiling again); true when it did. */
export async function writeSiteCss(root = '.', { minify }: { minify: boolean }): Promise<boolean> {
  const css = await compileSiteCss(root, { minify });
  const file = path.join(root, SITE_CSS);
  if (existsSync(file) && readFileSync(file, 'utf8') === css) return false;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, css);
  return true;
}

// The folders globals.css reads classes from, and its own.
const WATCHED = ['app', 'components', 'lib'];

/**
 * For the dev server: makes the stylesheet again after any change of the code, a moment after the
 * last of a burst (an editor's save, a `git checkout`), so that a class just written in a component
 * is styled once Next has reloaded the page. Errors (a typo in globals.css) are shown and the last
 * stylesheet stays. Returns what stops the watching.
 */
export function watchSiteCss(root = '.', report: (message: string) => void = console.error): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const remake = () => {
    running = running.then(() =>
      writeSiteCss(root, { minify: false }).then(
        () => undefined,
        (e: unknown) => report(`styles: ${SOURCE}: ${e instanceof Error ? e.message : String(e)}`),
      ),
    );
  };
  const watchers: FSWatcher[] = WATCHED.filter((dir) => existsSync(path.join(root, dir))).map((dir) =>
    watch(path.join(root, dir), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(remake, 50);
    }),
  );
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
