import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../site.config';
import { readAllowedTags } from './content/tags-file';
import { publicFileLookup } from './content/images';
import { parsePost } from './content/post';
import type { Author } from './content/authors';
import { parseAuthor } from './content/author-file';
import { chooseAuthor, newPost, newProfile, parseNewPostArgs, profileNamed, translation } from './new-post';

const ALLOWED_TAGS = readAllowedTags(path.resolve(import.meta.dirname, '../content'), path.resolve(import.meta.dirname, '..')).tags;
const options = { author: 'Camille Martin', tags: ALLOWED_TAGS, maxTags: siteConfig.maxTagsPerPost };
const day = { year: 2026, month: 3, day: 7 };

describe('newPost', () => {
  it('names the file after the day and the transliterated title', () => {
    expect(newPost("Évaluation : l'été des données à Besançon", day, options)?.fileName).toBe(
      '2026-03-07-evaluation-l-ete-des-donnees-a-besancon.md',
    );
  });

  it('writes front matter the checker accepts, as a draft dated that day', () => {
    const post = newPost('Un titre avec "guillemets" : et deux-points # et dièse', day, options)!;
    const result = parsePost(`content/posts/${post.fileName}`, post.text, {
      allowedTags: ALLOWED_TAGS,
      maxTags: siteConfig.maxTagsPerPost,
      files: publicFileLookup(os.tmpdir()),
    });
    expect(result.problems).toEqual([]);
    expect(result.post).toMatchObject({
      title: 'Un titre avec "guillemets" : et deux-points # et dièse',
      byline: 'Camille Martin',
      draft: true,
      path: '/blog/2026/03/07/un-titre-avec-guillemets-et-deux-points-et-diese/',
    });
  });

  it('refuses a title with nothing to make an address from', () => {
    expect(newPost(' ?! ', day, options)).toBeUndefined();
  });
});

const profile = (name: string, aliases: string[] = []): Author => ({ slug: 'x', name, aliases, bio: '', hasProfile: true });
const PROFILES = [profile('Équipe EIG', ['équipe EIG']), profile('Mathilde Bras', ['M. Bras']), profile('Léa Dupré-Noël')];

describe('the author of a new post', () => {
  it('is the profile whose name or alias is git’s user name, ignoring case, accents and punctuation', () => {
    expect(profileNamed('mathilde bras', PROFILES)?.name).toBe('Mathilde Bras');
    expect(profileNamed('Lea Dupre Noel', PROFILES)?.name).toBe('Léa Dupré-Noël');
    expect(profileNamed('m. bras', PROFILES)?.name).toBe('Mathilde Bras');
    expect(chooseAuthor(undefined, 'EQUIPE eig', PROFILES)).toBe('Équipe EIG');
  });

  it('is nobody when git’s user name is empty or names no profile (only part of one is not enough)', () => {
    expect(chooseAuthor(undefined, undefined, PROFILES)).toBeUndefined();
    expect(chooseAuthor(undefined, '  ', PROFILES)).toBeUndefined();
    expect(chooseAuthor(undefined, 'Mathilde', PROFILES)).toBeUndefined();
    expect(chooseAuthor(undefined, 'Camille Martin', PROFILES)).toBeUndefined();
  });

  it('is `--author` as written, whatever git says', () => {
    expect(chooseAuthor('Sophie Miljkovic, équipe EIG', 'Mathilde Bras', PROFILES)).toBe('Sophie Miljkovic, équipe EIG');
  });

  it('reads `--author` and `--profile` in either form, the other words being the title', () => {
    expect(parseNewPostArgs(['--author', 'Camille Martin', 'Mon', 'article'])).toEqual({ kind: 'post', title: 'Mon article', author: 'Camille Martin' });
    expect(parseNewPostArgs(['Mon article', '--author=Camille Martin'])).toEqual({ kind: 'post', title: 'Mon article', author: 'Camille Martin' });
    expect(parseNewPostArgs(['Mon article'])).toEqual({ kind: 'post', title: 'Mon article' });
    expect(parseNewPostArgs(['--profile', 'Camille Martin'])).toEqual({ kind: 'profile', name: 'Camille Martin' });
    expect(parseNewPostArgs(['--profile=Camille Martin'])).toEqual({ kind: 'profile', name: 'Camille Martin' });
  });
});

