import path from 'node:path';
import yaml from 'js-yaml';
import { messages, problem } from '../messages';
import type { Problem } from '../problems';
import { slugify } from '../slug';
import { inspect, refusedProblem } from './safe-files';
import { readContentText } from './text-file';

/**
 * The allowed tags live in `<content folder>/tags.yml`, a YAML list, rather than in site.config.ts:
 * a file that a program can add to (`npm run import:jekyll -- --add-tags`) without editing
 * TypeScript, and that follows CONTENT_DIR, so that an imported `--target` folder builds with its
 * own list. A content folder without one (a test fixture, a fresh target) uses the project's
 * `content/tags.yml`; with neither, every tag is allowed.
 */
export const TAGS_FILE = 'tags.yml';

/** The comment a new tags.yml starts with, in the site's language. */
export const tagsFileHeader = (): string =>
  messages()
    .templates.tagsFileHeader.map((line) => `# ${line}\n`)
    .join('');

export interface AllowedTags {
  /** Empty: every tag is allowed. */
  tags: string[];
  /** The file the list was read from, relative to the project root; none when there is no list. */
  file?: string;
  /** Its text, for a program that adds to it. */
  text?: string;
  problems: Problem[];
}

/** Parses tags.yml: a list of distinct tags of text, no two of which would share a page (`/tag/<slug>/`). */
export function parseTagsFile(file: string, text: string): { tags: string[]; problems: Problem[] } {
  const lines: number[] = [];
  let depth = 0;
  let data: unknown;
  try {
    data = yaml.load(text, {
      schema: yaml.CORE_SCHEMA,
      // The line of each item of the top-level list, for messages.
      listener: (event, state) => {
        if (event === 'open') {
          if (depth === 1) lines.push(state.line + 1);
          depth++;
        } else depth--;
      },
    });
  } catch (e) {
    const mark = e instanceof yaml.YAMLException ? (e.mark as { line?: number } | undefined) : undefined;
    return {
      tags: [],
      problems: [
        problem('yamlFileSyntax', file, { reason: (e instanceof Error ? e.message.split('\n')[0] : undefined) ?? String(e), list: 'tags' }, {
          line: mark?.line !== undefined ? mark.line + 1 : undefined,
        }),
      ],
    };
  }
  if (data === null || data === undefined) return { tags: [], problems: [] };
  if (!Array.isArray(data)) return { tags: [], problems: [problem('tagsNotList', file, undefined, { line: 1 })] };
  const tags: string[] = [];
  const problems: Problem[] = [];
  const bySlug = new Map<string, string>();
  data.forEach((item: unknown, i) => {
    const line = lines[i];
    if (typeof item !== 'string' && typeof item !== 'number') {
      problems.push(problem('tagNotText', file, { index: i + 1 }, { line }));
      return;
    }
    const tag = String(item).trim();
    const slug = slugify(tag);
    if (!slug) {
      problems.push(problem('tagNoAddress', file, { tag }, { line }));
      return;
    }
    const same = bySlug.get(slug);
    if (same !== undefined) {
      problems.push(
        same === tag ? problem('tagListedTwice', file, { tag }, { line }) : problem('tagsShareSlug', file, { first: same, second: tag, slug }, { line }),
      );
      return;
    }
    bySlug.set(slug, tag);
    tags.push(tag);
  });
  return { tags, problems };
}

/**
 * The allowed tags of a content folder: its tags.yml, else the project's `content/tags.yml`
 * (the project is the working folder, as for CONTENT_DIR), else none (every tag allowed).
 * Read through no link that leaves its folder; `root` is what paths in messages are relative to.
 */
export function readAllowedTags(contentDir: string, root: string = process.cwd()): AllowedTags {
  const rel = (f: string) => path.relative(root, f) || f;
  const projectContent = path.resolve('content');
  for (const dir of [contentDir, projectContent]) {
    const file = path.join(dir, TAGS_FILE);
    const entry = inspect(dir, file);
    if (entry.kind === 'missing') continue;
    if (entry.kind === 'refused') return { tags: [], file: rel(file), problems: [refusedProblem(rel(file), entry, `${rel(dir)}/`)] };
    if (entry.kind !== 'file') return { tags: [], file: rel(file), problems: [problem('notRegularFile', rel(file), { expected: 'tags' })] };
    const read = readContentText(entry.real, rel(file));
    if ('problem' in read) return { tags: [], file: rel(file), problems: [read.problem] };
    return { ...parseTagsFile(rel(file), read.text), file: rel(file), text: read.text };
  }
  return { tags: [], problems: [] };
}
