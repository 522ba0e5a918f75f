import yaml from 'js-yaml';
import { parseAuthor } from '../content/author-file';
import type { FileLookup } from '../content/images';
import { problem } from '../messages';
import type { Problem } from '../problems';
import type { NearProfile, PlannedProfile } from './authors';
import { cleanBody } from './body';
import { findRefs, replaceRefs, resolveRef, type RefContext } from './references';

export interface ProfileFile {
  kind: 'author';
  path: string;
  text: string;
  source: string;
}

/**
 * The text of a planned profile: `name`, `aliases`, `twitter`, `avatar` (the photo, copied into
 * public/ like any file a post uses), `website`, `github`, and the bio as body, cleaned like a
 * post body (Jekyll markup, then its references resolved); the check reads it through the same
 * sanitiser as every body.
 */
export function profileFile(
  p: PlannedProfile,
  ctx: Omit<RefContext, 'postDir'> & { variables: Readonly<Record<string, string>> },
  out: { copies: Map<string, string>; fixes: Problem[]; problems: Problem[] },
): ProfileFile {
  const from = p.from ?? p.source;
  const data: Record<string, unknown> = { name: p.name };
  if (p.aliases.length) data.aliases = p.aliases;
  if (p.twitter) data.twitter = p.twitter;
  if (p.picture) {
    const r = resolveRef(p.picture, true, { ...ctx, postDir: '/' });
    if (r.missing) {
      out.problems.push(problem('importAvatarMissing', from, { picture: p.picture, name: p.name, slug: p.slug }));
    } else {
      data.avatar = r.url;
      if (r.copy && !out.copies.has(r.copy)) out.copies.set(r.copy, from);
    }
  }
  if (p.website) data.website = p.website;
  if (p.github) data.github = p.github;

  let bio = '';
  if (p.bio?.trim()) {
    const line = p.bioLine ?? 1;
    const cleaned = cleanBody(p.bio, line, ctx.variables);
    cleaned.fixes.forEach((n) => out.fixes.push({ file: from, ...n }));
    cleaned.problems.forEach((n) => out.problems.push({ file: from, ...n }));
    const replacements = findRefs(cleaned.text).flatMap((ref) => {
      const r = resolveRef(ref.url, ref.image, { ...ctx, postDir: '/' });
      if (r.copy && !out.copies.has(r.copy)) out.copies.set(r.copy, from);
      if (r.missing) out.problems.push(problem('importProfileFileMissing', from, { url: r.url, slug: p.slug }, { line: line + ref.index }));
      return r.url === ref.url ? [] : [{ ref, url: r.url }];
    });
    bio = replaceRefs(cleaned.text, replacements).trim();
  }

  const twitterFrom = p.twitterFrom === 'post' ? p.source : p.twitterFrom === 'data' && !p.from ? '_data/authors.yml' : undefined;
  out.fixes.push(
    problem('importProfileCreated', p.source, {
      slug: p.slug,
      name: p.name,
      bio: Boolean(p.bio?.trim()),
      ...(p.from ? { from: p.from } : {}),
      ...(twitterFrom ? { twitterFrom } : {}),
    }),
  );
  for (const m of p.merges) {
    out.fixes.push(problem('importBylineMerged', p.source, { alias: m.alias, posts: m.posts, slug: p.slug, name: p.name, why: m.why }));
  }
  const frontMatter = yaml.dump(data, { lineWidth: -1, quotingType: '"' });
  return { kind: 'author', path: `authors/${p.slug}.md`, text: `---\n${frontMatter}---\n${bio ? `\n${bio}\n` : ''}`, source: p.source };
}

/** What `npm run check` would say of a planned profile, once the files it uses are known: errors only. */
export function checkProfile(file: ProfileFile, files: FileLookup, from: string): Problem[] {
  return parseAuthor(file.path, file.text, files)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => problem('importProfileWouldFail', from, { file: file.path, message: p.message, ...(p.fix ? { fix: p.fix } : {}) }));
}

/** Bylines nearly spelt as a profile the site already has: the import leaves that profile alone, so a person decides. */
export function nearProfileProblems(near: readonly NearProfile[]): Problem[] {
  return near.map((n) =>
    problem('importNearProfile', n.source, { name: n.name, profile: n.profile.name, why: n.why, slug: n.profile.slug }),
  );
}
