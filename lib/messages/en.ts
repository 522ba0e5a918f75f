import type { BylineMatch, LiquidKind, Messages, RefChange, RuleSkip, SiteThing } from './fr';

/** What authors read on an English site (`lang: 'en'` in site.config.ts); typed by the French dictionary. */
const q = (text: string) => JSON.stringify(text);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const englishDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const LIQUID_FIX: Record<LiquidKind, string> = {
  include: 'Liquid includes do not exist here: paste the included HTML or use an MDX component',
  loop: 'the loop generated its content from site data, which is not imported: write that content by hand',
  condition: 'conditions are not evaluated here: write by hand the content that applies',
  other: 'remove the Liquid code: it is not rendered on this site',
};
const siteThing = (t: SiteThing): string =>
  ({
    buildFolder: `the folder ${t.path} the build writes`,
    buildFile: `the file ${t.path} the build writes`,
    page: t.thing === 'page' && t.source ? `the page ${t.path} of ${t.source}` : `the page ${t.path}`,
    pageData: `the data of the page ${t.path}`,
    publicFolder: `the folder ${t.path}/`,
    publicFile: `the file ${t.path}`,
  })[t.thing];
const siteThingFix = (t: SiteThing): string =>
  ({
    buildFolder: `choose an address outside ${t.path}`,
    buildFile: `remove this redirect: the site serves ${t.path} itself`,
    page: t.thing === 'page' && t.source ? `remove this redirect, or rename ${t.source} (its name is its address)` : `remove this redirect, or move the page ${t.path}`,
    pageData: 'remove this redirect: Next.js writes this file beside the page',
    publicFolder: `choose another address, or move ${t.path}/`,
    publicFile: `remove this redirect, or move ${t.path}`,
  })[t.thing];
const BYLINE_MATCH: Record<BylineMatch, string> = {
  case: 'the same name but for case, accents or spacing',
  swapped: 'two neighbouring letters swapped',
  oneLetter: 'one letter apart',
  near: 'nearly the same name',
  samePerson: 'the same person of the old site',
  sameName: 'the same name',
};
const REF_CHANGE = (c: RefChange): string =>
  c.kind === 'diskCase'
    ? `spelt as the file is on disk (/${c.path}): case matters on the host`
    : c.kind === 'publicCase'
      ? `spelt as the file is in public/ (${c.path})`
      : {
          siteHost: 'made root-relative (it pointed at the old site)',
          https: 'now asked over https (the site only loads https images); check it loads',
          relative: 'made root-relative (relative paths break on the new URLs)',
          fileName: 'written with the file name as it is (not URL-encoded)',
        }[c.kind];
const KEEP_IN_HOST = 'keep it in the host’s own configuration if it is still needed';
const RULE_SKIP = (w: RuleSkip): { why: string; fix: string } =>
  w.kind === 'condition'
    ? { why: 'only `from to [status]` rules are read (no conditions, no query)', fix: KEEP_IN_HOST }
    : w.kind === 'status'
      ? { why: `status ${w.status} is not a redirect (a rewrite or an error page)`, fix: KEEP_IN_HOST }
      : w.kind === 'otherHost'
        ? { why: 'it redirects another host (a domain move)', fix: 'set it up where that domain is served' }
        : w.kind === 'refused'
          ? { why: w.reason, fix: w.fix }
          : w.kind === 'otherSite'
            ? { why: `it leads to another site (${w.to})`, fix: 'add it to content/redirects.yml by hand, with its host in redirectHosts (site.config.ts)' }
            : { why: `it leads to ${w.to}, which this blog does not serve`, fix: 'point it at the post or page that replaces it, in content/redirects.yml' };