describe('newProfile', () => {
  it('writes a profile the checker accepts, named after the person', () => {
    const created = newProfile(' Léa  Dupré-Noël ')!;
    expect(created.fileName).toBe('lea-dupre-noel.md');
    const parsed = parseAuthor(`content/authors/${created.fileName}`, created.text, publicFileLookup(os.tmpdir()));
    expect(parsed.problems).toEqual([]);
    expect(parsed.author).toMatchObject({ slug: 'lea-dupre-noel', name: 'Léa Dupré-Noël', aliases: [], bio: '' });
  });
});

describe('npm run new', () => {
  /** Runs the script with git's user name set to `gitName` (empty: none), whatever the machine's git config says. */
  const run = (contentDir: string, gitName: string, ...args: string[]) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/new-post.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: contentDir, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'user.name', GIT_CONFIG_VALUE_0: gitName },
    });
  const contentWithProfile = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'new-post-'));
    mkdirSync(path.join(dir, 'authors'));
    writeFileSync(path.join(dir, 'authors', 'mathilde-bras.md'), '---\nname: Mathilde Bras\naliases: [M. Bras]\n---\n');
    return dir;
  };
  const postText = (dir: string) => readFileSync(path.join(dir, 'posts', readdirSync(path.join(dir, 'posts'))[0]!), 'utf8');

  it('creates the post signed by the profile git’s user name matches, then refuses to overwrite it', () => {
    const dir = contentWithProfile();
    const first = run(dir, 'mathilde bras', 'Mon premier article');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('signé Mathilde Bras');
    const [name] = readdirSync(path.join(dir, 'posts'));
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-mon-premier-article\.md$/);
    expect(postText(dir)).toContain('author: "Mathilde Bras"');
    const file = path.join(dir, 'posts', name!);
    writeFileSync(file, 'edited by the author');

    const second = run(dir, 'mathilde bras', 'Mon premier article');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('existe déjà');
    expect(readFileSync(file, 'utf8')).toBe('edited by the author');
  });

  it('without a matching profile, asks for `--author` (exit code 2) and writes nothing', () => {
    const dir = contentWithProfile();
    for (const gitName of ['Camille Martin', '']) {
      const result = run(dir, gitName, 'Mon article');
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('npm run new -- --author "Prénom Nom" "Titre de l’article"');
      expect(result.stderr).toContain(gitName ? '« Camille Martin »' : 'git config user.name est vide');
    }
    expect(() => readdirSync(path.join(dir, 'posts'))).toThrow();
  });

  it('signs with `--author` as given', () => {
    const dir = contentWithProfile();
    const result = run(dir, '', '--author', 'Camille Martin, équipe EIG', 'Mon article');
    expect(result.status, result.stderr).toBe(0);
    expect(postText(dir)).toContain('author: "Camille Martin, équipe EIG"');
  });

  it('creates a profile with --profile', () => {
    const dir = contentWithProfile();
    const result = run(dir, '', '--profile', 'Camille Martin');
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'authors', 'camille-martin.md'), 'utf8')).toContain('name: "Camille Martin"');
    expect(run(dir, '', '--profile', 'Camille Martin').status).toBe(1);
  });

  it('asks for a title when none is given', () => {
    const result = run(contentWithProfile(), 'Mathilde Bras');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run new -- "Titre');
  });
});

