import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The framework's floor for a build of `pages` pages: a bare Next app of the project's own `next`,
 * `output: 'export'`, each page a title and a paragraph. Nothing built on Next can be faster; the
 * bench prints the blog's build time as a multiple of it. Written inside the project (under
 * .cache/) so that it resolves the project's node_modules as the blog does. Returns its folder.
 */
export function writeFloorApp(root: string, pages: number): string {
  const dir = path.join(root, '.cache', 'bench-floor');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app', 'p', '[id]'), { recursive: true });
  writeFileSync(path.join(dir, 'next.config.mjs'), "export default { output: 'export', trailingSlash: true };\n");
  writeFileSync(
    path.join(dir, 'app', 'layout.jsx'),
    "export default function Layout({ children }) {\n  return (\n    <html lang=\"fr\">\n      <body>{children}</body>\n    </html>\n  );\n}\n",
  );
  writeFileSync(path.join(dir, 'app', 'page.jsx'), 'export default function Home() {\n  return <h1>Accueil</h1>;\n}\n');
  writeFileSync(
    path.join(dir, 'app', 'p', '[id]', 'page.jsx'),
    [
      `export const dynamicParams = false;`,
      `export function generateStaticParams() {`,
      `  return Array.from({ length: ${Math.max(pages - 1, 1)} }, (_, i) => ({ id: String(i + 1) }));`,
      `}`,
      `export default async function Page({ params }) {`,
      `  const { id } = await params;`,
      `  return (`,
      `    <main>`,
      `      <h1>Page {id}</h1>`,
      `      <p>Un paragraphe de texte, comme une page du blog en a un.</p>`,
      `    </main>`,
      `  );`,
      `}`,
      '',
    ].join('\n'),
  );
  return dir;
}
