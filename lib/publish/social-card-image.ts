import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement, type CSSProperties, type ReactNode } from 'react';
import { CARD_HEIGHT, CARD_WIDTH, type CardInput } from './social-cards';

/**
 * Draws a social card (lib/publish/social-cards.ts says which and with what): satori lays the
 * card out as SVG with Marianne, resvg turns it into a PNG. The State's look: the "République
 * française" block beside the programme's name, as in the site's header, the DSFR's blue and greys.
 * Satori reads TTF, OTF and WOFF, not WOFF2: fonts/marianne/card/ holds the site's two weights as
 * WOFF (see its README).
 */

const FONT_DIR = path.join(process.cwd(), 'fonts', 'marianne', 'card');
const FONTS = [
  { file: 'Marianne-Regular.woff', weight: 400 },
  { file: 'Marianne-Bold.woff', weight: 700 },
] as const;

const BLUE_FRANCE = '#000091';
const TITLE_GREY = '#161616';
const DEFAULT_GREY = '#3a3a3a';

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const loadFonts = () =>
  (fonts ??= FONTS.map((f) => ({ name: 'Marianne', data: readFileSync(path.join(FONT_DIR, f.file)), weight: f.weight, style: 'normal' as const })));

/** A hash of what draws the cards, this file and the fonts: part of every card's key, so that changing them makes the cards again. */
export function cardCodeHash(): string {
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)));
  for (const f of loadFonts()) hash.update(f.data);
  return hash.digest('hex').slice(0, 16);
}

const div = (style: CSSProperties, ...children: ReactNode[]) => createElement('div', { style }, ...children);

/** Long titles take smaller sizes, so that the longest (135 characters for the seed post) keeps to four lines. */
export function titleSize(title: string): number {
  if (title.length <= 50) return 68;
  if (title.length <= 90) return 56;
  if (title.length <= 140) return 46;
  return 40;
}

function card({ kicker, title, meta, site }: CardInput): ReactNode {
  const logo = div(
    { display: 'flex', flexDirection: 'column', fontWeight: 700, fontSize: 27, lineHeight: 1.03, letterSpacing: '-0.01em', textTransform: 'uppercase', color: TITLE_GREY },
    div({}, 'République'),
    div({}, 'Française'),
  );
  const header = div(
    { display: 'flex', alignItems: 'center', gap: 40 },
    logo,
    div({ width: 2, height: 64, backgroundColor: '#ddd' }),
    div({ fontSize: 30, fontWeight: 700, color: TITLE_GREY }, site),
  );
  const body = div(
    { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', gap: 20 },
    div({ fontSize: 28, color: BLUE_FRANCE, fontWeight: 700 }, kicker),
    div({ fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, color: TITLE_GREY, lineClamp: 4, display: 'block' }, title),
  );
  return div(
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', backgroundColor: '#fff', fontFamily: 'Marianne' },
    div(
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 80px 40px' },
      header,
      body,
      div({ fontSize: 28, color: DEFAULT_GREY, minHeight: 34 }, meta ?? ''),
    ),
    div({ height: 16, backgroundColor: BLUE_FRANCE }),
  );
}

/** The card as a 1200 × 630 PNG. */
export async function renderCard(input: CardInput): Promise<Buffer> {
  // Loaded on the first card to draw (a second of the build's start): a rebuild finds every card in its cache.
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const svg = await satori(card(input), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
