import { problem } from '../messages';
import type { Problem } from '../problems';
import { lineOfListItem } from './front-matter';
import { filePathOf, safeDecode, type FileLookup } from './images';

/**
 * The post's `known_missing` list, written by the Jekyll importer: files the old site referred to
 * but never had. A reference to one is a warning, so the imported site builds and the gap stays
 * visible; any other broken reference is still an error. Entries no image refers to (links to a
 * lost PDF) get their warning on their own line, and an entry whose file exists now is flagged
 * for removal.
 */
export class KnownMissing {
  private readonly entries: { path: string; line?: number; seen: boolean }[];

  constructor(
    private readonly file: string,
    value: unknown,
    rawFrontMatter: string,
    private readonly files: FileLookup,
  ) {
    const list = Array.isArray(value) ? value : [];
    this.entries = list.flatMap((entry, i) =>
      typeof entry === 'string' && entry.trim()
        ? [{ path: entry.trim(), line: lineOfListItem(rawFrontMatter, 'known_missing', i), seen: false }]
        : [],
    );
  }

  private find(src: string) {
    return this.entries.find((e) => listsFile([e.path], src));
  }

  /** The files the list names, as written. */
  paths(): string[] {
    return this.entries.map((e) => e.path);
  }

  /** Whether the list names this file: a link to it is already reported, as known missing. */
  lists(src: string): boolean {
    return this.find(src) !== undefined;
  }

  /** A warning for a reference to a known missing file; undefined for any other reference. */
  check(src: string, line: number | undefined): Problem | undefined {
    const entry = this.find(src);
    if (!entry || this.files.exists(src)) return undefined;
    entry.seen = true;
    // A path that may not be read is an error whatever the list says: checkFileRef reports it.
    if (this.files.refused(src)) return undefined;
    return problem('knownMissing', this.file, { path: src, file: safeDecode(src), link: false }, { line });
  }

  /** Warnings for the entries no image reference met. */
  unreferenced(): Problem[] {
    return this.entries
      .filter((e) => !e.seen)
      .map((e) =>
        this.files.exists(e.path)
          ? problem('knownMissingExists', this.file, { path: e.path }, { line: e.line })
          : problem('knownMissing', this.file, { path: e.path, file: safeDecode(e.path), link: true }, { line: e.line }),
      );
  }
}

/** `/img/%C3%A9t%C3%A9.jpg?x` and `/img/été.jpg` name the same file. */
const comparablePath = (src: string) => filePathOf(src).normalize('NFC');

/** Whether `paths` (known_missing entries) name the file `src` refers to. */
export function listsFile(paths: readonly string[], src: string): boolean {
  const key = comparablePath(src);
  return paths.some((p) => comparablePath(p) === key);
}
