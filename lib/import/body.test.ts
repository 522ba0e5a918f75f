import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markdownToHast } from '../render/markdown';
import { translateJekyll } from '../markdown/jekyll';
import { cleanBody } from './body';

describe('cleanBody', () => {
  it('turns highlight blocks into fences and drops site.baseurl and kramdown attribute lists', () => {
    const body = ['{% highlight ruby %}', 'puts 1', '{% endhighlight %}', '[x]({{ site.baseurl }}/a/){:target="_blank"}', '{: .center}'].join('\n');
    const { text, fixes, problems } = cleanBody(body, 5);
    expect(text).toBe(['```ruby', 'puts 1', '```', '[x](/a/)', ''].join('\n'));
    expect(fixes.map((f) => f.line)).toEqual([5, 7, 8, 9]);
    expect(problems).toEqual([]);
  });

  it('keeps the text of raw spans as readers saw it, without anything that reads as Liquid', () => {
    const body = ['On écrit {% raw %}`{{ page.title }}` ou {{ x }}{% endraw %}.', '{% raw %}', 'Le tag {% if a %} <b>', '{% endraw %}'].join('\n');
    const { text } = cleanBody(body, 1);
    // Code is read as Liquid by nothing here: it keeps its braces as written.
    expect(text).toBe(['On écrit `{{ page.title }}` ou &#123;&#123; x &#125;&#125;.', '', 'Le tag &#123;% if a %&#125; <b>', ''].join('\n'));
    expect(translateJekyll(text).findings).toEqual([]);
  });

  it('leaves code blocks inside raw spans as written, and drops raw tags inside fences', () => {
    const inRaw = cleanBody(['{% raw %}', '```liquid', '{{ page.title }}', '```', '{% endraw %}'].join('\n'), 1).text;
    expect(inRaw).toBe(['', '```liquid', '{{ page.title }}', '```', ''].join('\n'));
    const inFence = cleanBody(['```liquid', '{% raw %}{{ page.title }}{% endraw %}', '```'].join('\n'), 1).text;
    expect(inFence).toBe(['```liquid', '{{ page.title }}', '```'].join('\n'));
  });

  it('replaces an include by a comment readers never see, and reports it with its line', () => {
    const { text, problems } = cleanBody('Avant\n{% include video.html id="a--b" %}\nAprès', 10);
    expect(text).toBe('Avant\n<!-- Jekyll : include video.html id="a-b" (non importé) -->\nAprès');
    expect(problems).toEqual([expect.objectContaining({ line: 11, message: expect.stringContaining('{% include video.html') })]);
  });

  it('writes the values of site and page variables it knows, and leaves the others to be reported', () => {
    const variables = { 'site.title': 'Le blog EIG', 'page.title': 'Bilan 2018' };
    const body = ['Bienvenue sur {{ site.title }} : {{ page.title }}.', '{% raw %}{{ site.title }}{% endraw %}', 'Et {{ site.inconnu }}, {{ page.title | upcase }}.'].join('\n');
    const { text, fixes, problems } = cleanBody(body, 3, variables);
    expect(text.split('\n')[0]).toBe('Bienvenue sur Le blog EIG : Bilan 2018.');
    expect(text.split('\n')[1]).toBe('&#123;&#123; site.title &#125;&#125;');
    expect(fixes.filter((f) => f.line === 3).map((f) => [f.code, f.message])).toEqual([
      ['W249', '{{ site.title }} remplacé par sa valeur, « Le blog EIG »'],
      ['W249', '{{ page.title }} remplacé par sa valeur, « Bilan 2018 »'],
    ]);
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      ['W211', 'le Liquid {{ site.inconnu }} est retiré : il n’a pas d’équivalent ici'],
      ['W211', 'le Liquid {{ page.title | upcase }} est retiré : il n’a pas d’équivalent ici'],
    ]);
  });

  it('drops raw tags inside code spans, so the code shows the braces as written', async () => {
    const { text, fixes } = cleanBody('Écrivez `{% raw %}{{ page.title }}{% endraw %}` et `{: .notice}`.', 4);
    expect(text).toBe('Écrivez `{{ page.title }}` et `{: .notice}`.');
    expect(fixes).toEqual([{ line: 4, code: 'W250', severity: 'warning', message: 'le texte {% raw %} gardé tel que les lecteurs le voyaient, sans balises Liquid' }]);
    const html = toHtml(await markdownToHast(translateJekyll(text).text));
    expect(html).toContain('<code>{{ page.title }}</code>');
    expect(html).toContain('<code>{: .notice}</code>');
  });

  it('removes a loop that generated link definitions as one problem at its line, never as a link', async () => {
    const body = ['Les versions.', '', '{% for r in site.data.releases %}', '[{{ r.name }}]: /release/{{ r.slug | filter_slug }}/', '{% endfor %}', 'Voir [v1].'].join('\n');
    const { text, problems, fixes } = cleanBody(body, 20);
    expect(text.split('\n')).toHaveLength(6);
    expect(text.split('\n')[2]).toBe('<!-- Jekyll : for r in site.data.releases … endfor (non importé) -->');
    expect(problems).toEqual([
      {
        line: 22,
        code: 'W211',
        severity: 'warning',
        message: 'le Liquid {% for r in site.data.releases %}…{% endfor %} (lignes 22 à 24, toutes retirées) est retiré : il n’a pas d’équivalent ici',
        fix: 'la boucle produisait son contenu à partir des données du site, qui ne sont pas importées : écrivez ce contenu à la main',
      },
    ]);
    expect(fixes).toEqual([]);
    const html = toHtml(await markdownToHast(translateJekyll(text).text));
    expect(html).not.toMatch(/<a |release|\{%|\{\{/);
  });

  it('writes the value of a variable written over two lines, keeping the lines', () => {
    const { text, fixes } = cleanBody('Code : {{ site.repository\n}} !', 3, { 'site.repository': 'etalab/eig' });
    expect(text).toBe('Code : etalab/eig\n !');
    expect(fixes).toEqual([{ line: 3, code: 'W249', severity: 'warning', message: '{{ site.repository }} remplacé par sa valeur, « etalab/eig »' }]);
  });

  it('leaves Liquid in code as written and says that Jekyll ran it, raw spans apart', () => {
    const body = ['Texte.', '', '```', '{% raw %}{{ gardé }}{% endraw %}', '{{ page.date | date: "%Y" }}', '```'].join('\n');
    const { text, problems } = cleanBody(body, 7);
    expect(text).toBe(['Texte.', '', '```', '{{ gardé }}', '{{ page.date | date: "%Y" }}', '```'].join('\n'));
    expect(problems).toEqual([
      {
        line: 11,
        code: 'W210',
        severity: 'warning',
        message: 'le Liquid {{ page.date | date: "%Y" }} dans du code est montré tel qu’écrit : Jekyll l’exécutait, les lecteurs voyaient son résultat',
        fix: 'écrivez dans le code ce que voyaient les lecteurs, ou gardez-le si l’article montre du Liquid exprès',
      },
    ]);
  });
});
