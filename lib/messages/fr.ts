/**
 * What authors read, in French: `npm run check`, `npm run new` and the dev preview's banner.
 * This object types every other language (en.ts): a missing translation is a type error.
 * Codes are not here: they are the same in every language (codes.ts).
 */
const q = (text: string) => `« ${text} »`;

/** Why the sanitiser removed an element or an attribute (lib/content/removals.ts): each says its reason. */
export type RemovedElement = 'script' | 'head' | 'form' | 'plugin' | 'drawing' | 'notComponent' | 'other';
export type RemovedAttribute = 'handler' | 'style' | 'class' | 'href' | 'url' | 'other';
/** Why a file of public/ may not be read (lib/content/images.ts). */
export type RefusedFile = 'climbs' | 'outside' | 'loop' | 'dangling';

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
      message: (p: { target: string; folder: string }) => `lien symbolique vers ${p.target}, hors de ${p.folder} : non lu`,
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
  banner: {
    title: (n: number) => `${n === 1 ? 'Une erreur de contenu' : `${n} erreurs de contenu`} : la publication échouerait`,
    intro: 'Les articles concernés ne sont pas affichés. Corrigez puis enregistrez : la page se met à jour.',
    withheldTitle: 'Article non affiché',
    withheldText: 'a une erreur de contenu, décrite en haut de la page. Corrigez-la puis enregistrez : l’article s’affichera ici.',
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
    profileUsage: 'Donnez le nom de la personne ou de l’équipe : npm run new -- --profile "Prénom Nom"',
    profileCreated: (file: string) =>
      `${file} créé. Complétez-le (autres orthographes de la signature, twitter, photo) et écrivez la présentation sous la ligne \`---\`.`,
  },
};

export type Messages = typeof fr;
