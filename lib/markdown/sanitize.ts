import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { defaultSchema } from 'hast-util-sanitize';
import { h } from 'hastscript';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { find, html } from 'property-information';
import { AUTHOR_COMPONENT_PROPS, isAuthorComponent, type AuthorComponentName } from './author-components';
import { BodyError } from './body-error';
import { MAX_TREE_DEPTH, tooDeep, treeDepth } from './shape';

/**
 * The one sanitiser of post bodies. Raw HTML in Markdown (after rehype-raw), HTML tags written
 * in MDX and the props of the MDX components all go through the same allow-list, in one pass of
 * hast-util-sanitize over the body's tree:
 *
 * - MDX tags in lower case become plain elements first, exactly as Markdown's raw HTML would be;
 * - each MDX component becomes a stand-in element whose props are checked like attributes
 *   (its `src` by the same URL rule as an `<img>`), then is put back after the pass.
 *
 * Stand-ins are named with a space (`mdx Figure`): neither an HTML parser nor JSX can write such a
 * name, so no content can pass itself off as a component.
 */

/** Elements removed with everything inside them: showing their content as text would be worse. */
const REMOVED_WITH_CONTENT = [
  'script', 'noscript', 'style', 'template', 'title', 'head', 'meta', 'link', 'base',
  'object', 'embed', 'applet', 'frame', 'frameset', 'noembed', 'noframes', 'svg', 'math', 'canvas',
  'textarea', 'select', 'option', 'datalist', 'xmp', 'plaintext', 'dialog', 'portal',
];

const COMPONENT_PREFIX = 'mdx ';
const standInName = (name: AuthorComponentName) => `${COMPONENT_PREFIX}${name}`;

const base = defaultSchema;

export const sanitizeSchema: Schema = {
  ...base,
  // Heading ids are set after sanitising, by rehype-slug; footnote ids already carry `user-content-`.
  clobberPrefix: '',
  strip: REMOVED_WITH_CONTENT,
  tagNames: [
    ...(base.tagNames ?? []),
    'figure', 'figcaption', 'iframe', 'video', 'mark', 'u', 'abbr', 'cite', 'small', 'caption', 'col', 'colgroup',
    ...Object.keys(AUTHOR_COMPONENT_PROPS).map((n) => standInName(n as AuthorComponentName)),
  ],
  ancestors: {
    ...base.ancestors,
    // GitHub's schema keeps task-list checkboxes; anywhere else an input is the start of a form.
    input: ['li'],
  },
  attributes: {
    ...base.attributes,
    a: [...(base.attributes?.a ?? []), 'target', 'rel'],
    img: [...(base.attributes?.img ?? []), 'loading'],
    // The page's iframe component rebuilds the frame from `src` and `title` alone, for an allowed
    // host only; the others are what players' embed codes carry, kept so as not to warn about them.
    iframe: ['src', 'title', 'width', 'height', 'allow', 'allowFullScreen', 'frameBorder', 'loading', 'referrerPolicy', 'scrolling'],
    video: ['src', 'controls', 'width', 'height', 'poster', 'preload', 'muted', 'loop', 'playsInline'],
    source: ['src', 'type'],
    ...Object.fromEntries(Object.entries(AUTHOR_COMPONENT_PROPS).map(([name, props]) => [standInName(name as AuthorComponentName), [...props]])),
  },
  protocols: {
    ...base.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    poster: ['http', 'https'],
    cite: ['http', 'https'],
  },
};

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type AnyNode = Root | RootContent;

const isJsx = (node: AnyNode): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The props a JSX element spells out; `{expressions}` and spreads are dropped (the checker reports them). */
function literalProps(attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[]): Record<string, string | true> {
  const props: Record<string, string | true> = {};
  for (const attr of attributes) {
    if (attr.type !== 'mdxJsxAttribute') continue;
    if (attr.value === null || attr.value === undefined) props[attr.name] = true;
    else if (typeof attr.value === 'string') props[attr.name] = attr.value;
  }
  return props;
}

/** What one element was before the pass, to say afterwards what the pass removed. */
export interface Removal {
  /** `<script>`, `style` on `<p>`, `src` on `<Figure>`. */
  tag: string;
  attribute?: string;
  /** For an attribute: its value, for URLs. */
  value?: string;
  /** Removed with everything inside it. */
  withContent?: boolean;
  line?: number;
  column?: number;
}

interface Seen {
  tag: string;
  properties: Properties;
  position: Element['position'];
  parent?: number;
}

