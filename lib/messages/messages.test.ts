import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dictionaries, problem, problemCodes, type ProblemKey, type ProblemParams } from './index';

/** One example of each problem's parameters: a new problem without one is a type error here. */
const samples: { [K in ProblemKey]: ProblemParams<K> } = {
  yamlSyntax: { reason: 'bad indentation' },
  unclosedQuote: { quote: '"', line: 2 },
  noFrontMatter: undefined,
  frontMatterNotMap: undefined,
  fileDateNotReal: { date: '2018-02-30' },
  notMarkdownFile: undefined,
  noDateInName: undefined,
  noSlugInName: { fileName: '2021-04-06-.md', rename: '2021-04-06-bilan.md', words: 'bilan' },
  missingKey: { key: 'title', shape: undefined },
  badValue: { key: 'tags', problem: 'expected array', shape: undefined },
  badDate: { value: '2020-13-45' },
  badSlug: { slug: 'é t é', suggestion: 'ete' },
  missingAuthor: undefined,
  twitterNotHandle: { value: '@x', handle: 'x' },
  tooManyTags: { count: 5, max: 4 },
  tagNotAllowed: { index: 1, tag: 'evaluation', suggestion: 'évaluation', allowed: 'évaluation', file: 'content/tags.yml' },
  mdxSyntax: { reason: 'Unexpected character' },
  coverWithoutAlt: { image: '/img/blog/x.jpg' },
  placeholderDescription: undefined,
  bylineWithoutProfile: { byline: 'Camille Martin', slug: 'camille-martin' },
  mdxExpression: undefined,
  mdxImportExport: undefined,
  unknownComponent: { name: 'Carousel', components: '<Figure>, <Callout>' },
  spreadAttribute: { name: 'Figure' },
  attributeExpression: { name: 'Figure', attribute: 'width', expression: '800', value: '800' },
  fileUnreadable: { code: 'EACCES' },
  invalidUtf8: { hex: 'E9', line: 3, column: 7 },
  controlCharacter: { code: '001B', more: 2, line: 3, column: 7 },
  linkOutside: { target: '/etc/passwd', folder: 'content/' },
  linkLoop: { target: 'content/posts/a.md' },
  linkDangling: { target: 'content/posts/absent.md' },
  elementRemoved: { tag: 'script', withContent: true, kind: 'script' },
  attributeRemoved: { attribute: 'href', tag: 'a', kind: 'href', value: 'javascript:alert(1)' },
  frameAsLink: { src: 'https://evil.example/', hosts: 'www.youtube-nocookie.com' },
  knownMissing: { path: '/img/perdue.jpg', file: '/img/perdue.jpg', link: false },
  knownMissingExists: { path: '/img/x.jpg' },
  imageWithoutAlt: { src: '/img/blog/x.jpg' },
  htmlImageWithoutAlt: { tag: 'img', src: '/img/blog/x.jpg' },
  deadLink: { href: '/blog/absent/', guess: undefined },
  langRefAlone: { ref: 'bilan' },
  fileOverHttp: { what: 'image', src: 'http://example.org/x.jpg', https: 'https://example.org/x.jpg' },
  fileNotRootPath: { what: 'image', src: 'img/x.jpg' },
  fileRefused: { what: 'image', src: '/../x.png', reason: 'climbs' },
  fileNotFound: { what: 'image', src: '/img/X.JPG', decoded: '/img/X.JPG', right: '/img/x.jpg', accents: undefined },
  pictureNotAddress: { key: 'image', src: '//example.org/x.jpg', folder: 'img/blog' },
  hiddenFile: undefined,
  folderNotRead: { folder: 'content/posts', outOf: 'content/' },
  notRegularFile: { expected: 'tags' },
  noPostsFolder: { folder: 'content/posts' },
  notPostFile: undefined,
  notPageFile: { rename: 'a-propos.md', folder: 'content/pages' },
  notProfileFile: { rename: 'camille.md', folder: 'content/authors' },
  buildDateInvalid: { value: '2030-13-01' },
  liquidNotRendered: { text: '{% include x.html %}', liquid: 'include' },
  bodyTooNested: { opened: 40, max: 32 },
  bodyTooIndented: { width: 300, max: 256 },
  bodyPunctuationRun: { length: 2000, max: 1000 },
  bodyOpenBrackets: { max: 32 },
  bodyTooDeep: { depth: 120, max: 100 },
  bodyStackOverflow: undefined,
  bodyUnreadable: { reason: 'boom' },
  pageNameNotSlug: { name: 'À propos.md', rename: 'a-propos.md' },
  pageAddressReserved: { path: '/blog/', file: 'content/pages/blog.md', rename: 'blog-infos.md' },
  pageAddressTaken: { path: '/img/', file: 'content/pages/img.md', rename: 'img-infos.md', taken: { thing: 'publicFolder', path: 'public/img' } },
  unknownAuthorSlug: { slug: 'mathilde-bra', guess: 'mathilde-bras' },
  samePostUrl: { path: '/blog/2018/09/24/x/', other: 'content/posts/2018-09-24-x.mdx' },
  tagSameUrl: { tag: 'Évaluation', slug: 'evaluation', known: 'évaluation' },
  authorFileName: { slug: 'Mathilde Bras', rename: 'mathilde-bras.md' },
  redirectNotPath: { from: 'x.html' },
  redirectControl: { from: '/a\nb' },
  redirectSpace: { from: '/a b', encoded: '/a%20b' },
  redirectBackslash: { from: '/a\\b' },
  redirectQuery: { from: '/a?b', path: '/a' },
  redirectBadEncoding: { from: '/a%zz' },
  redirectEncodedSeparator: { from: '/a%2fb', sequence: '%2f' },
  redirectEncodedControl: { from: '/a%0a' },
  redirectEmptySegment: { from: '//a' },
  redirectDotSegment: { from: '/a/../b', segment: '..' },
  redirectPattern: { from: '/a/*', pattern: '*' },
  redirectLongSegment: { from: '/aaa', max: 255 },
  redirectShadows: { from: '/feed.xml', how: 'replace', taken: { thing: 'buildFile', path: '/feed.xml' } },
  redirectTwice: { from: '/a/', to: '/b/', otherTo: '/c/', otherFile: 'content/redirects.yml' },
  redirectUnderRedirect: { from: '/a.html/b/', other: '/a.html', otherFile: 'content/redirects.yml' },
  redirectLoop: { chain: '/a/ → /b/ → /a/' },
  redirectTargetMissing: { from: '/a/', to: '/absent/' },
  redirectBadTarget: { from: '/a/', to: 'http://example.org/', why: 'http' },
  redirectHostNotListed: { from: '/a/', to: 'https://example.org/', host: 'example.org' },
  yamlFileSyntax: { reason: 'bad indentation', list: 'redirects' },
  redirectsNotList: undefined,
  redirectEntryIncomplete: { index: 2 },
  tagsNotList: undefined,
  tagNotText: { index: 3 },
  tagNoAddress: { tag: '!!' },
  tagListedTwice: { tag: 'design' },
  tagsShareSlug: { first: 'évaluation', second: 'Évaluation', slug: 'evaluation' },
  unknownLanguage: { lang: 'english', known: 'fr, en', guess: 'en' },
  langFolderMismatch: { lang: 'fr', folder: 'content/posts/en', folderLang: 'en' },
  sameLangRef: { ref: 'bilan', lang: 'en', other: 'content/posts/en/2020-01-17-bilan.md' },
  importOutsideTarget: { dir: 'public' },
  importCopyGone: undefined,
  importTargetEdited: { source: '_posts/2020-01-20-brouillon.md', file: 'content/posts/2020-01-20-brouillon.md' },
  importSameFileName: { other: '_posts/2018-09-24-x.md', fileName: '2018-09-24-x.md' },
  importAddressTaken: { existing: 'posts/2018-09-24-x.md', address: '/blog/2018/09/24/x/' },
  importFrontMatter: { reason: 'erreur de syntaxe YAML dans l’en-tête : bad indentation' },
  importNoSlug: { inDrafts: false, rename: '2021-04-06-<slug>.md' },
  importBadFileName: { date: '2018-02-30' },
  importDraftNoDate: undefined,
  importNotMarkdown: undefined,
  importPageSkipped: { why: { kind: 'liquid', count: 2, line: 4 } },
  importProfileUnused: { name: 'Léa Martin' },
  importWouldFail: { message: '`tags` : expected array', fix: 'tags doit être une liste' },
  importProfileWouldFail: { file: 'authors/lea-martin.md', message: '`name` manque' },
  importTagsNotAdded: { file: 'content/tags.yml' },
  importLiquidLeft: { text: '{{ x }}', liquid: 'other' },
  importYamlUnreadable: { reason: 'bad indentation of a mapping entry (3:5)' },
  importOldPageLink: { url: '/a-propos.html', sameAsBlog: true },
  importLookAlikeProfiles: { name: 'Mathilde Bars', other: 'Mathilde Bras', slug: 'mathilde-bras', otherSlug: 'mathilde-bars' },
  importRedirectAside: { reason: 'l’ancienne adresse /x?y contient ? ou #', reasonFix: 'écrivez le chemin seul' },
  importPermalinkUnknown: { template: '/:foo/:title/' },
  importFileMissing: { url: '/img/perdue.jpg', file: '/img/perdue.jpg' },
  importTwitterNotHandle: { value: 'https://example.org/x' },
  importTagKept: { tag: 'open-data', over: false, max: 4, tags: [], near: 'open data' },
  importLiquidInCode: { text: '{{ page.date }}' },
  importLiquidRemoved: { text: '{% include x.html %}', line: 4, endLine: 6, liquid: 'include' },
  importAvatarMissing: { picture: '/img/lea.jpg', name: 'Léa Martin', slug: 'lea-martin' },
  importProfileFileMissing: { url: '/img/x.pdf', slug: 'lea-martin' },
  importNearProfile: { name: 'Mathilde Bars', profile: 'Mathilde Bras', why: 'swapped', slug: 'mathilde-bras' },
  importBadTimezone: { zone: 'Paris' },
  importBaseurl: { baseurl: '/blog' },
  importRuleNotKept: { rule: '/a /b 200', why: { kind: 'status', status: '200' } },
  importEmptyDropped: { key: 'image', kind: 'null', value: 'null' },
  importDefaultsApplied: { keys: ['author', 'layout'] },
  importDateUnread: { value: 'hier' },
  importDateShifted: { value: '2018-09-24 23:30:00 -0500', day: '2018-09-25', zone: 'Europe/Paris', written: '2018-09-25 06:30:00 +0200' },
  importDraftRenamed: { fileName: '_2020-09-01-idee.md' },
  importMarkdownRenamed: { fileName: '2018-09-24-x.md' },
  importSlugChanged: { slug: 'été', safe: 'ete' },
  importOldAddressKept: { url: '/2018/x.html', permalink: '/:year/:title.html' },
  importRefChanged: { raw: 'img/x.jpg', url: '/img/x.jpg', change: { kind: 'relative' } },
  importCoverPath: undefined,
  importCoverNotPath: undefined,
  importEntities: { key: 'title', before: 'A &amp; B', after: 'A & B' },
  importNoTitle: { title: 'Mon article' },
  importNoDescription: { description: 'Le début.', from: 'text' },
  importBoolean: { key: 'published', value: 'no', written: false },
  importTwitterHandle: { value: '@lea', handle: 'lea' },
  importTagRenamed: { from: 'Evaluation', to: 'évaluation' },
  importSplitList: { key: 'tags', value: 'a b', list: ['a', 'b'] },
  importRedirectsRooted: undefined,
  importAuthorUsername: { written: 'lmartin', name: 'Léa Martin' },
  importAuthorWritten: { byline: 'Léa Martin, Paul Durand', from: 'list' },
  importAuthorsMoved: { names: ['Léa Martin'] },
  importNoAuthor: { byline: 'Équipe EIG', from: 'author' },
  importPageImported: { slug: 'a-propos', path: '/a-propos/', oldUrl: '/a-propos.html' },
  importOldPageLinked: { url: '/a-propos.html', to: 'https://old.example/a-propos.html' },
  importPostRelinked: { url: '/blog/2018/09/24/X.html', to: '/blog/2018/09/24/x/' },
  importRulesKept: { count: 2 },
  importProfileCreated: { slug: 'lea-martin', name: 'Léa Martin', from: '_people/lea.md', bio: true, twitterFrom: '_data/authors.yml' },
  importBylineMerged: { alias: 'L. Martin', posts: 2, slug: 'lea-martin', name: 'Léa Martin', why: 'samePerson' },
  importVariableReplaced: { markup: '{{ site.title }}', value: 'EIG' },
  importMarkupChanged: { change: { kind: 'removed', markup: '{: .notice}' } },
  importHighlightFenced: { markup: '{% highlight ruby %}' },
  importBlankLine: { why: 'paragraphEnd', tag: '<div>' },
  importMarkdownAttribute: { tag: '<div>' },
  importBlankLinesKept: { tag: '<table>', lines: 12 },
  importFootnoteMarker: { marker: '[^A]' },
  importAbbreviation: { name: 'CSS', uses: 2 },
};
const keys = Object.keys(samples) as ProblemKey[];
const make = <K extends ProblemKey>(key: K, lang: 'fr' | 'en') => problem(key, 'f.md', samples[key], { line: 3 }, lang);