const TAGS_SHAPE = 'a list, one tag a line: `- évaluation`';
const REDIRECTS_SHAPE = 'a list of entries such as `- from: /posts/2018/09/24/x/` and `  to: /blog/2018/09/24/x/`';
const REDIRECT_TO_FIX = 'point it at a page of this site, e.g. /blog/, or at an https:// URL on a host listed in redirectHosts of site.config.ts';

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
      message: (p) => `symbolic link to ${p.target}, outside ${typeof p.folder === 'string' ? p.folder : 'the Jekyll site'}: not read`,
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
    langRefAlone: {
      message: (p) => `\`lang-ref: ${p.ref}\`: no post in another language has this \`lang-ref\`, so there is no link to a translation`,
      fix: (p) => `give its translation \`lang-ref: ${p.ref}\` (\`npm run new -- --translate <file>\` writes it), or fix the spelling of one of them`,
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
    hiddenFile: {
      message: () => 'hidden file not read: its name starts with a dot',
      fix: () => 'rename it without the leading dot, or delete it',
    },
    folderNotRead: {
      message: (p) => `folder not read: ${p.folder}/ holds files only`,
      fix: (p) => `move the files it holds into ${p.folder}/, or the folder out of ${p.outOf}`,
    },
    notRegularFile: {
      message: () => 'not a regular file: not read',
      fix: (p) =>
        ({
          file: 'replace it by a file, or delete it',
          redirects: 'make it a YAML file of redirects, or delete it',
          tags: `make it ${TAGS_SHAPE}`,
        })[p.expected],
    },
    noPostsFolder: {
      message: (p) => `the posts folder ${p.folder}/ does not exist`,
      fix: (p) => `create ${p.folder}/ or set CONTENT_DIR`,
    },
    notPostFile: {
      message: () => 'not a post: posts are .md or .mdx files',
      fix: () => 'move it to public/ if a post uses it, or rename it with .md or .mdx',
    },
    notPageFile: {
      message: () => 'not a page: static pages are .md files',
      fix: (p) => `rename it ${p.rename}, or move it out of ${p.folder}/ (pictures go in public/img/)`,
    },
    notProfileFile: {
      message: () => 'not an author profile: profiles are .md files',
      fix: (p) => `rename it ${p.rename}, or move it out of ${p.folder}/ (pictures go in public/img/communaute/)`,
    },
    buildDateInvalid: {
      message: (p) => `BUILD_DATE ${q(p.value)} is not a date`,
      fix: () => 'use YYYY-MM-DD, e.g. BUILD_DATE=2018-09-24',
    },
    liquidNotRendered: {
      message: (p) => `Liquid code ${p.text} would not be rendered`,
      fix: (p) => LIQUID_FIX[p.liquid],
    },
    bodyTooNested: {
      message: (p) => `${p.opened} quotes or lists open on one line; at most ${p.max}`,
      fix: () => 'nest fewer quotes and lists',
    },
    bodyTooIndented: {
      message: (p) => `line indented by ${p.width} columns; at most ${p.max}`,
      fix: () => 'indent less: lists nest by two to four spaces a level',
    },
    bodyPunctuationRun: {
      message: (p) => `a run of ${p.length} punctuation characters; at most ${p.max}`,
      fix: () => 'shorten it, or put it in a code block (```)',
    },
    bodyOpenBrackets: {
      message: (p) => `more than ${p.max} brackets [ open at once`,
      fix: () => 'close each [ of a link, or escape it as \\[',
    },
    bodyTooDeep: {
      message: (p) => `elements nested ${p.depth} deep; at most ${p.max}`,
      fix: () => 'nest fewer quotes, lists and HTML elements',
    },
    bodyStackOverflow: {
      message: () => 'the body nests too deeply to be read',
      fix: () => 'nest fewer quotes, lists and HTML elements',
    },
    bodyUnreadable: {
      message: (p) => `the body could not be read: ${p.reason}`,
      fix: () => 'simplify the part of the post that was last edited',
    },
    pageNameNotSlug: {
      message: (p) => `the file name ${p.name} gives the page no usable address`,
      fix: (p) => `rename it ${p.rename}: lowercase ASCII letters, digits and dashes (the name is the page's address)`,
    },
    pageAddressReserved: {
      message: (p) => `the address ${p.path} is one of the blog's own pages`,
      fix: (p) => `rename ${p.file} (its name is its address), e.g. ${p.rename}`,
    },
    pageAddressTaken: {
      message: (p) => `the address ${p.path} is taken by ${siteThing(p.taken)}`,
      fix: (p) => `rename ${p.file} (its name is its address), e.g. ${p.rename}`,
    },
    unknownAuthorSlug: {
      message: (p) => `unknown author slug ${q(p.slug)}`,
      fix: (p) => (p.guess ? `did you mean ${q(p.guess)}?` : `create content/authors/${p.slug}.md with \`name:\``),
    },
    samePostUrl: {
      message: (p) => `same URL ${p.path} as ${p.other}`,
      fix: () => 'change the slug of one of them (rename the file or set `slug:`)',
    },
    unknownLanguage: {
      message: (p) => `unknown language ${q(p.lang)}: the site is written in ${p.known}`,
      fix: (p) => (p.guess ? `write \`lang: ${p.guess}\`` : 'write one of these languages, or add this one to `languages` in site.config.ts (and its dictionary in lib/i18n/)'),
    },
    langFolderMismatch: {
      message: (p) => `\`lang: ${p.lang}\` in folder ${p.folder}/, which is the ${q(p.folderLang)} language's`,
      fix: (p) => `remove \`lang:\` (the folder is enough), or move the file to the ${q(p.lang)} language's folder`,
    },
    sameLangRef: {
      message: (p) => `\`lang-ref: ${p.ref}\`: ${p.other} is already this post's ${q(p.lang)} version`,
      fix: () => 'a post has one version per language: change the `lang-ref` of one of them, or its language (its folder or `lang:`)',
    },
    tagSameUrl: {
      message: (p) => `tag ${q(p.tag)} has the same URL /tag/${p.slug}/ as ${q(p.known)}`,
      fix: (p) => `write it ${q(p.known)}`,
    },
    authorFileName: {
      message: (p) => `author file name ${q(p.slug)} is not an ASCII slug`,
      fix: (p) => `rename it ${p.rename}`,
    },
    redirectNotPath: {
      message: (p) => `redirect from ${q(p.from)} is not a path`,
      fix: () => 'write it from the site root, e.g. /posts/2018/09/24/x/',
    },
    redirectControl: {
      message: (p) => `redirect from ${q(p.from)} holds a line break or another control character`,
      fix: () => 'remove it: write the address on one line, as a browser shows it',
    },
    redirectSpace: {
      message: (p) => `redirect from ${q(p.from)} holds a space`,
      fix: (p) => `write it percent-encoded, as browsers send it: ${p.encoded}`,
    },
    redirectBackslash: {
      message: (p) => `redirect from ${q(p.from)} holds a backslash`,
      fix: () => 'write / between segments',
    },
    redirectQuery: {
      message: (p) => `redirect from ${q(p.from)} holds a query or a fragment (? or #), which a static host does not read as part of the path`,
      fix: (p) => `write the path alone: ${p.path}`,
    },
    redirectBadEncoding: {
      message: (p) => `redirect from ${q(p.from)} has invalid percent-encoding`,
      fix: () => 'write % as %25, or correct the %XX sequence',
    },
    redirectEncodedSeparator: {
      message: (p) => `redirect from ${q(p.from)} holds an encoded separator (${p.sequence})`,
      fix: () => 'write / between segments: an encoded separator names a different file on each host',
    },
    redirectEncodedControl: {
      message: (p) => `redirect from ${q(p.from)} holds a percent-encoded control character`,
      fix: () => 'remove it from the address',
    },
    redirectEmptySegment: {
      message: (p) => `redirect from ${q(p.from)} has an empty segment (//)`,
      fix: () => 'write a single / at the start and between segments',
    },
    redirectDotSegment: {
      message: (p) => `redirect from ${q(p.from)} has the segment ${q(p.segment)}, which browsers resolve before asking the host`,
      fix: () => 'write the address without . and .. segments, as a browser shows it',
    },
    redirectPattern: {
      message: (p) => `redirect from ${q(p.from)} holds ${q(p.pattern)}, which hosts read as a pattern in _redirects`,
      fix: () => 'write the one old address that must lead here, without *, ! or a segment starting with :',
    },
    redirectLongSegment: {
      message: (p) => `redirect from ${q(p.from)} has a segment longer than ${p.max} bytes, more than a file name may hold`,
      fix: () => 'shorten it',
    },
    redirectShadows: {
      message: (p) => `redirect from ${p.from} would ${{ into: 'write into', replace: 'replace', folder: 'need a folder in place of' }[p.how]} ${siteThing(p.taken)}`,
      fix: (p) => siteThingFix(p.taken),
    },
    redirectTwice: {
      message: (p) => `two redirects from ${p.from}: to ${p.otherTo} (${p.otherFile}) and to ${p.to}`,
      fix: () => 'keep one of them',
    },
    redirectUnderRedirect: {
      message: (p) => `redirect from ${p.from} would need a folder in place of the redirect from ${p.other} (${p.otherFile})`,
      fix: () => 'keep one of the two addresses',
    },
    redirectLoop: {
      message: (p) => `redirect loop: ${p.chain}`,
      fix: () => 'point each redirect at a page, not back at a redirect',
    },
    redirectTargetMissing: {
      message: (p) => `redirect from ${p.from} leads to ${p.to}, which is not a page or a file of the site`,
      fix: () => 'point it at an existing page or file',
    },
    redirectBadTarget: {
      message: (p) =>
        `redirect from ${p.from} leads to ${q(p.to)}, ${
          {
            space: 'which holds a space or a control character',
            noScheme: 'another host written without https:',
            notUrl: 'which is neither a path of this site nor an https:// URL',
            http: 'which is not https',
          }[p.why]
        }`,
      fix: () => REDIRECT_TO_FIX,
    },
    redirectHostNotListed: {
      message: (p) => `redirect from ${p.from} leads to ${p.to}, on ${p.host}, a host not listed in redirectHosts`,
      fix: (p) => `add "${p.host}" to redirectHosts in site.config.ts if readers may be sent there, or point it at a page of this site`,
    },
    yamlFileSyntax: {
      message: (p) => `YAML syntax error: ${p.reason}`,
      fix: (p) => `write ${p.list === 'tags' ? TAGS_SHAPE : REDIRECTS_SHAPE}`,
    },
    redirectsNotList: {
      message: () => 'redirects must be a list',
      fix: () => `write ${REDIRECTS_SHAPE}`,
    },
    redirectEntryIncomplete: {
      message: (p) => `entry ${p.index} needs \`from\` and \`to\``,
      fix: () => `write ${REDIRECTS_SHAPE}`,
    },
    tagsNotList: {
      message: () => 'the allowed tags must be a list',
      fix: () => `write ${TAGS_SHAPE}`,
    },
    tagNotText: {
      message: (p) => `item ${p.index} is not a tag: tags are text`,
      fix: () => `write ${TAGS_SHAPE}`,
    },
    tagNoAddress: {
      message: (p) => `tag ${q(p.tag)} has no letter or digit to make its page's address`,
      fix: () => 'write it with letters or digits, or remove it',
    },
    tagListedTwice: {
      message: (p) => `tag ${q(p.tag)} is listed twice`,
      fix: () => 'remove one of them',
    },
    tagsShareSlug: {
      message: (p) => `tags ${q(p.first)} and ${q(p.second)} would share the page /tag/${p.slug}/`,
      fix: () => 'keep one spelling, and write it in the posts that use the other',
    },
    importOutsideTarget: {
      message: (p) => `not written: it leads outside ${p.dir}/`,
      fix: (p) => `if a symbolic link of ${p.dir}/ is on its way, replace it by a folder`,
    },
    importCopyGone: {
      message: () => 'not copied: no longer a file inside the Jekyll site',
      fix: () => 'replace the link by the file itself',
    },
    importTargetEdited: {
      message: (p) => `differs from what the import of ${p.source} would write (edited since?): left as it is`,
      fix: (p) => `delete ${p.file} to import it again`,
    },
    importSameFileName: {
      message: (p) => `not imported: ${p.other} is imported as posts/${p.fileName} too`,
      fix: () => 'rename one of them in the Jekyll site',
    },
    importAddressTaken: {
      message: (p) => `not imported: ${p.existing} already has its address ${p.address}`,
      fix: (p) => `delete ${p.existing} to import it again, or leave it`,
    },
    importFrontMatter: {
      message: (p) => `not imported: ${p.reason}`,
      fix: () => 'correct the front matter in the Jekyll site and run the import again',
    },
    importNoSlug: {
      message: (p) => `not imported: its name has no letter or digit${p.inDrafts ? '' : ' after the date'} to make the post's address`,
      fix: (p) => `rename it ${p.rename} (a few words of its title) and run the import again`,
    },
    importBadFileName: {
      message: (p) => `not imported: ${p.date ? `its date ${p.date} is not a real day` : 'its name is not `YYYY-MM-DD-slug.md`'}, so Jekyll did not publish it either`,
      fix: () => 'rename it `YYYY-MM-DD-slug.md` and run the import again',
    },
    importDraftNoDate: {
      message: () => 'not imported: a draft of _drafts/ needs a `date:` to get an address',
      fix: () => 'add `date: YYYY-MM-DD` to its front matter and run the import again',
    },
    importNotMarkdown: {
      message: () => 'not imported: only Markdown posts are',
      fix: () => 'convert it to Markdown to import it, or copy it by hand',
    },
    importPageSkipped: {
      message: (p) =>
        `page not imported: ${
          p.why.kind === 'frontMatter'
            ? p.why.reason
            : p.why.kind === 'ownAddress'
              ? `its address ${p.why.url} is the blog's own (home, lists, error page)`
              : p.why.kind === 'liquid'
                ? `its Liquid (${plural(p.why.count, 'tag')}${p.why.line ? `, line ${p.why.line}` : ''}) has no equivalent here: it was made by the old site's templates`
                : p.why.kind === 'missingFiles'
                  ? `it refers to files the old site did not have: ${p.why.files}`
                  : 'Liquid is left in it'
        }`,
      fix: (p) =>
        ({
          frontMatter: 'correct its front matter and run the import again',
          ownAddress: 'the blog has its own page there; copy what it says by hand if it is still needed',
          liquid: 'write the page by hand in content/pages/, if it is still needed',
          missingFiles: 'add them to the Jekyll site, or write the page by hand',
          liquidLeft: 'write the page by hand in content/pages/',
        })[p.why.kind],
    },
    importProfileUnused: {
      message: (p) => `not imported: ${p.name} signs none of the imported posts, so has no author page here`,
      fix: () => 'if they should have one, create their profile in content/authors/ by hand',
    },
    importWouldFail: {
      message: (p) => `the imported post would fail npm run check: ${p.message}`,
      fix: (p) => p.fix ?? '',
    },
    importProfileWouldFail: {
      message: (p) => `the imported profile ${p.file} would fail npm run check: ${p.message}`,
      fix: (p) => p.fix ?? '',
    },
    importTagsNotAdded: {
      message: (p) => `the old site's tags were not added: ${p.file} does not read as a list one tag a line, or holds a mistake`,
      fix: (p) => `run npm run check to see what is wrong with ${p.file}, correct it, and run the import again`,
    },
    importLiquidLeft: {
      message: (p) => `Liquid ${p.text} is left in the body`,
      fix: (p) => LIQUID_FIX[p.liquid],
    },
    importYamlUnreadable: {
      message: (p) => `unreadable YAML, ignored: ${p.reason}`,
      fix: () => '',
    },
    importOldPageLink: {
      message: (p) => `link ${p.url}: a page of the old site that this blog does not serve; it will answer 404`,
      fix: (p) =>
        p.sameAsBlog
          ? "the blog takes the old site's address: pass --old-site-url with where its pages live now (e.g. https://web.archive.org/web/2020/<old url>), or link a page of this blog"
          : "pass --old-site-url <the old site's address> to link it there, or link a page of this blog",
    },
    importLookAlikeProfiles: {
      message: (p) =>
        `${q(p.name)} and ${q(p.other)} are one letter apart: kept as two profiles (only a swapped, missing or extra letter in a name of two words and 10 letters or more is merged)`,
      fix: (p) => `if they are one person, add ${q(p.name)} to the aliases of content/authors/${p.slug}.md and delete content/authors/${p.otherSlug}.md`,
    },
    importRedirectAside: {
      message: (p) => `${p.reason}: kept in imported_redirect_from, not as a redirect`,
      fix: (p) => `if the old address must keep working, correct it (${p.reasonFix}) and move it to redirect_from`,
    },
    importPermalinkUnknown: {
      message: (p) => `permalink ${p.template} holds a placeholder Jekyll 4 does not know: no old address to keep`,
      fix: () => 'if the post had an address, add it to redirect_from',
    },
    importFileMissing: {
      message: (p) => `${p.url} exists nowhere in the Jekyll site: listed in known_missing`,
      fix: (p) => `add the file as public${p.file}, or remove the reference; then remove it from known_missing`,
    },
    importTwitterNotHandle: {
      message: (p) => `twitter ${q(p.value)} is not a handle: moved to imported_twitter`,
      fix: () => 'write the handle alone in `twitter:`',
    },
    importTagKept: {
      message: (p) => `tag ${q(p.tag)} ${p.over ? `is beyond the ${p.max} tags a post may have` : 'is not an allowed tag'}: kept in imported_tags`,
      fix: (p) =>
        p.over
          ? `to show it, put it in tags in place of one of ${p.tags.map(q).join(', ')}; then remove it from imported_tags`
          : p.near
            ? `did you mean ${q(p.near)}? add it to tags if so`
            : 'add it to content/tags.yml (the import does with --add-tags), or choose an allowed tag; then move it to tags',
    },
    importLiquidInCode: {
      message: (p) => `Liquid ${p.text} in code is shown as written: Jekyll ran it, so readers saw its result`,
      fix: () => 'write in the code what readers saw, or keep it if the post shows Liquid on purpose',
    },
    importLiquidRemoved: {
      message: (p) => `Liquid ${p.text}${p.endLine ? ` (lines ${p.line}–${p.endLine}, all removed)` : ''} removed: it has no equivalent here`,
      fix: (p) => LIQUID_FIX[p.liquid],
    },
    importAvatarMissing: {
      message: (p) => `picture ${p.picture} of ${p.name} exists nowhere in the site: no avatar`,
      fix: (p) => `add an avatar: to content/authors/${p.slug}.md`,
    },
    importProfileFileMissing: {
      message: (p) => `${p.url} exists nowhere in the Jekyll site`,
      fix: (p) => `add the file to public/, or remove it from content/authors/${p.slug}.md`,
    },
    importNearProfile: {
      message: (p) => `byline ${q(p.name)} is nearly the name of the profile ${q(p.profile)} (${BYLINE_MATCH[p.why]}): no profile created`,
      fix: (p) => `if it is the same person, add ${q(p.name)} to aliases in content/authors/${p.slug}.md; else create content/authors/<slug>.md for them`,
    },
    importBadTimezone: {
      message: (p) => `timezone ${q(p.zone)} is not a time zone name: dates are read in UTC`,
      fix: () => 'write a zone name such as Europe/Paris, or remove timezone:',
    },
    importBaseurl: {
      message: (p) => `the old site was served under baseurl ${p.baseurl}: each old address is kept with it and without it`,
      fix: (p) => `build the blog with BASE_PATH=${p.baseurl} to serve it where the old one was, or at the root`,
    },
    importRuleNotKept: {
      message: (p) => `rule ${q(p.rule)} not kept: ${RULE_SKIP(p.why).why}`,
      fix: (p) => RULE_SKIP(p.why).fix,
    },
    importEmptyDropped: {
      message: (p) =>
        ({
          noName: `a key with no name (value ${p.value}) dropped`,
          null: `${p.key}: empty (null), dropped: Jekyll read it as not set`,
          text: `${p.key}: empty text, dropped: Jekyll read it as not set`,
          list: `${p.key}: empty list, dropped`,
        })[p.kind],
      fix: () => '',
    },
    importDefaultsApplied: {
      message: (p) => `${p.keys.join(', ')} from defaults: in _config.yml written in its front matter`,
      fix: () => '',
    },
    importDateUnread: {
      message: (p) => `date ${q(p.value)} is not a date this site reads: moved to imported_date, the file name's date is used`,
      fix: () => '',
    },
    importDateShifted: {
      message: (p) => `date ${q(p.value)} fell on ${p.day} in the site's time zone (${p.zone}), the day Jekyll gave it: written as ${p.written}`,
      fix: () => '',
    },
    importDraftRenamed: {
      message: (p) => `draft of _drafts/ imported as ${p.fileName} (a file name starting with _ is a draft)`,
      fix: () => '',
    },
    importMarkdownRenamed: {
      message: (p) => `.markdown file written as ${p.fileName}`,
      fix: () => '',
    },
    importSlugChanged: {
      message: (p) => `slug ${q(p.slug)} is not usable in a URL: now ${p.safe}, the old address redirects`,
      fix: () => '',
    },
    importOldAddressKept: {
      message: (p) => `old address ${p.url} (${p.baseurl ? `under baseurl ${p.baseurl}` : `permalink ${p.permalink ?? ''}`}) added to redirect_from`,
      fix: () => '',
    },
    importRefChanged: {
      message: (p) => `${p.raw} → ${p.url}: ${REF_CHANGE(p.change)}`,
      fix: () => '',
    },
    importCoverPath: {
      message: () => 'image written as a path (the site reads `image: /img/x.jpg`)',
      fix: () => '',
    },
    importCoverNotPath: {
      message: () => 'image is not a path: moved to imported_image',
      fix: () => '',
    },
    importEntities: {
      message: (p) => `${p.key}: HTML entities written as the characters they show (${q(p.before)} → ${q(p.after)})`,
      fix: () => '',
    },
    importNoTitle: {
      message: (p) => `no title: ${q(p.title)}, from the file name`,
      fix: () => '',
    },
    importNoDescription: {
      message: (p) => `no description: ${p.from ? `${p.from === 'excerpt' ? 'the excerpt' : 'the start of the text'} is used (${q(p.description)})` : q(p.description)}`,
      fix: () => '',
    },
    importBoolean: {
      message: (p) => `${p.key}: ${q(p.value)} written as ${String(p.written)}`,
      fix: () => '',
    },
    importTwitterHandle: {
      message: (p) => `twitter ${q(p.value)} written as the handle ${p.handle}`,
      fix: () => '',
    },
    importTagRenamed: {
      message: (p) => `tag ${q(p.from)} written as the allowed tag ${q(p.to)}`,
      fix: () => '',
    },
    importSplitList: {
      message: (p) => `${p.key} ${q(p.value)} written as the list ${JSON.stringify(p.list)} (Jekyll splits it on spaces)`,
      fix: () => '',
    },
    importRedirectsRooted: {
      message: () => 'redirect_from paths written from the site root',
      fix: () => '',
    },
    importAuthorUsername: {
      message: (p) => `author ${q(p.written)} is ${p.source ? `the file name of ${p.source}` : 'a username of _data/authors.yml'}: written as ${q(p.name)}`,
      fix: () => '',
    },
    importAuthorWritten: {
      message: (p) => `author ${p.from} written as the byline ${q(p.byline)}`,
      fix: () => '',
    },
    importAuthorsMoved: {
      message: (p) => `authors (usernames of the old site) moved to imported_authors; the byline names ${p.names.join(', ')}`,
      fix: () => '',
    },
    importNoAuthor: {
      message: (p) => `no author: the site's ${p.from} ${q(p.byline)} is used`,
      fix: () => '',
    },
    importPageImported: {
      message: (p) => `page imported as content/pages/${p.slug}.md, at ${p.path}${p.oldUrl ? `; its old address ${p.oldUrl} redirects there` : ''}`,
      fix: () => '',
    },
    importOldPageLinked: {
      message: (p) => `link ${p.url} → ${p.to}: a page of the old site that this blog does not serve`,
      fix: () => '',
    },
    importPostRelinked: {
      message: (p) => `link ${p.url} → ${p.to}: the address of the post it names`,
      fix: () => '',
    },
    importRulesKept: {
      message: (p) => `${plural(p.count, 'rule')} kept in content/redirects.yml`,
      fix: () => '',
    },
    importProfileCreated: {
      message: (p) =>
        `author profile authors/${p.slug}.md created for ${q(p.name)}${p.from ? `, from ${p.from}${p.bio ? ' (bio included)' : ''}` : ''}${p.twitterFrom ? `, twitter from ${p.twitterFrom}` : ''}`,
      fix: () => '',
    },
    importBylineMerged: {
      message: (p) => `byline ${q(p.alias)} (${plural(p.posts, 'post')}) merged into authors/${p.slug}.md, ${q(p.name)}: ${BYLINE_MATCH[p.why]}`,
      fix: (p) => `if they are two people, remove ${q(p.alias)} from the aliases of content/authors/${p.slug}.md and create its own profile`,
    },
    importVariableReplaced: {
      message: (p) => `${p.markup} replaced by its value, ${q(p.value)}`,
      fix: () => '',
    },
    importMarkupChanged: {
      message: (p) =>
        p.change.kind === 'addresses'
          ? `${p.change.markup} turned into ${p.change.count > 1 ? 'addresses' : 'an address'} of this site`
          : p.change.kind === 'raw'
            ? 'the {% raw %} text kept as readers saw it, without Liquid tags'
            : `Jekyll markup ${p.change.markup} removed`,
      fix: () => '',
    },
    importHighlightFenced: {
      message: (p) => `${p.markup} turned into a fenced code block`,
      fix: () => '',
    },
    importBlankLine: {
      message: (p) =>
        ({
          afterElement: `blank line inserted before this line: kramdown read it as Markdown, after the HTML element ${p.tag} that ends on the line before`,
          paragraphEnd: `blank line inserted before ${p.tag}: kramdown ended the paragraph there and read the element as HTML`,
          aboveTag: `blank line inserted before ${p.tag}: kramdown read the lines above it as Markdown, in one paragraph with the tag`,
          belowTag: `blank line inserted before this line: kramdown read it as Markdown, in one paragraph with ${p.tag} above it`,
        })[p.why],
      fix: () => '',
    },
    importMarkdownAttribute: {
      message: (p) => `${p.tag} with markdown="1": its content read as Markdown, as kramdown read it (set apart by blank lines, the attribute removed)`,
      fix: () => '',
    },
    importBlankLinesKept: {
      message: (p) => `${p.tag} with blank lines inside (${p.lines} lines, to its end tag) kept as one HTML element, as kramdown read it: its blank lines hold an empty comment`,
      fix: () => '',
    },
    importFootnoteMarker: {
      message: (p) => `footnote marker ${p.marker} written as text, as kramdown showed it (its footnote names are letters, digits, _ and -, in the case of their definition)`,
      fix: () => '',
    },
    importAbbreviation: {
      message: (p) => `abbreviation *[${p.name}] removed, as kramdown removed it; ${plural(p.uses, 'use')} of ${p.name} wrapped in <abbr>`,
      fix: () => '',
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
  format: {
    problem: (where, severity, code, message) => `${where}: ${severity}: ${code ? `[${code}] ` : ''}${message}`,
    fix: (fix) => `fix: ${fix}`,
    errors: (n) => `${n} error${n === 1 ? '' : 's'}`,
    warnings: (n) => `${n} warning${n === 1 ? '' : 's'}`,
    contentErrors: (n, list) => `${n} content error${n > 1 ? 's' : ''}:\n${list}\nRun \`npm run check\` to see them with warnings.`,
    bodyError: (line, message, fix) => `${line ? `line ${line}: ` : ''}${message}${fix ? ` (fix: ${fix})` : ''}`,
    scheduled: (file, date) => `${file}: scheduled for ${englishDate.format(date)}, not published before`,
    draft: (file) => `${file}: draft, not published`,
    summary: (posts, seconds, errors, warnings) =>
      `${posts} post${posts === 1 ? '' : 's'} checked in ${seconds.toFixed(2)} s: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  },
  build: {
    redirectRefused: (problem) => `${problem}: refused (run \`npm run check\`)`,
    pages: {
      all: (why) =>
        `pages: all rendered (${
          {
            'none-kept': 'none kept from an earlier build',
            code: 'the code changed since the last build',
            settings: 'the settings (BASE_PATH, TZ, Node) changed',
            publicFiles: 'a file of public/ changed',
            content: 'what every page shows changed (front matter, profiles, pages, lists)',
          }[why]
        })`,
      some: (posts, kept) => `pages: ${posts} post${posts === 1 ? '' : 's'} rendered again, ${kept} page${kept === 1 ? '' : 's'} kept from the last build`,
    },

    unreadableImages: (files) => `${files}: not a readable image (the file is damaged or not what its name says); fix: export it again as JPEG, PNG or WebP`,
    missingImages: {
      summary: (addresses, pages, outDir) =>
        `${addresses} image ${addresses === 1 ? 'address' : 'addresses'} of ${pages} ${pages === 1 ? 'page' : 'pages'} ${addresses === 1 ? 'names' : 'name'} no file of ${outDir}/: browsers would show broken images`,
      page: (page, sources) => `${page}${sources.length ? ` (from ${sources.join(', ')})` : ''}:`,
      image: (line, tag, attr, url, outDir, variantOf) =>
        `  line ${line ?? '?'}: <${tag} ${attr}> names ${url}, which is not in ${outDir}/${variantOf ? `, a variant of public${variantOf}` : ''}`,
    },
    redirectNotWritten: (problem) => `${problem}: not written to _redirects`,
    redirectTargetNotWritten: (from, to) => `redirect from ${from} leads to ${q(to)}: not written to _redirects`,
    stopsOnErrors: '\nThe build stops here: fix the errors above (`npm run check` shows them again).',
    notRendered: (file, message) => `${file}: error: the body could not be rendered: ${message}`,
    stopsOnRendering: (n) =>
      `\nThe build stops here: ${n} post${n > 1 ? 's' : ''} could not be rendered (the others were). ` +
      `Fix ${n > 1 ? 'them' : 'it'}, or move ${n > 1 ? 'them' : 'it'} out of content/posts/, and build again.`,
  },
  report: {
    title: (site, dryRun) => `Import of the Jekyll site ${site}${dryRun ? ' (dry run: nothing written)' : ''}`,
    heading: (title) => `${title}:`,
    sections: {
      post: 'Posts',
      page: 'Pages (content/pages/)',
      author: 'Author profiles',
      copy: 'Files copied into public/',
      redirects: 'Old addresses of the site (its _redirects, its pages)',
      tags: 'Allowed tags',
    },
    status: { written: (dryRun) => (dryRun ? 'to write' : 'written'), unchanged: 'unchanged', skipped: 'skipped' },
    draft: ' [draft]',
    from: (source) => `  (from ${source})`,
    totals: (t) =>
      `${plural(t.posts, 'post')} imported (${t.drafts} draft${t.drafts === 1 ? '' : 's'}, not published), ${plural(t.copied, 'file')} copied; ` +
      `${t.written} ${t.dryRun ? 'to write' : 'written'}, ${t.unchanged} unchanged, ${t.skipped} skipped`,
    skipped: (n) => `Skipped (${n}):`,
    fixes: (n) => `Fixes made (${n}), to review:`,
    problems: (n) => `Problems left (${n}), for a person to look at:`,
    tags: (tags, uses) =>
      `Tags of the old site (${plural(tags, 'tag')}, ${plural(uses, 'use')}), most used first. Read as this site writes tags: ` +
      'lower case, one space between words; spellings that would share a tag page (/tag/<slug>/) are one tag:',
    tagStatus: (status, file, dryRun) =>
      ({
        allowed: 'allowed',
        added: dryRun ? `to add to ${file}` : `added to ${file}`,
        'not allowed': 'not allowed: kept in imported_tags',
        'no address': 'no letter or digit to make its page: kept in imported_tags',
      })[status],
    spellings: (spellings) => `  (written ${spellings.map((s) => `${q(s.written)} ×${s.count}`).join(', ')})`,
    tagsLeft: (n, file) =>
      `  ${plural(n, 'tag')} not allowed here: run the import again with --add-tags to add ${n === 1 ? 'it' : 'them'} to ${file}, so that the posts keep ${n === 1 ? 'it' : 'them'}.`,
    verdict: (errors, warnings) =>
      `npm run check on the imported site: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}. ` +
      (errors ? 'It does not build until the errors below are fixed.' : 'It builds.'),
    usage: [
      'usage: npm run import:jekyll -- <path to a Jekyll site> [--dry-run]',
      "         [--add-tags]                        add the old site's tags to the allowed ones (content/tags.yml)",
      '         [--pages]                           import its pages (about.md, contact.html) into content/pages/',
      '         [--target <dir>]                    write into <dir>/content and <dir>/public',
      '         [--content <dir>] [--public <dir>]  default: CONTENT_DIR or content/, and public/',
      "         [--old-site-url <url>]              where the old site's pages still answer (default: url of",
      '                                             _config.yml): links to pages the blog does not serve lead there',
    ].join('\n'),
    oneSite: (sites) => `one Jekyll site at a time, not ${sites}`,
    whichSite: 'which Jekyll site?',
    badOldSiteUrl: (url) => `--old-site-url ${url}: an http:// or https:// address is expected, e.g. https://old.example.org`,
    notAFolder: (root) => `${root} is not a folder`,
    notASite: (root) => `${root} is not a Jekyll site: it has no _posts/ folder`,
    whatIsASite: 'A Jekyll site is the folder that holds _config.yml and _posts/.',
    notImported: (message) => `not imported: ${message}`,
    ignored: (message) => `unreadable, ignored: ${message}`,
    nothingImported: '\nNothing could be imported: see the skipped files above.',
    howToBuild: (dir) => `\nTo check and build it: CONTENT_DIR=${dir}/content PUBLIC_DIR=${dir}/public npm run build`,
  },
  banner: {
    title: (n) => `${n === 1 ? 'One content error' : `${n} content errors`}: publishing would fail`,
    intro: 'The posts concerned are not shown. Fix and save: the page updates.',
    withheldTitle: 'Post not shown',
    withheldText: 'has a content error, described at the top of the page. Fix it and save: the post will show here.',
  },
  templates: {
    descriptionPlaceholder: 'To complete: one or two sentences that sum up the post.',
    scheduleHint: 'A future date schedules the post: it appears at the first build after that date.',
    authorsHint: 'Or profiles of content/authors/: authors: [mathilde-bras, equipe-eig]',
    tagsHint: (max, tags) => `Up to ${max} of: ${tags.join(', ')}`,
    imageHint: 'image: /img/blog/my-picture.jpg',
    imageAltHint: 'image_alt: What the picture shows',
    langRefHint: 'Its versions in the other languages have the same lang-ref.',
    draftHint: 'Remove the next line to publish.',
    bodyPlaceholder: "Your text, in Markdown. The authors' guide (docs/guide-auteurs.md) shows pictures, captions, videos and callouts.",
    aliasesHint: 'Other spellings of the byline: aliases: [C. Martin]',
    twitterHint: 'twitter: handle_without_at_sign',
    tagsFileHeader: [
      'The tags a post may have (`tags:` in its front matter), as readers see them;',
      "each one's page is /tag/<its ASCII slug>/. One per line; `npm run check` checks the list.",
    ],
    addedFrom: {
      redirectRules: 'From the _redirects of the Jekyll site',
      pages: 'From the pages of the Jekyll site',
      addTags: 'From the Jekyll site (import:jekyll --add-tags)',
    },
    liquidNotImported: (text) => `Jekyll: ${text} (not imported)`,
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
    translateUsage: 'Give the post to translate: npm run new -- --translate content/posts/2026-11-02-my-post.md [--lang en] ["Translated title"]',
    translateUnreadable: (file, detail) => `${file} does not read as a post (${detail}): nothing written`,
    translateSameLanguage: (lang) => `the post is in ${q(lang)} already: choose another language with --lang`,
    unknownLanguage: (lang, known) => `${lang ? `unknown language ${q(lang)}: ` : 'say which language to translate into: '}--lang ${known}`,
    langRefAdded: (file, ref) => `${file}: \`lang-ref: ${ref}\` added, to tie it to its translation.`,
    translationCreated: (file, ref) =>
      `Created ${file} (a draft), with \`lang-ref: ${ref}\` and the original's text to translate.\nTranslate the title, the description and the text, then remove \`draft: true\` to publish.`,
    profileUsage: 'Give the name of the person or team: npm run new -- --profile "First Last"',
    profileCreated: (file) => `Created ${file}. Complete it (other spellings of the byline, twitter, picture) and write the bio below the \`---\` line.`,
  },
};