/** Turns MDX tags into elements or stand-ins, in place, and numbers every element for the report. */
function prepare(children: RootContent[], seen: Seen[], parent: number | undefined): RootContent[] {
  const out: RootContent[] = [];
  for (const node of children) {
    let element: Element | undefined;
    let tag = '';
    if (isJsx(node)) {
      const props = literalProps(node.attributes);
      const name = node.name ?? '';
      if (!node.name) {
        // A fragment `<>…</>` only groups its children.
        out.push(...prepare(node.children as RootContent[], seen, parent));
        continue;
      }
      if (isAuthorComponent(name)) {
        element = { type: 'element', tagName: standInName(name), properties: props, children: node.children as ElementContent[] };
        tag = name;
      } else if (/^[a-z][a-z0-9-]*$/.test(name)) {
        element = h(name, props, []) as Element;
        element.children = node.children as ElementContent[];
        tag = name;
      } else {
        // An unknown component, a member (`<a.b>`) or a namespace (`<svg:set>`): nothing to render it with.
        element = { type: 'element', tagName: `${COMPONENT_PREFIX}unknown`, properties: {}, children: [] };
        tag = name;
      }
      element.position = node.position;
    } else if (node.type === 'element') {
      element = node;
      tag = node.tagName;
    }
    if (!element) {
      out.push(node);
      continue;
    }
    const id = seen.length;
    seen.push({ tag, properties: { ...element.properties }, position: element.position, parent });
    element.data = { ...element.data, sanitizeId: id } as Element['data'];
    element.children = prepare(element.children as RootContent[], seen, id) as ElementContent[];
    out.push(element);
  }
  return out;
}

/** Puts the components back, keeping only their own props, and forgets the numbering. */
function restore(children: RootContent[], kept: Map<number, Element>): RootContent[] {
  return children.map((node) => {
    if (node.type !== 'element') return node;
    const id = (node.data as { sanitizeId?: number } | undefined)?.sanitizeId;
    if (id !== undefined) kept.set(id, node);
    if (node.data) {
      delete (node.data as { sanitizeId?: number }).sanitizeId;
      if (Object.keys(node.data).length === 0) delete node.data;
    }
    node.children = restore(node.children as RootContent[], kept) as ElementContent[];
    if (!node.tagName.startsWith(COMPONENT_PREFIX)) return node;
    const name = node.tagName.slice(COMPONENT_PREFIX.length) as AuthorComponentName;
    const allowed: readonly string[] = AUTHOR_COMPONENT_PROPS[name];
    const attributes: MdxJsxAttribute[] = Object.entries(node.properties)
      .filter(([key]) => allowed.includes(key))
      .map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value: value === true ? null : String(value) }));
    const component: MdxJsxFlowElementHast = {
      type: 'mdxJsxFlowElement',
      name,
      attributes,
      children: node.children,
      position: node.position,
    };
    return component as unknown as RootContent;
  });
}

/** The attribute an author wrote for a hast property: `className` → `class`, `onClick` → `onclick`. */
const attributeName = (property: string) => find(html, property).attribute;

function removals(seen: readonly Seen[], kept: ReadonlyMap<number, Element>): Removal[] {
  const found: Removal[] = [];
  // Elements inside one removed with its content went with it: reported once, at the outer one.
  const silenced = new Set<number>();
  seen.forEach((s, id) => {
    if (s.parent !== undefined && silenced.has(s.parent)) {
      silenced.add(id);
      return;
    }
    const at = { line: s.position?.start.line, column: s.position?.start.column };
    const after = kept.get(id);
    if (!after) {
      const withContent = REMOVED_WITH_CONTENT.includes(s.tag) || !/^[a-z][a-z0-9-]*$/.test(s.tag);
      if (withContent) silenced.add(id);
      found.push({ tag: s.tag, withContent, ...at });
      return;
    }
    for (const [property, value] of Object.entries(s.properties)) {
      if (Object.hasOwn(after.properties, property)) continue;
      found.push({ tag: s.tag, attribute: isAuthorComponent(s.tag) ? property : attributeName(property), value: String(value), ...at });
    }
  });
  return found;
}

/**
 * The body's tree with only what the allow-list keeps, and what it removed, each with its
 * position in the text the tree was parsed from. Deep trees must be refused before (see depth.ts):
 * the pass is recursive.
 */
export function sanitizeBody(tree: Root): { tree: Root; removed: Removal[] } {
  const seen: Seen[] = [];
  const prepared: Root = { ...tree, children: prepare(tree.children, seen, undefined) };
  // A root always sanitises to a root.
  const root = sanitize(prepared, sanitizeSchema) as Root;
  const kept = new Map<number, Element>();
  root.children = restore(root.children, kept);
  return { tree: root, removed: removals(seen, kept) };
}

/**
 * The sanitiser as a rehype plugin, for the renderer of MDX: the same pass, the report left aside,
 * and the same limit on depth as the checks (lib/markdown/read-body.ts), since the pass recurses.
 */
export default function rehypeSanitizeBody() {
  return (tree: Root) => {
    const { depth, deepest } = treeDepth(tree);
    if (depth > MAX_TREE_DEPTH) throw new BodyError(tooDeep(depth, deepest?.position?.start.line));
    return sanitizeBody(tree).tree;
  };
}
