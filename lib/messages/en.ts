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
    mdxExpression: {
      message: () => 'a {…} expression is removed when the post is rendered',
      fix: () => 'write the value as text, or escape the braces as `\\{` and `\\}`',
    },
    mdxImportExport: {
      message: () => '`import`/`export` are not allowed in posts',
      fix: () => "use the components listed in the authors' guide, without importing them",
    },
    unknownComponent: {
      message: (p) => `unknown component <${p.name}>`,
      fix: (p) => `use one of: ${p.components}`,
    },
    spreadAttribute: {
      message: (p) => `<${p.name}>: a {...spread} attribute is removed when rendered`,
      fix: () => 'write each attribute as name="value"',
    },
    attributeExpression: {
      message: (p) => `<${p.name}> ${p.attribute}={${p.expression}}: attribute expressions are removed when rendered`,
      fix: (p) => `write ${p.attribute}="${p.value}"`,
    },
    fileUnreadable: {
      message: (p) => `could not be read (${p.code})`,
      fix: () => 'check that it is a readable file',
    },
    invalidUtf8: {
      message: (p) => `not valid UTF-8 (byte 0x${p.hex})`,
      fix: (p) =>
        `save the file as UTF-8 in your editor (it was probably saved as Latin-1 or Windows-1252), then check the text at line ${p.line}, column ${p.column}`,
    },
    controlCharacter: {
      message: (p) => `invisible control character U+${p.code}${p.more ? ` (and ${p.more} more in the file)` : ''}`,
      fix: (p) => `delete the invisible character at line ${p.line}, column ${p.column}${p.more ? ', then run the check again' : ''}`,
    },
    linkOutside: {
      message: (p) => `symbolic link to ${p.target}, outside ${p.folder}: not read`,
      fix: () => 'replace the link by the file itself',
    },
    linkLoop: {
      message: (p) => `symbolic link loop (${p.target}): not read`,
      fix: () => 'replace the link by the file itself',
    },
    linkDangling: {
      message: (p) => `symbolic link to ${p.target}, which does not exist: not read`,
      fix: () => 'replace the link by the file itself, or delete the link',
    },
    elementRemoved: {
      message: (p) =>
        `<${p.tag}> removed${p.withContent ? ' with its content' : ''}: ${
          {
            script: 'a post cannot run scripts',
            head: 'a post cannot change the page’s head (address, styles, redirects)',
            form: 'posts hold no forms',
            plugin: 'plugins and frames of other pages are not embedded',
            drawing: 'inline drawings can carry links and animations',
            notComponent: 'it is not a component of this site',
            other: 'this element is not allowed in posts; its text is kept',
          }[p.kind]
        }`,
      fix: (p) =>
        ({
          script: `remove the <${p.tag}>; for a video use <VideoEmbed> or an iframe from an allowed host`,
          head: `remove the <${p.tag}>`,
          form: `remove the <${p.tag}>, or link to the form where it lives`,
          plugin: 'link to the file or page instead',
          drawing: 'save it as an image file in public/img/ and show it with ![…](/img/…)',
          notComponent: 'use <Figure>, <VideoEmbed>, <Callout> or <Tags>',
          other: `remove the <${p.tag}> tags, or use Markdown`,
        })[p.kind],
    },
    attributeRemoved: {
      message: (p) =>
        `${p.attribute} removed from <${p.tag}>: ${
          {
            handler: 'event handlers never run in posts',
            style: 'posts carry no styles of their own: the site lays them out',
            class: 'class names belong to the site’s own layout',
            href: `${q(p.value)} is not an http, https, mailto or relative address`,
            url: `${q(p.value)} is not an http, https or relative address`,
            other: `it is not allowed on <${p.tag}>`,
          }[p.kind]
        }`,
      fix: (p) =>
        p.kind === 'style'
          ? 'remove style; set an image’s size with width="…"'
          : p.kind === 'href' || p.kind === 'url'
            ? 'use an https:// address or a path of the site'
            : `remove ${p.attribute}`,
    },
    frameAsLink: {
      message: (p) => `iframe ${p.src} is shown as a link: only https players of ${p.hosts} are embedded`,
      fix: () => 'use the embed address of one of these hosts, or add the host to embedHosts in site.config.ts',
    },
    knownMissing: {
      message: (p) => `${p.path} not found: known missing since the import`,
      fix: (p) => `add the file as public${p.file} or remove ${p.link ? 'the link to it' : 'the reference'}, then remove it from known_missing`,
    },
    knownMissingExists: {
      message: (p) => `known_missing lists ${p.path}, which exists now`,
      fix: () => 'remove it from known_missing',
    },
    imageWithoutAlt: {
      message: (p) => `image ${p.src} has no alt text`,
      fix: (p) => `say what it shows between the brackets: ![What the picture shows](${p.src})`,
    },
    htmlImageWithoutAlt: {
      message: (p) => `<${p.tag}> ${p.src} has no alt text`,
      fix: () => 'add alt="what the picture shows" (or alt="" if it is only decorative)',
    },
    deadLink: {
      message: (p) => `link to ${p.href}: nothing of this site answers at this address`,
      fix: (p) =>
        p.guess
          ? `did you mean ${p.guess}?`
          : 'correct the address; for a page this blog does not serve, link to where it lives now, with its full https:// address',
    },
    fileOverHttp: {
      message: (p) => `${p.what} ${p.src} is served over http`,
      fix: (p) => `use ${p.https}`,
    },
    fileNotRootPath: {
      message: (p) => `${p.what} ${p.src} is not a path from the site root`,
      fix: () => 'write it from the site root, e.g. /img/blog/photo.jpg, with the file in public/img/blog/',
    },
    fileRefused: {
      message: (p) =>
        `${p.what} ${p.src} ${
          {
            climbs: 'leaves public/',
            outside: 'is reached through a symbolic link that leaves public/: not read',
            loop: 'is reached through a symbolic link loop: not read',
            dangling: 'is a symbolic link to a file that does not exist',
          }[p.reason]
        }`,
      fix: (p) =>
        p.reason === 'climbs'
          ? 'write the path from the site root without `..`, e.g. /img/blog/photo.jpg for public/img/blog/photo.jpg'
          : `replace the link by the file itself${p.reason === 'dangling' ? ', or delete the link' : ''}`,
    },
    fileNotFound: {
      message: (p) => `${p.what} ${p.src} not found`,
      fix: (p) =>
        !p.right
          ? `add the file as public${p.decoded} or correct the path`
          : p.accents === 'post'
            ? `type the file name again in the post: its accents are written decomposed (e + ◌́, as macOS copies them), while public${p.right} has them composed; a Linux host tells the two apart`
            : p.accents === 'file'
              ? `rename public${p.right}, typing its name again: its accents are stored decomposed (e + ◌́, as macOS writes them), which a Linux host does not match with the name as written`
              : `did you mean ${p.right}? (case matters on the host)`,
    },
    pictureNotAddress: {
      message: (p) => `${p.key} ${p.src} must be a path under public/ or an https:// URL`,
      fix: (p) =>
        p.src.startsWith('//')
          ? `write https:${p.src}`
          : `put the picture in public/${p.folder}/ and write \`${p.key}: /${p.folder}/<file name>\`, or give its https:// URL`,
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
