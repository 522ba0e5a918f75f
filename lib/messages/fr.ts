/**
 * What authors read, in French: `npm run check`, `npm run new` and the dev preview's banner.
 * This object types every other language (en.ts): a missing translation is a type error.
 * Codes are not here: they are the same in every language (codes.ts).
 */
import { formatFrenchDate } from '../dates';

const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Control characters shown escaped (`\n`, `\u200B`), as JSON would: a quoted value never breaks a printed line nor hides in it. */
const visible = (text: string) =>
  text.replace(/[\p{Cc}\p{Cf}]/gu, (c) => ESCAPES[c] ?? `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
const q = (text: string) => `« ${visible(text)} »`;
/** `n mot`, `n mots`: the French plural starts at 2. */
const count = (n: number, word: string, words = `${word}s`) => `${n} ${n > 1 ? words : word}`;

/** Why the sanitiser removed an element or an attribute (lib/content/removals.ts): each says its reason. */
export type RemovedElement = 'script' | 'head' | 'form' | 'plugin' | 'drawing' | 'notComponent' | 'other';
export type RemovedAttribute = 'handler' | 'style' | 'class' | 'href' | 'url' | 'other';
/** Why a file of public/ may not be read (lib/content/images.ts). */
export type RefusedFile = 'climbs' | 'outside' | 'loop' | 'dangling';

/** What a Liquid tag did on the old site, which says how to replace it (lib/markdown/jekyll.ts). */
export type LiquidKind = 'include' | 'loop' | 'condition' | 'other';
/** What the site has at an address (lib/content/site-entries.ts), that a redirect or a page may not take. */
export type SiteThing =
  | { thing: 'buildFolder'; path: string }
  | { thing: 'buildFile'; path: string }
  | { thing: 'page'; path: string; source?: string }
  | { thing: 'pageData'; path: string }
  | { thing: 'publicFolder'; path: string }
  | { thing: 'publicFile'; path: string };

/** Why `npm run import:jekyll -- --pages` leaves a page of the old site out (lib/import/pages.ts). */
export type PageSkip =
  | { kind: 'frontMatter'; reason: string }
  | { kind: 'ownAddress'; url: string }
  | { kind: 'liquid'; count: number; line?: number }
  | { kind: 'missingFiles'; files: string }
  | { kind: 'liquidLeft' };
/** Why the import drops a key of a post's front matter (lib/import/front-matter.ts). */
export type EmptyKey = 'noName' | 'null' | 'text' | 'list';
/** Why the import rewrote an address of a post (lib/import/references.ts). */
export type RefChange =
  | { kind: 'siteHost' }
  | { kind: 'https' }
  | { kind: 'relative' }
  | { kind: 'diskCase'; path: string }
  | { kind: 'publicCase'; path: string }
  | { kind: 'fileName' };
/** Why two bylines are taken for one person (lib/import/authors.ts). */
export type BylineMatch = 'case' | 'swapped' | 'oneLetter' | 'near' | 'samePerson' | 'sameName';
/** Why a rule of the old site's _redirects is not kept (lib/import/site-redirects.ts). */
export type RuleSkip =
  | { kind: 'condition' }
  | { kind: 'status'; status: string }
  | { kind: 'otherHost' }
  | { kind: 'refused'; reason: string; fix: string }
  | { kind: 'otherSite'; to: string }
  | { kind: 'notServed'; to: string };
/** What became of Jekyll markup in a body (lib/import/body.ts). */
export type MarkupChange = { kind: 'addresses'; markup: string; count: number } | { kind: 'raw' } | { kind: 'removed'; markup: string };
/** Where the import inserted a blank line, so that CommonMark reads the HTML as kramdown did (lib/import/kramdown.ts). */
export type BlankLineWhy = 'afterElement' | 'paragraphEnd' | 'aboveTag' | 'belowTag';
/** The folder a symbolic link leaves: one of this site's (`content/`), or the Jekyll site being imported. */
export type LinkFolder = string | { jekyllSite: true };

/** What the import report lists, by kind of file (lib/import/report.ts). */
export type ReportKind = 'post' | 'page' | 'author' | 'copy' | 'redirects' | 'tags';
/** What became of an old site's tag in the import. */
export type ReportTagStatus = 'allowed' | 'added' | 'not allowed' | 'no address';
/** The totals of an import, for its summary line. */
export interface ImportTotals {
  posts: number;
  drafts: number;
  copied: number;
  written: number;
  unchanged: number;
  skipped: number;
  dryRun: boolean;
}

const LIQUID_FIX: Record<LiquidKind, string> = {
  include: 'les inclusions Liquid n’existent pas ici : collez le HTML inclus, ou utilisez un composant MDX',
  loop: 'la boucle produisait son contenu à partir des données du site, qui ne sont pas importées : écrivez ce contenu à la main',
  condition: 'les conditions ne sont pas évaluées ici : écrivez à la main le contenu qui s’applique',
  other: 'retirez le code Liquid : ce site ne l’affiche pas',
};
const siteThing = (t: SiteThing): string =>
  ({
    buildFolder: `le dossier ${t.path} que la publication écrit`,
    buildFile: `le fichier ${t.path} que la publication écrit`,
    page: t.thing === 'page' && t.source ? `la page ${t.path} de ${t.source}` : `la page ${t.path}`,
    pageData: `les données de la page ${t.path}`,
    publicFolder: `le dossier ${t.path}/`,
    publicFile: `le fichier ${t.path}`,
  })[t.thing];
/** The same, after « de » (« à la place du fichier … », « des données … »). */
const ofSiteThing = (t: SiteThing): string => {
  const said = siteThing(t);
  if (said.startsWith('le ')) return `du ${said.slice(3)}`;
  if (said.startsWith('les ')) return `des ${said.slice(4)}`;
  return `de ${said}`;
};
const siteThingFix = (t: SiteThing): string =>
  ({
    buildFolder: `choisissez une adresse hors de ${t.path}`,
    buildFile: `retirez cette redirection : le site sert lui-même ${t.path}`,
    page:
      t.thing === 'page' && t.source
        ? `retirez cette redirection, ou renommez ${t.source} (son nom est son adresse)`
        : `retirez cette redirection, ou déplacez la page ${t.path}`,
    pageData: 'retirez cette redirection : Next.js écrit ce fichier à côté de la page',
    publicFolder: `choisissez une autre adresse, ou déplacez ${t.path}/`,
    publicFile: `retirez cette redirection, ou déplacez ${t.path}`,
  })[t.thing];
const BYLINE_MATCH: Record<BylineMatch, string> = {
  case: 'le même nom, aux majuscules, accents ou espaces près',
  swapped: 'deux lettres voisines interverties',
  oneLetter: 'une lettre de différence',
  near: 'presque le même nom',
  samePerson: 'la même personne de l’ancien site',
  sameName: 'le même nom',
};
const REF_CHANGE = (c: RefChange): string =>
  c.kind === 'diskCase'
    ? `écrite comme le fichier sur le disque (/${c.path}) : l’hébergeur distingue majuscules et minuscules`
    : c.kind === 'publicCase'
      ? `écrite comme le fichier dans public/ (${c.path})`
      : {
          siteHost: 'écrite depuis la racine du site (elle visait l’ancien site)',
          https: 'demandée en https (le site ne charge que des images en https) : vérifiez qu’elle se charge',
          relative: 'écrite depuis la racine du site (les chemins relatifs ne mènent plus au bon endroit avec les nouvelles adresses)',
          fileName: 'écrite avec le nom du fichier tel qu’il est (sans encodage %)',
        }[c.kind];
const KEEP_IN_HOST = 'gardez-la dans la configuration de l’hébergeur si elle sert encore';
const RULE_SKIP = (w: RuleSkip): { why: string; fix: string } =>
  w.kind === 'condition'
    ? { why: 'seules les règles `origine destination [statut]` sont lues (ni condition, ni paramètre)', fix: KEEP_IN_HOST }
    : w.kind === 'status'
      ? { why: `le statut ${w.status} n’est pas une redirection (c’est une réécriture ou une page d’erreur)`, fix: KEEP_IN_HOST }
      : w.kind === 'otherHost'
        ? { why: 'elle redirige un autre hôte (un changement de domaine)', fix: 'mettez-la en place là où ce domaine est servi' }
        : w.kind === 'refused'
          ? { why: w.reason, fix: w.fix }
          : w.kind === 'otherSite'
            ? { why: `elle mène à un autre site (${w.to})`, fix: 'ajoutez-la à la main à content/redirects.yml, avec son hôte dans redirectHosts (site.config.ts)' }
            : { why: `elle mène à ${w.to}, que ce blog ne sert pas`, fix: 'faites-la mener à l’article ou à la page qui la remplace, dans content/redirects.yml' };
const list = (items: readonly string[]) => `[${items.map(q).join(', ')}]`;

const TAGS_SHAPE = 'une liste, une étiquette par ligne : `- évaluation`';
const REDIRECTS_SHAPE = 'une liste d’entrées comme `- from: /posts/2018/09/24/x/` et `  to: /blog/2018/09/24/x/`';
const REDIRECT_TO_FIX =
  'faites-la mener à une page de ce site, par exemple /blog/, ou à une adresse https:// sur un hôte listé dans redirectHosts de site.config.ts';

export const fr = {
  problems: {
    yamlSyntax: {
      message: (p: { reason: string }) => `erreur de syntaxe YAML dans l’en-tête : ${p.reason}`,
      fix: () => 'vérifiez l’indentation, et mettez entre guillemets les valeurs qui contiennent `: `, `#` ou commencent par `@`, `[` ou `*`',
    },
    unclosedQuote: {
      message: (p: { quote: string; line: number }) => `un guillemet ${p.quote} ouvert ligne ${p.line} n’est jamais fermé`,
      fix: (p: { quote: string; line: number }) => `fermez-le par un ${p.quote} à la fin de la valeur, ligne ${p.line}`,
    },
    noFrontMatter: {
      message: () => 'le fichier ne commence pas par un en-tête (une ligne `---`)',
      fix: () => 'commencez le fichier par `---`, les lignes `clé: valeur`, puis `---`',
    },
    frontMatterNotMap: {
      message: () => 'l’en-tête doit être fait de lignes `clé: valeur`',
      fix: () => 'écrivez une clé par ligne, par exemple `title: Mon article`',
    },
    fileDateNotReal: {
      message: (p: { date: string }) => `la date du nom de fichier, ${p.date}, n’existe pas`,
      fix: () => 'renommez le fichier `AAAA-MM-JJ-slug.md` avec une date qui existe, par exemple 2018-09-24',
    },
    notMarkdownFile: {
      message: () => 'un article est un fichier .md ou .mdx',
      fix: () => 'renommez-le avec l’extension .md ou .mdx',
    },
    noDateInName: {
      message: () => 'le nom du fichier ne commence pas par une date',
      fix: () => 'renommez le fichier `AAAA-MM-JJ-slug.md` (par exemple 2018-09-24-mon-article.md) ou ajoutez `date:` à l’en-tête',
    },
    noSlugInName: {
      message: (p: { fileName: string; rename: string; words: string }) => `le nom de fichier ${p.fileName} ne donne pas de slug pour l’adresse de l’article`,
      fix: (p: { fileName: string; rename: string; words: string }) =>
        `renommez-le ${p.rename} (le slug est la fin de l’adresse de l’article), ou ajoutez \`slug: ${p.words}\``,
    },
    missingKey: {
      message: (p: { key: string; shape?: string }) => `\`${p.key}\` manque`,
      fix: (p: { key: string; shape?: string }) => `ajoutez \`${p.key}:\`, ${p.shape ?? 'avec une valeur'}`,
    },
    badValue: {
      message: (p: { key: string; problem: string; shape?: string }) => `\`${p.key}\` : ${p.problem}`,
      fix: (p: { key: string; problem: string; shape?: string }) => (p.shape ? `${p.key} doit être ${p.shape}` : ''),
    },
    badDate: {
      message: (p: { value: string }) => `la date ${q(p.value)} n’existe pas`,
      fix: () => 'une date, par exemple `date: 2018-09-24` ou `date: 2018-09-24 10:00:00 +0200`',
    },
    badSlug: {
      message: (p: { slug: string; suggestion: string }) => `le slug ${q(p.slug)} n’est pas utilisable dans une adresse`,
      fix: (p: { slug: string; suggestion: string }) => `utilisez des lettres ASCII, des chiffres et des tirets, par exemple \`slug: ${p.suggestion}\``,
    },
    missingAuthor: {
      message: () => '`author` (ou `authors`) manque',
      fix: () => 'ajoutez `author: Prénom Nom` (la signature telle qu’écrite) ou `authors: [slug]` qui nomme des profils de content/authors/',
    },
    twitterNotHandle: {
      message: (p: { value: string; handle?: string }) => `twitter ${q(p.value)} doit être un identifiant seul`,
      fix: (p: { value: string; handle?: string }) => (p.handle ? `écrivez \`twitter: ${p.handle}\`` : 'un identifiant sans @, par exemple `twitter: Mathilde_Bras`'),
    },
    tooManyTags: {
      message: (p: { count: number; max: number }) => `${p.count} étiquettes ; un article en a au plus ${p.max}`,
      fix: (p: { count: number; max: number }) => `gardez les ${p.max} qui décrivent le mieux l’article`,
    },
    tagNotAllowed: {
      message: (p: { index: number; tag: string; suggestion?: string; allowed: string; file: string }) => `tags[${p.index}] : ${q(p.tag)} n’est pas une étiquette autorisée`,
      fix: (p: { index: number; tag: string; suggestion?: string; allowed: string; file: string }) =>
        p.suggestion ? `vouliez-vous dire ${q(p.suggestion)} ?` : `utilisez l’une de : ${p.allowed} (${p.file} les liste)`,
    },
    mdxSyntax: {
      message: (p: { reason: string }) => `erreur de syntaxe MDX : ${p.reason}`,
      fix: () => 'fermez chaque balise (`<Figure … />`), et écrivez `{`, `}` et `<` sous la forme `\\{`, `\\}` et `&lt;` dans le texte',
    },
    coverWithoutAlt: {
      message: (p: { image: string }) => `la couverture ${p.image} n’a pas de texte alternatif (\`image_alt\`)`,
      fix: () => 'ajoutez `image_alt: Ce que montre l’image` sous `image:` ; les lecteurs d’écran le lisent à la place de l’image',
    },
    placeholderDescription: {
      message: () => 'la description est encore celle que `npm run new` a mise',
      fix: () => 'écrivez une ou deux phrases qui résument l’article : les cartes, les flux et les moteurs de recherche les montrent',
    },
    bylineWithoutProfile: {
      message: (p: { byline: string; slug: string }) => `la signature ${q(p.byline)} ne nomme aucun profil de content/authors/ : sa page d’auteur n’aura ni photo ni biographie`,
      fix: (p: { byline: string; slug: string }) =>
        `créez le profil : npm run new -- --profile ${JSON.stringify(p.byline)} (il écrit content/authors/${p.slug}.md), ou ajoutez cette orthographe aux \`aliases\` d’un profil existant`,
    },
    mdxExpression: {
      message: () => 'une expression {…} est retirée quand l’article est affiché',
      fix: () => 'écrivez la valeur en texte, ou échappez les accolades : `\\{` et `\\}`',
    },
    mdxImportExport: {
      message: () => '`import` et `export` ne sont pas permis dans un article',
      fix: () => 'utilisez les composants que liste le guide des auteurs, sans les importer',
    },
    unknownComponent: {
      message: (p: { name: string; components: string }) => `composant <${p.name}> inconnu`,
      fix: (p: { name: string; components: string }) => `utilisez l’un de : ${p.components}`,
    },
    spreadAttribute: {
      message: (p: { name: string }) => `<${p.name}> : un attribut {...spread} est retiré à l’affichage`,
      fix: () => 'écrivez chaque attribut sous la forme nom="valeur"',
    },
    attributeExpression: {
      message: (p: { name: string; attribute: string; expression: string; value: string }) =>
        `<${p.name}> ${p.attribute}={${p.expression}} : les expressions d’attribut sont retirées à l’affichage`,
      fix: (p: { name: string; attribute: string; expression: string; value: string }) => `écrivez ${p.attribute}="${p.value}"`,
    },
    fileUnreadable: {
      message: (p: { code: string }) => `illisible (${p.code})`,
      fix: () => 'vérifiez que c’est un fichier lisible',
    },
    invalidUtf8: {
      message: (p: { hex: string; line: number; column: number }) => `pas en UTF-8 valide (octet 0x${p.hex})`,
      fix: (p: { hex: string; line: number; column: number }) =>
        `enregistrez le fichier en UTF-8 dans votre éditeur (il l’a sans doute été en Latin-1 ou Windows-1252), puis vérifiez le texte ligne ${p.line}, colonne ${p.column}`,
    },
    controlCharacter: {
      message: (p: { code: string; more: number; line: number; column: number }) =>
        `caractère de contrôle invisible U+${p.code}${p.more ? ` (et ${p.more} autre${p.more > 1 ? 's' : ''} dans le fichier)` : ''}`,
      fix: (p: { code: string; more: number; line: number; column: number }) =>
        `supprimez le caractère invisible ligne ${p.line}, colonne ${p.column}${p.more ? ', puis relancez la vérification' : ''}`,
    },
    linkOutside: {
      message: (p: { target: string; folder: LinkFolder }) =>
        `lien symbolique vers ${p.target}, ${typeof p.folder === 'string' ? `hors de ${p.folder}` : 'hors du site Jekyll'} : non lu`,
      fix: () => 'remplacez le lien par le fichier lui-même',
    },
    linkLoop: {
      message: (p: { target: string }) => `boucle de liens symboliques (${p.target}) : non lue`,
      fix: () => 'remplacez le lien par le fichier lui-même',
    },
    linkDangling: {
      message: (p: { target: string }) => `lien symbolique vers ${p.target}, qui n’existe pas : non lu`,
      fix: () => 'remplacez le lien par le fichier lui-même, ou supprimez le lien',
    },
    elementRemoved: {
      message: (p: { tag: string; withContent: boolean; kind: RemovedElement }) =>
        `<${p.tag}> retiré${p.withContent ? ' avec son contenu' : ''} : ${
          {
            script: 'un article ne peut pas exécuter de script',
            head: 'un article ne peut pas changer l’en-tête de la page (adresse, styles, redirections)',
            form: 'les articles ne contiennent pas de formulaire',
            plugin: 'les modules externes et les cadres d’autres pages ne sont pas intégrés',
            drawing: 'un dessin écrit dans la page peut porter des liens et des animations',
            notComponent: 'ce n’est pas un composant de ce site',
            other: 'cet élément n’est pas permis dans un article ; son texte est gardé',
          }[p.kind]
        }`,
      fix: (p: { tag: string; withContent: boolean; kind: RemovedElement }) =>
        ({
          script: `retirez la balise <${p.tag}> ; pour une vidéo, utilisez <VideoEmbed> ou une iframe d’un hébergeur autorisé`,
          head: `retirez la balise <${p.tag}>`,
          form: `retirez la balise <${p.tag}>, ou faites un lien vers le formulaire là où il se trouve`,
          plugin: 'faites plutôt un lien vers le fichier ou la page',
          drawing: 'enregistrez-le comme fichier image dans public/img/ et montrez-le avec ![…](/img/…)',
          notComponent: 'utilisez <Figure>, <VideoEmbed>, <Callout> ou <Tags>',
          other: `retirez les balises <${p.tag}>, ou écrivez en Markdown`,
        })[p.kind],
    },
    attributeRemoved: {
      message: (p: { attribute: string; tag: string; kind: RemovedAttribute; value: string }) =>
        `${p.attribute} retiré de <${p.tag}> : ${
          {
            handler: 'les gestionnaires d’évènements ne s’exécutent jamais dans un article',
            style: 'un article ne porte pas de styles à lui : le site le met en page',
            class: 'les noms de classe appartiennent à la mise en page du site',
            href: `${q(p.value)} n’est pas une adresse http, https, mailto ou relative`,
            url: `${q(p.value)} n’est pas une adresse http, https ou relative`,
            other: `il n’est pas permis sur <${p.tag}>`,
          }[p.kind]
        }`,
      fix: (p: { attribute: string; tag: string; kind: RemovedAttribute; value: string }) =>
        p.kind === 'style'
          ? 'retirez style ; donnez la taille d’une image avec width="…"'
          : p.kind === 'href' || p.kind === 'url'
            ? 'utilisez une adresse https:// ou un chemin du site'
            : `retirez ${p.attribute}`,
    },
    frameAsLink: {
      message: (p: { src: string; hosts: string }) => `l’iframe ${p.src} est montrée comme un lien : seuls les lecteurs https de ${p.hosts} sont intégrés`,
      fix: () => 'utilisez l’adresse d’intégration de l’un de ces hébergeurs, ou ajoutez l’hébergeur à embedHosts dans site.config.ts',
    },
    knownMissing: {
      message: (p: { path: string; file: string; link: boolean }) => `${p.path} introuvable : manquant connu depuis l’import`,
      fix: (p: { path: string; file: string; link: boolean }) =>
        `ajoutez le fichier public${p.file} ou retirez ${p.link ? 'le lien qui y mène' : 'la référence'}, puis retirez-le de known_missing`,
    },
    knownMissingExists: {
      message: (p: { path: string }) => `known_missing liste ${p.path}, qui existe maintenant`,
      fix: () => 'retirez-le de known_missing',
    },
    imageWithoutAlt: {
      message: (p: { src: string }) => `l’image ${p.src} n’a pas de texte alternatif`,
      fix: (p: { src: string }) => `dites ce qu’elle montre entre les crochets : ![Ce que montre l’image](${p.src})`,
    },
    htmlImageWithoutAlt: {
      message: (p: { tag: string; src: string }) => `<${p.tag}> ${p.src} n’a pas de texte alternatif`,
      fix: () => 'ajoutez alt="ce que montre l’image" (ou alt="" si elle n’est que décorative)',
    },
    langRefAlone: {
      message: (p: { ref: string }) => `\`lang-ref: ${p.ref}\` : aucun article d’une autre langue ne porte ce \`lang-ref\`, pas de lien vers une traduction`,
      fix: (p: { ref: string }) => `donnez \`lang-ref: ${p.ref}\` à sa traduction (\`npm run new -- --translate <fichier>\` l’écrit), ou corrigez l’orthographe de l’un des deux`,
    },
    deadLink: {
      message: (p: { href: string; guess?: string }) => `lien vers ${p.href} : rien sur ce site ne répond à cette adresse`,
      fix: (p: { href: string; guess?: string }) =>
        p.guess
          ? `vouliez-vous dire ${p.guess} ?`
          : 'corrigez l’adresse ; pour une page que ce blog ne sert pas, faites un lien vers là où elle vit aujourd’hui, avec son adresse complète en https://',
    },
    fileOverHttp: {
      message: (p: { what: string; src: string; https: string }) => `${p.what} ${p.src} est servie en http`,
      fix: (p: { what: string; src: string; https: string }) => `utilisez ${p.https}`,
    },
    fileNotRootPath: {
      message: (p: { what: string; src: string }) => `${p.what} ${p.src} n’est pas un chemin depuis la racine du site`,
      fix: () => 'écrivez-le depuis la racine du site, par exemple /img/blog/photo.jpg, avec le fichier dans public/img/blog/',
    },
    fileRefused: {
      message: (p: { what: string; src: string; reason: RefusedFile }) =>
        `${p.what} ${p.src} ${
          {
            climbs: 'sort de public/',
            outside: 'passe par un lien symbolique qui sort de public/ : non lu',
            loop: 'passe par une boucle de liens symboliques : non lu',
            dangling: 'est un lien symbolique vers un fichier qui n’existe pas',
          }[p.reason]
        }`,
      fix: (p: { what: string; src: string; reason: RefusedFile }) =>
        p.reason === 'climbs'
          ? 'écrivez le chemin depuis la racine du site, sans `..`, par exemple /img/blog/photo.jpg pour public/img/blog/photo.jpg'
          : `remplacez le lien par le fichier lui-même${p.reason === 'dangling' ? ', ou supprimez le lien' : ''}`,
    },
    fileNotFound: {
      message: (p: { what: string; src: string; decoded: string; right?: string; accents?: 'post' | 'file' }) => `${p.what} ${p.src} introuvable`,
      fix: (p: { what: string; src: string; decoded: string; right?: string; accents?: 'post' | 'file' }) =>
        !p.right
          ? `ajoutez le fichier public${p.decoded} ou corrigez le chemin`
          : p.accents === 'post'
            ? `retapez le nom du fichier dans l’article : ses accents y sont décomposés (e + ◌́, comme macOS les copie), alors que public${p.right} les a composés ; un hébergeur Linux distingue les deux`
            : p.accents === 'file'
              ? `renommez public${p.right} en retapant son nom : ses accents y sont décomposés (e + ◌́, comme macOS les écrit), ce qu’un hébergeur Linux ne fait pas correspondre au nom écrit`
              : `vouliez-vous dire ${p.right} ? (la casse compte sur l’hébergeur)`,
    },
    pictureNotAddress: {
      message: (p: { key: string; src: string; folder: string }) => `${p.key} ${p.src} doit être un chemin sous public/ ou une adresse https://`,
      fix: (p: { key: string; src: string; folder: string }) =>
        p.src.startsWith('//')
          ? `écrivez https:${p.src}`
          : `mettez l’image dans public/${p.folder}/ et écrivez \`${p.key}: /${p.folder}/<nom du fichier>\`, ou donnez son adresse https://`,
    },
    hiddenFile: {
      message: () => 'fichier caché non lu : son nom commence par un point',
      fix: () => 'renommez-le sans le point du début, ou supprimez-le',
    },
    folderNotRead: {
      message: (p: { folder: string; outOf: string }) => `dossier non lu : ${p.folder}/ ne contient que des fichiers`,
      fix: (p: { folder: string; outOf: string }) => `déplacez les fichiers qu’il contient dans ${p.folder}/, ou sortez le dossier de ${p.outOf}`,
    },
    notRegularFile: {
      message: (_p: { expected: 'file' | 'redirects' | 'tags' }) => 'ce n’est pas un fichier ordinaire : non lu',
      fix: (p: { expected: 'file' | 'redirects' | 'tags' }) =>
        ({
          file: 'remplacez-le par un fichier, ou supprimez-le',
          redirects: 'faites-en un fichier YAML de redirections, ou supprimez-le',
          tags: `faites-en ${TAGS_SHAPE}`,
        })[p.expected],
    },
    noPostsFolder: {
      message: (p: { folder: string }) => `le dossier des articles ${p.folder}/ n’existe pas`,
      fix: (p: { folder: string }) => `créez ${p.folder}/, ou donnez le dossier du contenu dans CONTENT_DIR`,
    },
    notPostFile: {
      message: () => 'pas un article : les articles sont des fichiers .md ou .mdx',
      fix: () => 'déplacez-le dans public/ si un article s’en sert, ou renommez-le avec l’extension .md ou .mdx',
    },
    notPageFile: {
      message: (_p: { rename: string; folder: string }) => 'pas une page : les pages sont des fichiers .md',
      fix: (p: { rename: string; folder: string }) => `renommez-le ${p.rename}, ou sortez-le de ${p.folder}/ (les images vont dans public/img/)`,
    },
    notProfileFile: {
      message: (_p: { rename: string; folder: string }) => 'pas un profil d’auteur : les profils sont des fichiers .md',
      fix: (p: { rename: string; folder: string }) => `renommez-le ${p.rename}, ou sortez-le de ${p.folder}/ (les photos vont dans public/img/communaute/)`,
    },
    buildDateInvalid: {
      message: (p: { value: string }) => `BUILD_DATE ${q(p.value)} n’est pas une date`,
      fix: () => 'écrivez une date AAAA-MM-JJ, par exemple BUILD_DATE=2018-09-24',
    },
    liquidNotRendered: {
      message: (p: { text: string; liquid: LiquidKind }) => `le code Liquid ${p.text} ne serait pas affiché`,
      fix: (p: { text: string; liquid: LiquidKind }) => LIQUID_FIX[p.liquid],
    },
    bodyTooNested: {
      message: (p: { opened: number; max: number }) => `${p.opened} citations ou listes ouvertes sur une même ligne ; au plus ${p.max}`,
      fix: () => 'imbriquez moins de citations et de listes',
    },
    bodyTooIndented: {
      message: (p: { width: number; max: number }) => `ligne en retrait de ${p.width} colonnes ; au plus ${p.max}`,
      fix: () => 'mettez moins de retrait : une liste s’imbrique de deux à quatre espaces par niveau',
    },
    bodyPunctuationRun: {
      message: (p: { length: number; max: number }) => `une suite de ${p.length} signes de ponctuation ; au plus ${p.max}`,
      fix: () => 'raccourcissez-la, ou mettez-la dans un bloc de code (```)',
    },
    bodyOpenBrackets: {
      message: (p: { max: number }) => `plus de ${p.max} crochets [ ouverts à la fois`,
      fix: () => 'fermez chaque [ d’un lien, ou échappez-le : \\[',
    },
    bodyTooDeep: {
      message: (p: { depth: number; max: number }) => `éléments imbriqués sur ${p.depth} niveaux ; au plus ${p.max}`,
      fix: () => 'imbriquez moins de citations, de listes et d’éléments HTML',
    },
    bodyStackOverflow: {
      message: () => 'le texte est trop imbriqué pour être lu',
      fix: () => 'imbriquez moins de citations, de listes et d’éléments HTML',
    },
    bodyUnreadable: {
      message: (p: { reason: string }) => `le texte n’a pas pu être lu : ${p.reason}`,
      fix: () => 'simplifiez la dernière partie modifiée de l’article',
    },
    pageNameNotSlug: {
      message: (p: { name: string; rename: string }) => `le nom de fichier ${p.name} ne donne pas d’adresse utilisable à la page`,
      fix: (p: { name: string; rename: string }) => `renommez-le ${p.rename} : lettres ASCII minuscules, chiffres et tirets (le nom est l’adresse de la page)`,
    },
    pageAddressReserved: {
      message: (p: { path: string; file: string; rename: string }) => `l’adresse ${p.path} est celle d’une page du blog lui-même`,
      fix: (p: { path: string; file: string; rename: string }) => `renommez ${p.file} (son nom est son adresse), par exemple ${p.rename}`,
    },
    pageAddressTaken: {
      message: (p: { path: string; taken: SiteThing; file: string; rename: string }) => `l’adresse ${p.path} est déjà prise par ${siteThing(p.taken)}`,
      fix: (p: { path: string; taken: SiteThing; file: string; rename: string }) => `renommez ${p.file} (son nom est son adresse), par exemple ${p.rename}`,
    },
    unknownAuthorSlug: {
      message: (p: { slug: string; guess?: string }) => `aucun profil ne porte le slug ${q(p.slug)}`,
      fix: (p: { slug: string; guess?: string }) => (p.guess ? `vouliez-vous dire ${q(p.guess)} ?` : `créez content/authors/${p.slug}.md avec \`name:\``),
    },
    samePostUrl: {
      message: (p: { path: string; other: string }) => `même adresse ${p.path} que ${p.other}`,
      fix: () => 'changez le slug de l’un des deux (renommez le fichier ou ajoutez `slug:`)',
    },
    unknownLanguage: {
      message: (p: { lang: string; known: string; guess?: string }) => `langue inconnue ${q(p.lang)} : le site est écrit en ${p.known}`,
      fix: (p: { lang: string; known: string; guess?: string }) =>
        p.guess ? `écrivez \`lang: ${p.guess}\`` : `écrivez l’une de ces langues, ou ajoutez celle-ci à \`languages\` dans site.config.ts (et son dictionnaire dans lib/i18n/)`,
    },
    langFolderMismatch: {
      message: (p: { lang: string; folder: string; folderLang: string }) => `\`lang: ${p.lang}\` dans le dossier ${p.folder}/, qui est celui de la langue ${q(p.folderLang)}`,
      fix: (p: { lang: string; folder: string; folderLang: string }) => `retirez \`lang:\` (le dossier suffit), ou déplacez le fichier dans le dossier de la langue ${q(p.lang)}`,
    },
    sameLangRef: {
      message: (p: { ref: string; lang: string; other: string }) => `\`lang-ref: ${p.ref}\` : ${p.other} est déjà la version ${q(p.lang)} de cet article`,
      fix: () => 'un article n’a qu’une version par langue : changez le `lang-ref` de l’un des deux, ou sa langue (son dossier ou `lang:`)',
    },
    tagSameUrl: {
      message: (p: { tag: string; slug: string; known: string }) => `l’étiquette ${q(p.tag)} a la même adresse /tag/${p.slug}/ que ${q(p.known)}`,
      fix: (p: { tag: string; slug: string; known: string }) => `écrivez-la ${q(p.known)}`,
    },
    authorFileName: {
      message: (p: { slug: string; rename: string }) => `le nom du profil ${q(p.slug)} n’est pas un slug ASCII`,
      fix: (p: { slug: string; rename: string }) => `renommez-le ${p.rename}`,
    },
    redirectNotPath: {
      message: (p: { from: string }) => `la redirection depuis ${q(p.from)} ne part pas d’un chemin`,
      fix: () => 'écrivez-la depuis la racine du site, par exemple /posts/2018/09/24/x/',
    },
    redirectControl: {
      message: (p: { from: string }) => `la redirection depuis ${q(p.from)} contient un saut de ligne ou un autre caractère de contrôle`,
      fix: () => 'retirez-le : écrivez l’adresse sur une ligne, comme un navigateur la montre',
    },
    redirectSpace: {
      message: (p: { from: string; encoded: string }) => `la redirection depuis ${q(p.from)} contient une espace`,
      fix: (p: { from: string; encoded: string }) => `écrivez-la encodée, comme les navigateurs l’envoient : ${p.encoded}`,
    },
    redirectBackslash: {
      message: (p: { from: string }) => `la redirection depuis ${q(p.from)} contient une barre oblique inversée (\\)`,
      fix: () => 'séparez les segments par des /',
    },
    redirectQuery: {
      message: (p: { from: string; path: string }) =>
        `la redirection depuis ${q(p.from)} contient une requête ou un fragment (? ou #), qu’un hébergeur statique ne lit pas comme une partie du chemin`,
      fix: (p: { from: string; path: string }) => `écrivez le chemin seul : ${p.path}`,
    },
    redirectBadEncoding: {
      message: (p: { from: string }) => `la redirection depuis ${q(p.from)} a un encodage en % invalide`,
      fix: () => 'écrivez % sous la forme %25, ou corrigez la suite %XX',
    },
    redirectEncodedSeparator: {
      message: (p: { from: string; sequence: string }) => `la redirection depuis ${q(p.from)} contient un séparateur encodé (${p.sequence})`,
      fix: () => 'séparez les segments par des / : un séparateur encodé désigne un fichier différent selon l’hébergeur',
    },
    redirectEncodedControl: {
      message: (p: { from: string }) => `la redirection depuis ${q(p.from)} contient un caractère de contrôle encodé en %`,
      fix: () => 'retirez-le de l’adresse',
    },
    redirectEmptySegment: {
      message: (p: { from: string }) => `la redirection depuis ${q(p.from)} a un segment vide (//)`,
      fix: () => 'écrivez un seul / au début et entre les segments',
    },
    redirectDotSegment: {
      message: (p: { from: string; segment: string }) => `la redirection depuis ${q(p.from)} a le segment ${q(p.segment)}, que les navigateurs résolvent avant de demander l’adresse à l’hébergeur`,
      fix: () => 'écrivez l’adresse sans segment . ni .., comme un navigateur la montre',
    },
    redirectPattern: {
      message: (p: { from: string; pattern: string }) => `la redirection depuis ${q(p.from)} contient ${q(p.pattern)}, que les hébergeurs lisent comme un motif dans _redirects`,
      fix: () => 'écrivez la seule ancienne adresse qui doit mener ici, sans *, ! ni segment commençant par :',
    },
    redirectLongSegment: {
      message: (p: { from: string; max: number }) => `la redirection depuis ${q(p.from)} a un segment de plus de ${p.max} octets, plus qu’un nom de fichier n’en peut contenir`,
      fix: () => 'raccourcissez-le',
    },
    redirectShadows: {
      message: (p: { from: string; how: 'into' | 'replace' | 'folder'; taken: SiteThing }) =>
        `la redirection depuis ${p.from} ${
          { into: `écrirait dans ${siteThing(p.taken)}`, replace: `remplacerait ${siteThing(p.taken)}`, folder: `demanderait un dossier à la place ${ofSiteThing(p.taken)}` }[p.how]
        }`,
      fix: (p: { from: string; how: 'into' | 'replace' | 'folder'; taken: SiteThing }) => siteThingFix(p.taken),
    },
    redirectTwice: {
      message: (p: { from: string; to: string; otherTo: string; otherFile: string }) =>
        `deux redirections depuis ${p.from} : vers ${p.otherTo} (${p.otherFile}) et vers ${p.to}`,
      fix: () => 'gardez-en une',
    },
    redirectUnderRedirect: {
      message: (p: { from: string; other: string; otherFile: string }) =>
        `la redirection depuis ${p.from} demanderait un dossier à la place de la redirection depuis ${p.other} (${p.otherFile})`,
      fix: () => 'gardez l’une des deux adresses',
    },
    redirectLoop: {
      message: (p: { chain: string }) => `boucle de redirections : ${p.chain}`,
      fix: () => 'faites mener chaque redirection vers une page, pas vers une autre redirection',
    },
    redirectTargetMissing: {
      message: (p: { from: string; to: string }) => `la redirection depuis ${p.from} mène à ${p.to}, qui n’est ni une page ni un fichier du site`,
      fix: () => 'faites-la mener à une page ou à un fichier qui existe',
    },
    redirectBadTarget: {
      message: (p: { from: string; to: string; why: 'space' | 'noScheme' | 'notUrl' | 'http' }) =>
        `la redirection depuis ${p.from} mène à ${q(p.to)}, ${
          {
            space: 'qui contient une espace ou un caractère de contrôle',
            noScheme: 'un autre hôte écrit sans https:',
            notUrl: 'qui n’est ni un chemin de ce site ni une adresse https://',
            http: 'qui n’est pas en https',
          }[p.why]
        }`,
      fix: () => REDIRECT_TO_FIX,
    },
    redirectHostNotListed: {
      message: (p: { from: string; to: string; host: string }) => `la redirection depuis ${p.from} mène à ${p.to}, sur ${p.host}, un hôte absent de redirectHosts`,
      fix: (p: { from: string; to: string; host: string }) =>
        `ajoutez "${p.host}" à redirectHosts dans site.config.ts si l’on peut y envoyer les lecteurs, ou faites-la mener à une page de ce site`,
    },
    yamlFileSyntax: {
      message: (p: { reason: string; list: 'redirects' | 'tags' }) => `erreur de syntaxe YAML : ${p.reason}`,
      fix: (p: { reason: string; list: 'redirects' | 'tags' }) => `écrivez ${p.list === 'tags' ? TAGS_SHAPE : REDIRECTS_SHAPE}`,
    },
    redirectsNotList: {
      message: () => 'les redirections doivent être une liste',
      fix: () => `écrivez ${REDIRECTS_SHAPE}`,
    },
    redirectEntryIncomplete: {
      message: (p: { index: number }) => `l’entrée ${p.index} doit avoir \`from\` et \`to\``,
      fix: () => `écrivez ${REDIRECTS_SHAPE}`,
    },
    tagsNotList: {
      message: () => 'les étiquettes autorisées doivent être une liste',
      fix: () => `écrivez ${TAGS_SHAPE}`,
    },
    tagNotText: {
      message: (p: { index: number }) => `l’élément ${p.index} n’est pas une étiquette : une étiquette est du texte`,
      fix: () => `écrivez ${TAGS_SHAPE}`,
    },
    tagNoAddress: {
      message: (p: { tag: string }) => `l’étiquette ${q(p.tag)} n’a ni lettre ni chiffre pour faire l’adresse de sa page`,
      fix: () => 'écrivez-la avec des lettres ou des chiffres, ou retirez-la',
    },
    tagListedTwice: {
      message: (p: { tag: string }) => `l’étiquette ${q(p.tag)} est listée deux fois`,
      fix: () => 'retirez l’une des deux',
    },
    tagsShareSlug: {
      message: (p: { first: string; second: string; slug: string }) => `les étiquettes ${q(p.first)} et ${q(p.second)} auraient la même page /tag/${p.slug}/`,
      fix: () => 'gardez une orthographe, et écrivez-la dans les articles qui utilisent l’autre',
    },
    importOutsideTarget: {
      message: (p: { dir: string }) => `non écrit : il mène hors de ${p.dir}/`,
      fix: (p: { dir: string }) => `si un lien symbolique de ${p.dir}/ est sur le chemin, remplacez-le par un dossier`,
    },
    importCopyGone: {
      message: () => 'non copié : ce n’est plus un fichier du site Jekyll',
      fix: () => 'remplacez le lien par le fichier lui-même',
    },
    importTargetEdited: {
      message: (p: { source: string; file: string }) => `diffère de ce que l’import de ${p.source} écrirait (modifié depuis ?) : laissé tel quel`,
      fix: (p: { source: string; file: string }) => `supprimez ${p.file} pour l’importer à nouveau`,
    },
    importSameFileName: {
      message: (p: { other: string; fileName: string }) => `non importé : ${p.other} est aussi importé sous posts/${p.fileName}`,
      fix: () => 'renommez l’un des deux dans le site Jekyll',
    },
    importAddressTaken: {
      message: (p: { existing: string; address: string }) => `non importé : ${p.existing} a déjà son adresse ${p.address}`,
      fix: (p: { existing: string; address: string }) => `supprimez ${p.existing} pour l’importer à nouveau, ou laissez-le`,
    },
    importFrontMatter: {
      message: (p: { reason: string }) => `non importé : ${p.reason}`,
      fix: () => 'corrigez l’en-tête dans le site Jekyll et relancez l’import',
    },
    importNoSlug: {
      message: (p: { inDrafts: boolean; rename: string }) => `non importé : son nom n’a ni lettre ni chiffre${p.inDrafts ? '' : ' après la date'} pour faire l’adresse de l’article`,
      fix: (p: { inDrafts: boolean; rename: string }) => `renommez-le ${p.rename} (quelques mots de son titre) et relancez l’import`,
    },
    importBadFileName: {
      message: (p: { date?: string }) =>
        `non importé : ${p.date ? `sa date ${p.date} n’existe pas` : 'son nom n’est pas `AAAA-MM-JJ-slug.md`'}, donc Jekyll ne l’a pas publié non plus`,
      fix: () => 'renommez-le `AAAA-MM-JJ-slug.md` et relancez l’import',
    },
    importDraftNoDate: {
      message: () => 'non importé : un brouillon de _drafts/ a besoin d’une `date:` pour avoir une adresse',
      fix: () => 'ajoutez `date: AAAA-MM-JJ` à son en-tête et relancez l’import',
    },
    importNotMarkdown: {
      message: () => 'non importé : seuls les articles en Markdown le sont',
      fix: () => 'convertissez-le en Markdown pour l’importer, ou copiez-le à la main',
    },
    importPageSkipped: {
      message: (p: { why: PageSkip }) =>
        `page non importée : ${
          p.why.kind === 'frontMatter'
            ? p.why.reason
            : p.why.kind === 'ownAddress'
              ? `son adresse ${p.why.url} est celle d’une page du blog (accueil, listes, page d’erreur)`
              : p.why.kind === 'liquid'
                ? `son Liquid (${count(p.why.count, 'balise')}${p.why.line ? `, ligne ${p.why.line}` : ''}) n’a pas d’équivalent ici : les gabarits de l’ancien site le produisaient`
                : p.why.kind === 'missingFiles'
                  ? `elle renvoie à des fichiers que l’ancien site n’avait pas : ${p.why.files}`
                  : 'du Liquid y reste'
        }`,
      fix: (p: { why: PageSkip }) =>
        ({
          frontMatter: 'corrigez son en-tête et relancez l’import',
          ownAddress: 'le blog a sa propre page à cette adresse ; recopiez à la main ce qu’elle dit, si c’est encore utile',
          liquid: 'écrivez la page à la main dans content/pages/, si elle est encore utile',
          missingFiles: 'ajoutez-les au site Jekyll, ou écrivez la page à la main',
          liquidLeft: 'écrivez la page à la main dans content/pages/',
        })[p.why.kind],
    },
    importProfileUnused: {
      message: (p: { name: string }) => `non importé : ${p.name} ne signe aucun des articles importés, et n’a donc pas de page d’auteur ici`,
      fix: () => 'si cette personne doit en avoir une, créez son profil à la main dans content/authors/',
    },
    importWouldFail: {
      message: (p: { message: string; fix?: string }) => `l’article importé ne passerait pas npm run check : ${p.message}`,
      fix: (p: { message: string; fix?: string }) => p.fix ?? '',
    },
    importProfileWouldFail: {
      message: (p: { file: string; message: string; fix?: string }) => `le profil importé ${p.file} ne passerait pas npm run check : ${p.message}`,
      fix: (p: { file: string; message: string; fix?: string }) => p.fix ?? '',
    },
    importTagsNotAdded: {
      message: (p: { file: string }) => `les étiquettes de l’ancien site n’ont pas été ajoutées : ${p.file} ne se lit pas comme une liste d’une étiquette par ligne, ou contient une erreur`,
      fix: (p: { file: string }) => `lancez npm run check pour voir ce qui ne va pas dans ${p.file}, corrigez-le, puis relancez l’import`,
    },
    importLiquidLeft: {
      message: (p: { text: string; liquid: LiquidKind }) => `le code Liquid ${p.text} reste dans le texte`,
      fix: (p: { text: string; liquid: LiquidKind }) => LIQUID_FIX[p.liquid],
    },
    importYamlUnreadable: {
      message: (p: { reason: string }) => `YAML illisible, ignoré : ${p.reason}`,
      fix: () => '',
    },
    importOldPageLink: {
      message: (p: { url: string; sameAsBlog: boolean }) => `lien ${p.url} : une page de l’ancien site que ce blog ne sert pas ; elle répondra 404`,
      fix: (p: { url: string; sameAsBlog: boolean }): string =>
        p.sameAsBlog
          ? 'le blog prend l’adresse de l’ancien site : passez --old-site-url avec l’adresse où ses pages se trouvent aujourd’hui (par exemple https://web.archive.org/web/2020/<ancienne adresse>), ou faites un lien vers une page de ce blog'
          : 'passez --old-site-url <adresse de l’ancien site> pour que le lien y mène, ou faites un lien vers une page de ce blog',
    },
    importLookAlikeProfiles: {
      message: (p: { name: string; other: string; slug: string; otherSlug: string }) =>
        `${q(p.name)} et ${q(p.other)} ne diffèrent que d’une lettre : gardés comme deux profils (seule une lettre intervertie, manquante ou en trop dans un nom de deux mots et d’au moins 10 lettres fait fusionner)`,
      fix: (p: { name: string; other: string; slug: string; otherSlug: string }) =>
        `s’il s’agit d’une seule personne, ajoutez ${q(p.name)} aux aliases de content/authors/${p.slug}.md et supprimez content/authors/${p.otherSlug}.md`,
    },
    importRedirectAside: {
      message: (p: { reason: string; reasonFix: string }) => `${p.reason} : gardée dans imported_redirect_from, pas comme redirection`,
      fix: (p: { reason: string; reasonFix: string }) => `si l’ancienne adresse doit encore répondre, corrigez-la (${p.reasonFix}) et déplacez-la dans redirect_from`,
    },
    importPermalinkUnknown: {
      message: (p: { template: string }) => `le permalink ${p.template} contient un paramètre que Jekyll 4 ne connaît pas : pas d’ancienne adresse à garder`,
      fix: () => 'si l’article avait une adresse, ajoutez-la à redirect_from',
    },
    importFileMissing: {
      message: (p: { url: string; file: string }) => `${p.url} n’existe nulle part dans le site Jekyll : listé dans known_missing`,
      fix: (p: { url: string; file: string }) => `ajoutez le fichier en public${p.file}, ou retirez la référence ; puis retirez-le de known_missing`,
    },
    importTwitterNotHandle: {
      message: (p: { value: string }) => `twitter ${q(p.value)} n’est pas un identifiant : déplacé dans imported_twitter`,
      fix: () => 'écrivez l’identifiant seul dans `twitter:`',
    },
    importTagKept: {
      message: (p: { tag: string; over: boolean; max: number; tags: readonly string[]; near?: string }) =>
        `l’étiquette ${q(p.tag)} ${p.over ? `dépasse les ${p.max} étiquettes qu’un article peut avoir` : 'n’est pas autorisée'} : gardée dans imported_tags`,
      fix: (p: { tag: string; over: boolean; max: number; tags: readonly string[]; near?: string }) =>
        p.over
          ? `pour la montrer, mettez-la dans tags à la place de l’une de ${p.tags.map(q).join(', ')} ; puis retirez-la de imported_tags`
          : p.near
            ? `vouliez-vous dire ${q(p.near)} ? si oui, ajoutez-la à tags`
            : 'ajoutez-la à content/tags.yml (l’import le fait avec --add-tags), ou choisissez une étiquette autorisée ; puis déplacez-la dans tags',
    },
    importLiquidInCode: {
      message: (p: { text: string }) => `le Liquid ${p.text} dans du code est montré tel qu’écrit : Jekyll l’exécutait, les lecteurs voyaient son résultat`,
      fix: () => 'écrivez dans le code ce que voyaient les lecteurs, ou gardez-le si l’article montre du Liquid exprès',
    },
    importLiquidRemoved: {
      message: (p: { text: string; line: number; endLine?: number; liquid: LiquidKind }) =>
        `le Liquid ${p.text}${p.endLine ? ` (lignes ${p.line} à ${p.endLine}, toutes retirées)` : ''} est retiré : il n’a pas d’équivalent ici`,
      fix: (p: { text: string; line: number; endLine?: number; liquid: LiquidKind }) => LIQUID_FIX[p.liquid],
    },
    importAvatarMissing: {
      message: (p: { picture: string; name: string; slug: string }) => `la photo ${p.picture} de ${p.name} n’existe nulle part dans le site : pas d’avatar`,
      fix: (p: { picture: string; name: string; slug: string }) => `ajoutez un \`avatar:\` à content/authors/${p.slug}.md`,
    },
    importProfileFileMissing: {
      message: (p: { url: string; slug: string }) => `${p.url} n’existe nulle part dans le site Jekyll`,
      fix: (p: { url: string; slug: string }) => `ajoutez le fichier à public/, ou retirez-le de content/authors/${p.slug}.md`,
    },
    importNearProfile: {
      message: (p: { name: string; profile: string; why: BylineMatch; slug: string }) =>
        `la signature ${q(p.name)} est presque le nom du profil ${q(p.profile)} (${BYLINE_MATCH[p.why]}) : aucun profil créé`,
      fix: (p: { name: string; profile: string; why: BylineMatch; slug: string }) =>
        `si c’est la même personne, ajoutez ${q(p.name)} aux aliases de content/authors/${p.slug}.md ; sinon, créez content/authors/<slug>.md pour elle`,
    },
    importBadTimezone: {
      message: (p: { zone: string }) => `timezone ${q(p.zone)} n’est pas un nom de fuseau horaire : les dates sont lues en UTC`,
      fix: () => 'écrivez un nom de fuseau comme Europe/Paris, ou retirez timezone:',
    },
    importBaseurl: {
      message: (p: { baseurl: string }) => `l’ancien site était servi sous baseurl ${p.baseurl} : chaque ancienne adresse est gardée avec et sans`,
      fix: (p: { baseurl: string }) => `publiez le blog avec BASE_PATH=${p.baseurl} pour le servir là où était l’ancien, ou à la racine`,
    },
    importRuleNotKept: {
      message: (p: { rule: string; why: RuleSkip }) => `règle ${q(p.rule)} non gardée : ${RULE_SKIP(p.why).why}`,
      fix: (p: { rule: string; why: RuleSkip }) => RULE_SKIP(p.why).fix,
    },
    importEmptyDropped: {
      message: (p: { key: string; kind: EmptyKey; value: string }) =>
        ({
          noName: `une clé sans nom (valeur ${p.value}) retirée`,
          null: `${p.key} : vide (null), retiré : Jekyll le lisait comme non renseigné`,
          text: `${p.key} : texte vide, retiré : Jekyll le lisait comme non renseigné`,
          list: `${p.key} : liste vide, retirée`,
        })[p.kind],
      fix: () => '',
    },
    importDefaultsApplied: {
      message: (p: { keys: readonly string[] }) =>
        `${p.keys.join(', ')} : ${p.keys.length > 1 ? 'valeurs' : 'valeur'} de defaults: de _config.yml ${p.keys.length > 1 ? 'écrites' : 'écrite'} dans son en-tête`,
      fix: () => '',
    },
    importDateUnread: {
      message: (p: { value: string }) => `la date ${q(p.value)} n’est pas une date que ce site lit : déplacée dans imported_date, la date du nom de fichier est utilisée`,
      fix: () => '',
    },
    importDateShifted: {
      message: (p: { value: string; day: string; zone: string; written: string }) =>
        `la date ${q(p.value)} tombait le ${p.day} dans le fuseau du site (${p.zone}), le jour que Jekyll lui donnait : écrite ${p.written}`,
      fix: () => '',
    },
    importDraftRenamed: {
      message: (p: { fileName: string }) => `brouillon de _drafts/ importé sous ${p.fileName} (un nom de fichier qui commence par _ est un brouillon)`,
      fix: () => '',
    },
    importMarkdownRenamed: {
      message: (p: { fileName: string }) => `fichier .markdown écrit sous ${p.fileName}`,
      fix: () => '',
    },
    importSlugChanged: {
      message: (p: { slug: string; safe: string }) => `le slug ${q(p.slug)} n’est pas utilisable dans une adresse : désormais ${p.safe}, l’ancienne adresse y redirige`,
      fix: () => '',
    },
    importOldAddressKept: {
      message: (p: { url: string; permalink?: string; baseurl?: string }) =>
        `ancienne adresse ${p.url} (${p.baseurl ? `sous baseurl ${p.baseurl}` : `permalink ${p.permalink ?? ''}`}) ajoutée à redirect_from`,
      fix: () => '',
    },
    importRefChanged: {
      message: (p: { raw: string; url: string; change: RefChange }) => `${p.raw} → ${p.url} : ${REF_CHANGE(p.change)}`,
      fix: () => '',
    },
    importCoverPath: {
      message: () => 'image écrite comme un chemin (le site lit `image: /img/x.jpg`)',
      fix: () => '',
    },
    importCoverNotPath: {
      message: () => 'image n’est pas un chemin : déplacée dans imported_image',
      fix: () => '',
    },
    importEntities: {
      message: (p: { key: string; before: string; after: string }) => `${p.key} : entités HTML écrites comme les caractères qu’elles montrent (${q(p.before)} → ${q(p.after)})`,
      fix: () => '',
    },
    importNoTitle: {
      message: (p: { title: string }) => `pas de titre : ${q(p.title)}, tiré du nom du fichier`,
      fix: () => '',
    },
    importNoDescription: {
      message: (p: { description: string; from?: 'excerpt' | 'text' }) =>
        `pas de description : ${p.from ? `${p.from === 'excerpt' ? 'l’extrait' : 'le début du texte'} est utilisé (${q(p.description)})` : q(p.description)}`,
      fix: () => '',
    },
    importBoolean: {
      message: (p: { key: string; value: string; written: boolean }) => `${p.key} : ${q(p.value)} écrit ${String(p.written)}`,
      fix: () => '',
    },
    importTwitterHandle: {
      message: (p: { value: string; handle: string }) => `twitter ${q(p.value)} écrit comme l’identifiant ${p.handle}`,
      fix: () => '',
    },
    importTagRenamed: {
      message: (p: { from: string; to: string }) => `étiquette ${q(p.from)} écrite comme l’étiquette autorisée ${q(p.to)}`,
      fix: () => '',
    },
    importSplitList: {
      message: (p: { key: string; value: string; list: readonly string[] }) => `${p.key} ${q(p.value)} écrit comme la liste ${list(p.list)} (Jekyll le découpe aux espaces)`,
      fix: () => '',
    },
    importRedirectsRooted: {
      message: () => 'chemins de redirect_from écrits depuis la racine du site',
      fix: () => '',
    },
    importAuthorUsername: {
      message: (p: { written: string; source?: string; name: string }) =>
        `l’auteur ${q(p.written)} est ${p.source ? `le nom de fichier de ${p.source}` : 'un identifiant de _data/authors.yml'} : écrit ${q(p.name)}`,
      fix: () => '',
    },
    importAuthorWritten: {
      message: (p: { byline: string; from: 'list' | 'object' }) => `${p.from === 'list' ? 'liste d’auteurs écrite' : 'auteur donné comme objet, écrit'} comme la signature ${q(p.byline)}`,
      fix: () => '',
    },
    importAuthorsMoved: {
      message: (p: { names: readonly string[] }) => `authors (identifiants de l’ancien site) déplacé dans imported_authors ; la signature nomme ${p.names.join(', ')}`,
      fix: () => '',
    },
    importNoAuthor: {
      message: (p: { byline: string; from: 'author' | 'title' }) => `pas d’auteur : ${p.from === 'author' ? 'l’auteur' : 'le titre'} du site, ${q(p.byline)}, est utilisé`,
      fix: () => '',
    },
    importPageImported: {
      message: (p: { slug: string; path: string; oldUrl?: string }) =>
        `page importée sous content/pages/${p.slug}.md, à l’adresse ${p.path}${p.oldUrl ? ` ; son ancienne adresse ${p.oldUrl} y redirige` : ''}`,
      fix: () => '',
    },
    importOldPageLinked: {
      message: (p: { url: string; to: string }) => `lien ${p.url} → ${p.to} : une page de l’ancien site que ce blog ne sert pas`,
      fix: () => '',
    },
    importPostRelinked: {
      message: (p: { url: string; to: string }) => `lien ${p.url} → ${p.to} : l’adresse de l’article qu’il nomme`,
      fix: () => '',
    },
    importRulesKept: {
      message: (p: { count: number }) => `${count(p.count, 'règle gardée', 'règles gardées')} dans content/redirects.yml`,
      fix: () => '',
    },
    importProfileCreated: {
      message: (p: { slug: string; name: string; from?: string; bio: boolean; twitterFrom?: string }) =>
        `profil d’auteur authors/${p.slug}.md créé pour ${q(p.name)}${p.from ? `, depuis ${p.from}${p.bio ? ' (biographie comprise)' : ''}` : ''}${p.twitterFrom ? `, twitter depuis ${p.twitterFrom}` : ''}`,
      fix: () => '',
    },
    importBylineMerged: {
      message: (p: { alias: string; posts: number; slug: string; name: string; why: BylineMatch }) =>
        `signature ${q(p.alias)} (${count(p.posts, 'article')}) fusionnée dans authors/${p.slug}.md, ${q(p.name)} : ${BYLINE_MATCH[p.why]}`,
      fix: (p: { alias: string; posts: number; slug: string; name: string; why: BylineMatch }) =>
        `si ce sont deux personnes, retirez ${q(p.alias)} des aliases de content/authors/${p.slug}.md et créez son propre profil`,
    },
    importVariableReplaced: {
      message: (p: { markup: string; value: string }) => `${p.markup} remplacé par sa valeur, ${q(p.value)}`,
      fix: () => '',
    },
    importMarkupChanged: {
      message: (p: { change: MarkupChange }) =>
        p.change.kind === 'addresses'
          ? `${p.change.markup} ${p.change.count > 1 ? 'changés en adresses' : 'changé en adresse'} de ce site`
          : p.change.kind === 'raw'
            ? 'le texte {% raw %} gardé tel que les lecteurs le voyaient, sans balises Liquid'
            : `balisage Jekyll ${p.change.markup} retiré`,
      fix: () => '',
    },
    importHighlightFenced: {
      message: (p: { markup: string }) => `${p.markup} changé en bloc de code délimité`,
      fix: () => '',
    },
    importBlankLine: {
      message: (p: { why: BlankLineWhy; tag: string }) =>
        ({
          afterElement: `ligne vide insérée avant cette ligne : kramdown la lisait comme du Markdown, après l’élément HTML ${p.tag} qui finit la ligne d’avant`,
          paragraphEnd: `ligne vide insérée avant ${p.tag} : kramdown terminait le paragraphe là et lisait l’élément comme du HTML`,
          aboveTag: `ligne vide insérée avant ${p.tag} : kramdown lisait les lignes au-dessus comme du Markdown, dans un même paragraphe que la balise`,
          belowTag: `ligne vide insérée avant cette ligne : kramdown la lisait comme du Markdown, dans un même paragraphe que ${p.tag} au-dessus`,
        })[p.why],
      fix: () => '',
    },
    importMarkdownAttribute: {
      message: (p: { tag: string }) => `${p.tag} avec markdown="1" : son contenu lu comme du Markdown, comme le lisait kramdown (isolé par des lignes vides, l’attribut retiré)`,
      fix: () => '',
    },
    importBlankLinesKept: {
      message: (p: { tag: string; lines: number }) =>
        `${p.tag} avec des lignes vides (${p.lines} lignes, jusqu’à sa balise de fin) gardé comme un seul élément HTML, comme le lisait kramdown : ses lignes vides contiennent un commentaire vide`,
      fix: () => '',
    },
    importFootnoteMarker: {
      message: (p: { marker: string }) =>
        `appel de note ${p.marker} écrit comme du texte, comme kramdown le montrait (ses noms de notes sont faits de lettres, de chiffres, de _ et de -, dans la casse de leur définition)`,
      fix: () => '',
    },
    importAbbreviation: {
      message: (p: { name: string; uses: number }) =>
        `abréviation *[${p.name}] retirée, comme kramdown la retirait ; ${count(p.uses, 'emploi')} de ${p.name} ${p.uses > 1 ? 'entourés' : 'entouré'} de <abbr>`,
      fix: () => '',
    },
  },
  /** What an author may write for each key, for messages. */
  shapes: {
    title: 'une ligne de texte, par exemple `title: "Mon article"`',
    description: 'une ou deux phrases, montrées sur les cartes et dans les flux',
    author: 'la signature en texte, par exemple `author: Sophie Miljkovic, équipe EIG`',
    authors: 'une liste de slugs de profils de content/authors/, par exemple `authors: [mathilde-bras]`',
    twitter: 'un identifiant sans @, par exemple `twitter: Mathilde_Bras`',
    image: 'un chemin sous public/, par exemple `image: /img/blog/photo.jpg`, ou une adresse https://',
    image_alt: 'une phrase qui dit ce que montre la couverture',
    tags: 'une liste, par exemple `tags: [accompagnement, évaluation]`',
    date: 'une date, par exemple `date: 2018-09-24` ou `date: 2018-09-24 10:00:00 +0200`',
    slug: 'un slug ASCII, par exemple `slug: mon-article`',
    draft: '`true` ou `false`',
    published: '`true` ou `false`',
    redirect_from: 'un chemin d’adresse ou une liste de chemins, par exemple `redirect_from: [/ancienne/adresse/]`',
    imported_tags: 'une liste des étiquettes de l’ancien site qui ne sont pas autorisées ici, par exemple `imported_tags: [open-data]`',
    known_missing: 'une liste de chemins de fichiers qui manquaient déjà sur l’ancien site, par exemple `known_missing: [/img/blog/perdue.jpg]`',
    name: 'le nom de la personne ou de l’équipe, par exemple `name: Mathilde Bras`',
    aliases: 'une liste d’autres orthographes, par exemple `aliases: [M. Bras]`',
    avatar: 'un chemin sous public/, par exemple `avatar: /img/communaute/photo.jpg`',
    website: 'une adresse https:// ou http://, par exemple `website: https://example.org`',
  } as Record<string, string>,
  severity: { error: 'erreur', warning: 'avertissement', info: 'info' },
  /** How problems are printed (lib/problems.ts) and what `npm run check` adds: the summary, drafts, scheduled posts. */
  format: {
    problem: (where: string, severity: string, code: string | undefined, message: string) => `${where} : ${severity} : ${code ? `[${code}] ` : ''}${message}`,
    fix: (fix: string) => `à faire : ${fix}`,
    errors: (n: number) => `${n} erreur${n > 1 ? 's' : ''}`,
    warnings: (n: number) => `${n} avertissement${n > 1 ? 's' : ''}`,
    contentErrors: (n: number, list: string) =>
      `${n > 1 ? `${n} erreurs` : 'Une erreur'} de contenu :\n${list}\nLancez \`npm run check\` pour les voir avec les avertissements.`,
    bodyError: (line: number | undefined, message: string, fix: string | undefined) =>
      `${line ? `ligne ${line} : ` : ''}${message}${fix ? ` (à faire : ${fix})` : ''}`,
    scheduled: (file: string, date: Date) => `${file} : programmé pour le ${formatFrenchDate(date)}, non publié avant`,
    draft: (file: string) => `${file} : brouillon, non publié`,
    summary: (posts: number, seconds: number, errors: number, warnings: number) =>
      `${posts} article${posts > 1 ? 's' : ''} vérifié${posts > 1 ? 's' : ''} en ${seconds.toFixed(2).replace('.', ',')} s : ${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''}`,
  },
  /** What `npm run build` prints when it stops (scripts/prebuild.ts). */
  build: {
    /** Thrown when code asks for the file of a redirect the checks refuse (`[E120] la redirection …`). */
    redirectRefused: (problem: string) => `${problem} : refusée (\`npm run check\` la signale)`,
    unreadableImages: (files: string) =>
      `${files} : pas une image lisible (le fichier est abîmé, ou n’est pas ce que dit son nom) ; à faire : exportez-la de nouveau en JPEG, PNG ou WebP`,
    /** The build's last check (scripts/postbuild/check-images.ts): an image address of a page that names no file of out/. */
    missingImages: {
      summary: (addresses: number, pages: number, outDir: string) =>
        `${addresses > 1 ? `${addresses} adresses d’image` : 'Une adresse d’image'} ${pages > 1 ? `de ${pages} pages` : 'd’une page'} ${addresses > 1 ? 'ne mènent' : 'ne mène'} à aucun fichier de ${outDir}/ : les navigateurs montreraient des images cassées`,
      page: (page: string, sources: readonly string[]) => `${page}${sources.length ? ` (depuis ${sources.join(', ')})` : ''} :`,
      image: (line: number | undefined, tag: string, attr: string, url: string, outDir: string, variantOf: string | undefined) =>
        `  ligne ${line ?? '?'} : <${tag} ${attr}> mène à ${url}, absent de ${outDir}/${variantOf ? `, une variante de public${variantOf}` : ''}`,
    },
    redirectNotWritten: (problem: string) => `${problem} : non écrite dans _redirects`,
    redirectTargetNotWritten: (from: string, to: string) => `la redirection depuis ${from} mène à ${q(to)} : non écrite dans _redirects`,
    /** Which pages a build renders (lib/page-reuse.ts): why all of them, or how many it keeps from the last build. */
    pages: {
      all: (why: 'none-kept' | 'code' | 'settings' | 'publicFiles' | 'content') =>
        `pages : toutes rendues (${
          {
            'none-kept': 'aucune gardée d’une construction précédente',
            code: 'le code a changé depuis la dernière construction',
            settings: 'les réglages (BASE_PATH, TZ, Node) ont changé',
            publicFiles: 'un fichier de public/ a changé',
            content: 'le contenu que toutes les pages montrent a changé (en-têtes, profils, pages, listes)',
          }[why]
        })`,
      some: (posts: number, kept: number) =>
        `pages : ${count(posts, 'article rendu de nouveau', 'articles rendus de nouveau')}, ${count(kept, 'page gardée', 'pages gardées')} de la dernière construction`,
    },
    stopsOnErrors: '\nLa publication s’arrête ici : corrigez les erreurs ci-dessus (`npm run check` les affiche à nouveau).',
    notRendered: (file: string, message: string) => `${file} : erreur : le texte n’a pas pu être affiché : ${message}`,
    stopsOnRendering: (n: number) =>
      `\nLa publication s’arrête ici : ${n > 1 ? `${n} articles n’ont` : 'un article n’a'} pas pu être affiché${n > 1 ? 's' : ''} (les autres l’ont été). ` +
      `Corrigez-${n > 1 ? 'les' : 'le'}, ou sortez-${n > 1 ? 'les' : 'le'} de content/posts/, puis relancez la publication.`,
  },
  /** What `npm run import:jekyll` prints: its report (lib/import/report.ts) and its own lines (scripts/import-jekyll.ts). */
  report: {
    title: (site: string, dryRun: boolean) => `Import du site Jekyll ${site}${dryRun ? ' (essai : rien n’est écrit)' : ''}`,
    heading: (title: string) => `${title} :`,
    sections: {
      post: 'Articles',
      page: 'Pages (content/pages/)',
      author: 'Profils d’auteur',
      copy: 'Fichiers copiés dans public/',
      redirects: 'Anciennes adresses du site (son _redirects, ses pages)',
      tags: 'Étiquettes autorisées',
    } satisfies Record<ReportKind, string>,
    status: { written: (dryRun: boolean): string => (dryRun ? 'à écrire' : 'écrit'), unchanged: 'inchangé', skipped: 'ignoré' },
    draft: ' [brouillon]',
    from: (source: string) => `  (depuis ${source})`,
    totals: (t: ImportTotals) =>
      `${count(t.posts, 'article importé', 'articles importés')} (${count(t.drafts, 'brouillon, non publié', 'brouillons, non publiés')}), ` +
      `${count(t.copied, 'fichier copié', 'fichiers copiés')} ; ${t.dryRun ? `${t.written} à écrire` : count(t.written, 'écrit', 'écrits')}, ` +
      `${count(t.unchanged, 'inchangé', 'inchangés')}, ${count(t.skipped, 'ignoré', 'ignorés')}`,
    skipped: (n: number) => `Ignorés (${n}) :`,
    fixes: (n: number) => `Corrections faites (${n}), à relire :`,
    problems: (n: number) => `Problèmes restants (${n}), qu’une personne doit examiner :`,
    tags: (tags: number, uses: number) =>
      `Étiquettes de l’ancien site (${count(tags, 'étiquette')}, ${count(uses, 'usage')}), les plus utilisées d’abord. ` +
      'Lues comme ce site écrit les étiquettes : en minuscules, une espace entre les mots ; les orthographes qui partageraient ' +
      'une page d’étiquette (/tag/<slug>/) sont une seule étiquette :',
    tagStatus: (status: ReportTagStatus, file: string, dryRun: boolean) =>
      ({
        allowed: 'autorisée',
        added: dryRun ? `à ajouter à ${file}` : `ajoutée à ${file}`,
        'not allowed': 'non autorisée : gardée dans imported_tags',
        'no address': 'ni lettre ni chiffre pour faire sa page : gardée dans imported_tags',
      })[status],
    spellings: (spellings: readonly { written: string; count: number }[]) => `  (écrite ${spellings.map((s) => `${q(s.written)} ×${s.count}`).join(', ')})`,
    tagsLeft: (n: number, file: string) =>
      `  ${count(n, 'étiquette non autorisée', 'étiquettes non autorisées')} ici : relancez l’import avec --add-tags pour ${n > 1 ? 'les ajouter' : 'l’ajouter'} à ${file}, ` +
      `afin que les articles ${n > 1 ? 'les' : 'la'} gardent.`,
    verdict: (errors: number, warnings: number) =>
      `npm run check sur le site importé : ${count(errors, 'erreur')}, ${count(warnings, 'avertissement')}. ` +
      (errors ? 'Il ne pourra être publié qu’une fois corrigées les erreurs ci-dessous.' : 'Il peut être publié.'),
    usage: [
      'usage : npm run import:jekyll -- <chemin d’un site Jekyll> [--dry-run]',
      '         [--add-tags]                        ajoute les étiquettes de l’ancien site aux étiquettes autorisées (content/tags.yml)',
      '         [--pages]                           importe ses pages (about.md, contact.html) dans content/pages/',
      '         [--target <dossier>]                écrit dans <dossier>/content et <dossier>/public',
      '         [--content <dossier>] [--public <dossier>]  par défaut : CONTENT_DIR ou content/, et public/',
      '         [--old-site-url <adresse>]          où les pages de l’ancien site répondent encore (par défaut : url de',
      '                                             _config.yml) : les liens vers les pages que le blog ne sert pas y mènent',
    ].join('\n'),
    oneSite: (sites: string) => `un seul site Jekyll à la fois, pas ${sites}`,
    whichSite: 'quel site Jekyll ?',
    badOldSiteUrl: (url: string) => `--old-site-url ${url} : une adresse http:// ou https:// est attendue, par exemple https://ancien.example.org`,
    notAFolder: (root: string) => `${root} n’est pas un dossier`,
    notASite: (root: string) => `${root} n’est pas un site Jekyll : il n’a pas de dossier _posts/`,
    whatIsASite: 'Un site Jekyll est le dossier qui contient _config.yml et _posts/.',
    /** A problem of the check (unreadable bytes) that kept a file of the old site out. */
    notImported: (message: string) => `non importé : ${message}`,
    /** A problem of the check (unreadable bytes) in a file of the old site the import only reads (_config.yml, a person). */
    ignored: (message: string) => `illisible, ignoré : ${message}`,
    nothingImported: '\nRien n’a pu être importé : voyez les fichiers ignorés ci-dessus.',
    howToBuild: (dir: string) => `\nPour le vérifier et le publier : CONTENT_DIR=${dir}/content PUBLIC_DIR=${dir}/public npm run build`,
  },
  banner: {
    title: (n: number) => `${n === 1 ? 'Une erreur de contenu' : `${n} erreurs de contenu`} : la publication échouerait`,
    intro: 'Les articles concernés ne sont pas affichés. Corrigez puis enregistrez : la page se met à jour.',
    withheldTitle: 'Article non affiché',
    withheldText: 'a une erreur de contenu, décrite en haut de la page. Corrigez-la puis enregistrez : l’article s’affichera ici.',
  },
  /** Words the tools write into content files: comments and placeholders an author reads and replaces. */
  templates: {
    descriptionPlaceholder: 'À compléter : une ou deux phrases qui résument l’article.',
    scheduleHint: 'Une date future programme l’article : il paraît au premier build après cette date.',
    authorsHint: 'Ou des profils de content/authors/ : authors: [mathilde-bras, equipe-eig]',
    tagsHint: (max: number, tags: readonly string[]) => `Jusqu’à ${max} parmi : ${tags.join(', ')}`,
    imageHint: 'image: /img/blog/mon-image.jpg',
    imageAltHint: 'image_alt: Ce que montre l’image',
    langRefHint: 'Ses versions dans les autres langues portent le même lang-ref.',
    draftHint: 'Retirez la ligne suivante pour publier.',
    bodyPlaceholder: 'Votre texte, en Markdown. Le guide des auteurs (docs/guide-auteurs.md) montre les images, légendes, vidéos et encadrés.',
    aliasesHint: 'Les autres orthographes de la signature : aliases: [C. Martin]',
    twitterHint: 'twitter: identifiant_sans_arobase',
    tagsFileHeader: [
      'Les étiquettes qu’un article peut porter (`tags:` de son en-tête), telles que les lecteurs les voient ;',
      'la page de chacune est /tag/<son slug ASCII>/. Une par ligne ; `npm run check` vérifie la liste.',
    ],
    /** Above the entries an import adds to content/redirects.yml or content/tags.yml: where they come from. */
    addedFrom: {
      redirectRules: 'Depuis le _redirects du site Jekyll',
      pages: 'Depuis les pages du site Jekyll',
      addTags: 'Depuis le site Jekyll (import:jekyll --add-tags)',
    },
    /** Where the importer left out Liquid it could not translate, in the imported body. */
    liquidNotImported: (text: string) => `Jekyll : ${text} (non importé)`,
  },
  newPost: {
    usage: 'Donnez le titre de l’article : npm run new -- "Titre de l’article"',
    noSlug: (title: string) => `${q(title)} n’a ni lettre ni chiffre pour en faire une adresse : choisissez un autre titre`,
    exists: (file: string) => `${file} existe déjà : rien n’a été écrit. Modifiez-le, ou choisissez un autre titre.`,
    created: (file: string, author: string) =>
      `${file} créé (un brouillon), signé ${author}.\nComplétez son en-tête, prévisualisez-le avec \`npm run dev\`, et retirez \`draft: true\` pour le publier.`,
    noAuthor: (gitName: string | undefined) =>
      `${gitName ? `Aucun profil de content/authors/ ne porte le nom ${q(gitName)} (git config user.name)` : 'git config user.name est vide'} : dites qui signe l’article.\n` +
      '  npm run new -- --author "Prénom Nom" "Titre de l’article"\n' +
      '(ou créez votre profil : npm run new -- --profile "Prénom Nom", puis ajoutez à ses `aliases:` le nom de git config user.name)',
    translateUsage: 'Donnez l’article à traduire : npm run new -- --translate content/posts/2026-11-02-mon-article.md [--lang en] ["Titre traduit"]',
    translateUnreadable: (file: string, detail: string) => `${file} ne se lit pas comme un article (${detail}) : rien n’a été écrit`,
    translateSameLanguage: (lang: string) => `l’article est déjà en ${q(lang)} : choisissez une autre langue avec --lang`,
    unknownLanguage: (lang: string, known: string) => `${lang ? `langue inconnue ${q(lang)} : ` : 'dites dans quelle langue traduire : '}--lang ${known}`,
    langRefAdded: (file: string, ref: string) => `${file} : \`lang-ref: ${ref}\` ajouté, pour le lier à sa traduction.`,
    translationCreated: (file: string, ref: string) =>
      `${file} créé (un brouillon), avec \`lang-ref: ${ref}\` et le texte de l’original à traduire.\nTraduisez le titre, la description et le texte, puis retirez \`draft: true\` pour le publier.`,
    profileUsage: 'Donnez le nom de la personne ou de l’équipe : npm run new -- --profile "Prénom Nom"',
    profileCreated: (file: string) =>
      `${file} créé. Complétez-le (autres orthographes de la signature, twitter, photo) et écrivez la présentation sous la ligne \`---\`.`,
  },
};

export type Messages = typeof fr;
