import yaml from 'js-yaml';
import { parseAuthor } from '../content/author-file';
import type { FileLookup } from '../content/images';
import { error, warning, type Problem } from '../problems';
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
      out.problems.push(warning(from, `picture ${p.picture} of ${p.name} exists nowhere in the site: no avatar`, { fix: `add an avatar: to content/authors/${p.slug}.md` }));
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
    cleaned.fixes.forEach((n) => out.fixes.push(warning(from, n.message, { line: n.line })));
    cleaned.problems.forEach((n) => out.problems.push(warning(from, n.message, { line: n.line, fix: n.fix })));
    const replacements = findRefs(cleaned.text).flatMap((ref) => {
      const r = resolveRef(ref.url, ref.image, { ...ctx, postDir: '/' });
      if (r.copy && !out.copies.has(r.copy)) out.copies.set(r.copy, from);
      if (r.missing) out.problems.push(warning(from, `${r.url} exists nowhere in the Jekyll site`, { line: line + ref.index, fix: `add the file to public/, or remove it from content/authors/${p.slug}.md` }));
      return r.url === ref.url ? [] : [{ ref, url: r.url }];
    });
    bio = replaceRefs(cleaned.text, replacements).trim();
  }

  const twitter = p.twitterFrom === 'post' ? `, twitter from ${p.source}` : p.twitterFrom === 'data' && !p.from ? ', twitter from _data/authors.yml' : '';
  const source = p.from ? `, from ${p.from}${p.bio?.trim() ? ' (bio included)' : ''}` : '';
  out.fixes.push(warning(p.source, `author profile authors/${p.slug}.md created for "${p.name}"${source}${twitter}`));
  for (const m of p.merges) {
    out.fixes.push(
      warning(p.source, `byline "${m.alias}" (${m.posts} post${m.posts === 1 ? '' : 's'}) merged into authors/${p.slug}.md, "${p.name}": ${m.why}`, {
        fix: `if they are two people, remove "${m.alias}" from the aliases of content/authors/${p.slug}.md and create its own profile`,
      }),
    );
  }
  const frontMatter = yaml.dump(data, { lineWidth: -1, quotingType: '"' });
  return { kind: 'author', path: `authors/${p.slug}.md`, text: `---\n${frontMatter}---\n${bio ? `\n${bio}\n` : ''}`, source: p.source };
}

/** What `npm run check` would say of a planned profile, once the files it uses are known: errors only. */
export function checkProfile(file: ProfileFile, files: FileLookup, from: string): Problem[] {
  return parseAuthor(file.path, file.text, files)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => error(from, `the imported profile ${file.path} would fail npm run check: ${p.message}`, { fix: p.fix }));
}

/** Bylines nearly spelt as a profile the site already has: the import leaves that profile alone, so a person decides. */
export function nearProfileProblems(near: readonly NearProfile[]): Problem[] {
  return near.map((n) =>
    warning(n.source, `byline "${n.name}" is nearly the name of the profile "${n.profile.name}" (${n.why}): no profile created`, {
      fix: `if it is the same person, add "${n.name}" to aliases in content/authors/${n.profile.slug}.md; else create content/authors/<slug>.md for them`,
    }),
  );
}