describe('a post in another language, and a translation', () => {
  const ctx = { allowedTags: ALLOWED_TAGS, maxTags: siteConfig.maxTagsPerPost, files: publicFileLookup(os.tmpdir()) };

  it('reads --lang and --translate', () => {
    expect(parseNewPostArgs(['--lang', 'en', 'A title'])).toEqual({ kind: 'post', title: 'A title', lang: 'en' });
    expect(parseNewPostArgs(['--translate=content/posts/x.md'])).toEqual({ kind: 'translation', source: 'content/posts/x.md', title: '' });
    expect(parseNewPostArgs(['--translate', 'x.md', '--lang', 'en', 'The', 'title'])).toEqual({ kind: 'translation', source: 'x.md', title: 'The title', lang: 'en' });
  });

  it('writes an English post for content/posts/en/, at an /en/ address', () => {
    const post = newPost('Open data in practice', day, { ...options, lang: 'en' })!;
    expect(post.folder).toBe('en');
    const result = parsePost(`content/posts/en/${post.fileName}`, post.text, { ...ctx, folderLang: 'en' });
    expect(result.problems).toEqual([]);
    expect(result.post).toMatchObject({ lang: 'en', path: '/en/blog/2026/03/07/open-data-in-practice/' });
  });

  const original = ['---', 'title: Le bilan', 'description: Un bilan.', 'author: Mathilde Bras', 'tags: [design]', '---', '', 'Le texte : à traduire.', ''].join('\n');

  it('writes the translation with the original’s date, file name, tags, byline and body, tied by a lang-ref given to both', () => {
    const result = translation('content/posts/2018-09-24-bilan.md', original, { tags: ALLOWED_TAGS, maxTags: 4 });
    if ('reason' in result) throw new Error(result.reason);
    expect(result.langRef).toBe('bilan');
    expect(result.post).toMatchObject({ fileName: '2018-09-24-bilan.md', folder: 'en' });
    const english = parsePost(`content/posts/en/${result.post.fileName}`, result.post.text, { ...ctx, folderLang: 'en' });
    expect(english.problems).toEqual([]);
    expect(english.post).toMatchObject({ lang: 'en', langRef: 'bilan', byline: 'Mathilde Bras', draft: true, path: '/en/blog/2018/09/24/bilan/', tags: [{ name: 'design', slug: 'design' }] });
    expect(english.post?.body).toContain('Le texte : à traduire.');
    // The original now carries the same lang-ref, and nothing else changed.
    expect(result.original).toBe(original.replace('tags: [design]\n', 'tags: [design]\nlang-ref: "bilan"\n'));
    expect(parsePost('content/posts/2018-09-24-bilan.md', result.original!, ctx).post?.langRef).toBe('bilan');
  });

  it('keeps an existing lang-ref, names the file after a given title, and translates an English post into French', () => {
    const withRef = original.replace('tags: [design]', 'tags: [design]\nlang-ref: review');
    const result = translation('content/posts/2018-09-24-bilan.md', withRef, { title: 'The review', tags: ALLOWED_TAGS, maxTags: 4 });
    if ('reason' in result) throw new Error(result.reason);
    expect(result).toMatchObject({ langRef: 'review', post: { fileName: '2018-09-24-the-review.md' } });
    expect(result.original).toBeUndefined();
    const back = translation('content/posts/en/2018-09-24-bilan.md', withRef, { tags: ALLOWED_TAGS, maxTags: 4 });
    expect(back).toMatchObject({ langRef: 'review', post: { folder: '' } });
  });

  it('refuses an unknown language, or the original’s own', () => {
    expect(translation('content/posts/2018-09-24-bilan.md', original, { lang: 'de', tags: [], maxTags: 4 })).toMatchObject({ reason: 'language', lang: 'de' });
    expect(translation('content/posts/2018-09-24-bilan.md', original, { lang: 'fr', tags: [], maxTags: 4 })).toMatchObject({ reason: 'sameLanguage' });
  });
});

describe('npm run new -- --lang / --translate', () => {
  const run = (contentDir: string, ...args: string[]) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/new-post.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: contentDir, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'user.name', GIT_CONFIG_VALUE_0: 'Mathilde Bras' },
    });

  it('writes an English post in content/posts/en/, and the translation of a French post beside it, tying the two', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'new-post-lang-'));
    const english = run(dir, '--author', 'Mathilde Bras', '--lang', 'en', 'Open data in practice');
    expect(english.status, english.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'posts', 'en'))[0]).toMatch(/^\d{4}-\d{2}-\d{2}-open-data-in-practice\.md$/);

    mkdirSync(path.join(dir, 'posts'), { recursive: true });
    const french = path.join(dir, 'posts', '2018-09-24-bilan.md');
    writeFileSync(french, '---\ntitle: Le bilan\ndescription: Un bilan.\nauthor: Mathilde Bras\n---\n\nLe texte.\n');
    const translated = run(dir, '--translate', french);
    expect(translated.status, translated.stderr).toBe(0);
    expect(translated.stdout).toContain('lang-ref: bilan');
    expect(readFileSync(path.join(dir, 'posts', 'en', '2018-09-24-bilan.md'), 'utf8')).toContain('lang-ref: "bilan"');
    expect(readFileSync(french, 'utf8')).toContain('lang-ref: "bilan"');
    // Never over an existing file.
    expect(run(dir, '--translate', french).status).toBe(1);
    expect(run(dir, '--lang', 'de', '--author', 'X', 'Titel').status).toBe(2);
  });
});
