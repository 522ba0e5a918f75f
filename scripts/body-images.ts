import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The local images the published bodies show, as `npm run build`'s check read them from the
 * parsed bodies: handed to the image step after `next build`, so that no later step reads the
 * bodies again, with a regular expression or otherwise.
 */
const FILE = path.join(process.cwd(), '.cache', 'build', 'body-images.json');

export function writeBodyImages(images: readonly string[]): void {
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, JSON.stringify(images));
}

export function readBodyImages(): string[] {
  try {
    return JSON.parse(readFileSync(FILE, 'utf8')) as string[];
  } catch {
    throw new Error(`${path.relative(process.cwd(), FILE)} is missing: run the whole \`npm run build\`, whose checks write it`);
  }
}