describe('messages for authors', () => {
  it('gives every problem a distinct code, the same in French and in English', () => {
    expect(new Set(Object.values(problemCodes)).size).toBe(keys.length);
    for (const key of keys) {
      const fr = make(key, 'fr');
      const en = make(key, 'en');
      expect(fr.code).toBe(problemCodes[key]);
      expect(en.code).toBe(fr.code);
      expect(en.severity).toBe(fr.severity);
      expect(en.line).toBe(3);
      expect(en.message, key).not.toBe(fr.message);
    }
  });

  it('writes English with the English dictionary, French with the French one (the site’s language)', () => {
    expect(make('tagNotAllowed', 'en')).toMatchObject({
      code: 'E027',
      severity: 'error',
      message: 'tags[1]: "evaluation" is not an allowed tag',
      fix: 'did you mean "évaluation"?',
    });
    expect(problem('tagNotAllowed', 'f.md', samples.tagNotAllowed)).toMatchObject({
      code: 'E027',
      message: 'tags[1] : « evaluation » n’est pas une étiquette autorisée',
      fix: 'vouliez-vous dire « évaluation » ?',
    });
    expect(make('unclosedQuote', 'en').message).toBe('a quote " opened on line 2 is never closed');
    expect(make('unclosedQuote', 'fr').message).toBe('un guillemet " ouvert ligne 2 n’est jamais fermé');
  });

  it('has every key in both languages, and no code twice', () => {
    expect(Object.keys(dictionaries.en.problems).sort()).toEqual(Object.keys(dictionaries.fr.problems).sort());
    expect(Object.keys(problemCodes).sort()).toEqual(Object.keys(dictionaries.fr.problems).sort());
    const codes = Object.values(problemCodes);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    for (const code of codes) expect(code).toMatch(/^[EWI]\d{3}$/);
  });

  it('lists every code in the authors’ guide (docs/guide-auteurs.md)', () => {
    const guide = readFileSync('docs/guide-auteurs.md', 'utf8');
    const missing = Object.values(problemCodes).filter((code) => !new RegExp(`^\\| ${code} \\|`, 'm').test(guide));
    expect(missing).toEqual([]);
  });

  it('takes the severity from the code: E an error, W a warning, I information', () => {
    expect(make('coverWithoutAlt', 'fr').severity).toBe('warning');
    expect(make('bylineWithoutProfile', 'fr').severity).toBe('info');
    expect(make('badDate', 'fr').severity).toBe('error');
  });
});
