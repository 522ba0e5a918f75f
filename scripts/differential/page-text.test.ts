import { describe, expect, it } from 'vitest';
import { findElement, hasClass, markerOccurrences, missingWords, parseHtml, refreshTarget, structureCounts, visibleText, wordCounts } from './page-text';

describe('the text the differential test compares', () => {
  it('is what a reader sees: no head, script or style, inline elements inside words, blocks between them', () => {
    const page = parseHtml('<head><title>T</title></head><body><p>Wid<em>get</em>ry</p><p>2.0</p><script>var x</script><style>p{}</style></body>');
    expect(visibleText(page).trim().split(/\s+/)).toEqual(['Widgetry', '2.0']);
  });

  it('counts words in lower case, typographic quotes and spaces made plain', () => {
    const counts = wordCounts('L’équipe\u00a0: l\'Équipe, deux fois.');
    expect(Object.fromEntries(counts)).toEqual({ l: 2, équipe: 2, deux: 1, fois: 1 });
  });

  it('lists the words missing, as many times as they are missing', () => {
    const missing = missingWords(wordCounts('a a b c'), wordCounts('a c d'));
    expect(Object.fromEntries(missing)).toEqual({ a: 1, b: 1 });
  });

  it('finds Jekyll markers with their context', () => {
    expect(markerOccurrences('Use {{ x }} or {% raw %} and {: .notice}').map((o) => o.marker)).toEqual(['{%', '{{', '{:']);
  });

  it('reads the target of a redirect page, and finds elements by class', () => {
    const page = parseHtml('<html><head><meta http-equiv="refresh" content="0; url=/blog/2024/01/02/x/"></head><body><div class="e-content">x</div></body></html>');
    expect(refreshTarget(page)).toBe('/blog/2024/01/02/x/');
    expect(findElement(page, (e) => hasClass(e, 'e-content'))?.tagName).toBe('div');
    expect(refreshTarget(parseHtml('<p>no redirect</p>'))).toBeUndefined();
  });
});

describe('structureCounts', () => {
  it('counts the elements that carry a body’s structure, not those only screen readers hear', () => {
    const page = parseHtml('<p><em>a</em> <code>b</code></p><ul><li>c</li><li>d</li></ul><h2 class="sr-only">Footnotes</h2><h2>Titre</h2>');
    const counts = structureCounts(page);
    expect([counts.get('em'), counts.get('code'), counts.get('li'), counts.get('h2'), counts.get('pre')]).toEqual([1, 1, 2, 1, 0]);
  });
  it('tells a caption written as Markdown text from one rendered as emphasis', () => {
    expect(structureCounts(parseHtml('<p>_légende_</p>')).get('em')).toBe(0);
    expect(structureCounts(parseHtml('<p><em>légende</em></p>')).get('em')).toBe(1);
  });
});
