import type { Messages } from './fr';

/** What authors read on an English site (`lang: 'en'` in site.config.ts); typed by the French dictionary. */
const q = (text: string) => JSON.stringify(text);

export const en: Messages = {
  problems: {
    yamlSyntax: {
      message: (p) => `YAML syntax error in front matter: ${p.reason}`,
      fix: () => 'check indentation, and quote values that contain `: `, `#` or start with `@`, `[` or `*`',
    },
    unclosedQuote: {
      message: (p) => `a quote ${p.quote} opened on line ${p.line} is never closed`,
      fix: (p) => `close it with a ${p.quote} at the end of the value, on line ${p.line}`,
    },
    noFrontMatter: {
      message: () => 'the file does not start with front matter (a `---` line)',
      fix: () => 'start the file with `---`, the `key: value` lines, then `---`',
    },
    frontMatterNotMap: {
      message: () => 'front matter must be `key: value` lines',
      fix: () => 'write one key a line, e.g. `title: My post`',
    },
    fileDateNotReal: {
      message: (p) => `the file name's date ${p.date} is not a real day`,
      fix: () => 'rename the file `YYYY-MM-DD-slug.md` with a date that exists, e.g. 2018-09-24',
    },
    notMarkdownFile: {
      message: () => 'a post must be a .md or .mdx file',
      fix: () => 'rename it with the .md or .mdx extension',
    },
    noDateInName: {
      message: () => 'the file name does not start with a date',
      fix: () => 'rename the file `YYYY-MM-DD-slug.md` (e.g. 2018-09-24-mon-article.md) or add `date:` to the front matter',
    },
    noSlugInName: {
      message: (p) => `the file name ${p.fileName} gives the post no slug for its address`,
      fix: (p) => `rename it ${p.rename} (the slug is the end of the post's address), or add \`slug: ${p.words}\``,
    },
    missingKey: {
      message: (p) => `missing \`${p.key}\``,
      fix: (p) => `add \`${p.key}:\`, ${p.shape ?? 'with a value'}`,
    },
    badValue: {
      message: (p) => `\`${p.key}\` ${p.problem}`,
      fix: (p) => (p.shape ? `${p.key} must be ${p.shape}` : ''),
    },
    badDate: {
      message: (p) => `date ${q(p.value)} is not a real date`,
      fix: () => 'a date, e.g. `date: 2018-09-24` or `date: 2018-09-24 10:00:00 +0200`',
    },
    badSlug: {
      message: (p) => `slug ${q(p.slug)} is not usable in a URL`,
      fix: (p) => `use ASCII letters, digits and dashes, e.g. \`slug: ${p.suggestion}\``,
    },
    missingAuthor: {
      message: () => 'missing `author` (or `authors`)',
      fix: () => 'add `author: Prénom Nom` (the byline as written) or `authors: [slug]` naming profiles in content/authors/',
    },
    twitterNotHandle: {
      message: (p) => `twitter ${q(p.value)} must be a handle alone`,
      fix: (p) => (p.handle ? `write \`twitter: ${p.handle}\`` : 'a handle without @, e.g. `twitter: Mathilde_Bras`'),
    },
    tooManyTags: {
      message: (p) => `${p.count} tags; a post has at most ${p.max}`,
      fix: (p) => `keep the ${p.max} that describe the post best`,
    },
    tagNotAllowed: {
      message: (p) => `tags[${p.index}]: ${q(p.tag)} is not an allowed tag`,
      fix: (p) => (p.suggestion ? `did you mean ${q(p.suggestion)}?` : `use one of: ${p.allowed} (${p.file} lists them)`),
    },
    mdxSyntax: {
      message: (p) => `MDX syntax error: ${p.reason}`,
      fix: () => 'close every tag (`<Figure … />`), and write `{`, `}` and `<` as `\\{`, `\\}` and `&lt;` in text',
    },
    coverWithoutAlt: {
      message: (p) => `the cover ${p.image} has no text alternative (\`image_alt\`)`,
      fix: () => 'add `image_alt: What the picture shows` below `image:`; screen readers read it instead of the picture',
    },
    placeholderDescription: {
      message: () => 'the description is still the placeholder of `npm run new`',
      fix: () => 'write one or two sentences that sum the post up: cards, feeds and search engines show them',
    },
    bylineWithoutProfile: {
      message: (p) => `the byline ${q(p.byline)} names no profile of content/authors/: its author page will have no picture and no bio`,
      fix: (p) =>
        `create the profile: npm run new -- --profile ${JSON.stringify(p.byline)} (it writes content/authors/${p.slug}.md), or add this spelling to the \`aliases\` of an existing profile`,
    },
  },
  shapes: {
    title: 'a line of text, e.g. `title: "Mon article"`',
    description: 'a sentence or two of text, shown on cards and in feeds',
    author: 'the byline as text, e.g. `author: Sophie Miljkovic, équipe EIG`',
    authors: 'a list of author slugs from content/authors/, e.g. `authors: [mathilde-bras]`',
    twitter: 'a handle without @, e.g. `twitter: Mathilde_Bras`',
    image: 'a path under public/, e.g. `image: /img/blog/photo.jpg`, or an https:// URL',
    image_alt: 'a sentence that says what the cover shows',
    tags: 'a list, e.g. `tags: [accompagnement, évaluation]`',
    date: 'a date, e.g. `date: 2018-09-24` or `date: 2018-09-24 10:00:00 +0200`',
    slug: 'an ASCII slug, e.g. `slug: mon-article`',
    draft: '`true` or `false`',
    published: '`true` or `false`',
    redirect_from: 'a URL path or a list of them, e.g. `redirect_from: [/ancienne/adresse/]`',
    imported_tags: "a list of the old site's tags that are not allowed here, e.g. `imported_tags: [open-data]`",
    known_missing: 'a list of paths of files that were already missing on the old site, e.g. `known_missing: [/img/blog/perdue.jpg]`',
    name: 'the person or team name, e.g. `name: Mathilde Bras`',
    aliases: 'a list of other spellings, e.g. `aliases: [M. Bras]`',
    avatar: 'a path under public/, e.g. `avatar: /img/communaute/photo.jpg`',
    website: 'an https:// or http:// address, e.g. `website: https://example.org`',
  },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  banner: {
    title: (n) => `${n === 1 ? 'One content error' : `${n} content errors`}: publishing would fail`,
    intro: 'The posts concerned are not shown. Fix and save: the page updates.',
    withheldTitle: 'Post not shown',
    withheldText: 'has a content error, described at the top of the page. Fix it and save: the post will show here.',
  },
  newPost: {
    usage: 'Give the title of the post: npm run new -- "Title of the post"',
    noSlug: (title) => `${q(title)} has no letter or digit to make an address from: choose another title`,
    exists: (file) => `${file} already exists: nothing written. Edit it, or choose another title.`,
    created: (file, author) =>
      `Created ${file} (a draft), signed ${author}.\nFill in its front matter, preview it with \`npm run dev\`, and remove \`draft: true\` to publish.`,
    noAuthor: (gitName) =>
      `${gitName ? `No profile of content/authors/ is named ${q(gitName)} (git config user.name)` : 'git config user.name is empty'}: say who signs the post.\n` +
      '  npm run new -- --author "First Last" "Title of the post"\n' +
      '(or create your profile: npm run new -- --profile "First Last", then add the name of git config user.name to its `aliases:`)',
    profileUsage: 'Give the name of the person or team: npm run new -- --profile "First Last"',
    profileCreated: (file) => `Created ${file}. Complete it (other spellings of the byline, twitter, picture) and write the bio below the \`---\` line.`,
  },
};
