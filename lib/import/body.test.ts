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
    expect(text).toBe('Avant\n<!-- Jekyll: include video.html id="a-b" (not imported) -->\nAprès');
    expect(problems).toEqual([expect.objectContaining({ line: 11, message: expect.stringContaining('{% include video.html') })]);
  });

  it('writes the values of site and page variables it knows, and leaves the others to be reported', () => {
    const variables = { 'site.title': 'Le blog EIG', 'page.title': 'Bilan 2018' };
    const body = ['Bienvenue sur {{ site.title }} : {{ page.title }}.', '{% raw %}{{ site.title }}{% endraw %}', 'Et {{ site.inconnu }}, {{ page.title | upcase }}.'].join('\n');
    const { text, fixes, problems } = cleanBody(body, 3, variables);
    expect(text.split('\n')[0]).toBe('Bienvenue sur Le blog EIG : Bilan 2018.');
    expect(text.split('\n')[1]).toBe('&#123;&#123; site.title &#125;&#125;');
    expect(fixes.filter((f) => f.line === 3).map((f) => f.message)).toEqual([
      '{{ site.title }} replaced by its value, "Le blog EIG"',
      '{{ page.title }} replaced by its value, "Bilan 2018"',
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Liquid {{ site.inconnu }} removed: it has no equivalent here',
      'Liquid {{ page.title | upcase }} removed: it has no equivalent here',
    ]);
  });

  it('drops raw tags inside code spans, so the code shows the braces as written', async () => {
    const { text, fixes } = cleanBody('Écrivez `{% raw %}{{ page.title }}{% endraw %}` et `{: .notice}`.', 4);
    expect(text).toBe('Écrivez `{{ page.title }}` et `{: .notice}`.');
    expect(fixes).toEqual([{ line: 4, message: 'the {% raw %} text kept as readers saw it, without Liquid tags' }]);
    const html = toHtml(await markdownToHast(translateJekyll(text).text));
    expect(html).toContain('<code>{{ page.title }}</code>');
    expect(html).toContain('<code>{: .notice}</code>');
  });

  it('removes a loop that generated link definitions as one problem at its line, never as a link', async () => {
    const body = ['Les versions.', '', '{% for r in site.data.releases %}', '[{{ r.name }}]: /release/{{ r.slug | filter_slug }}/', '{% endfor %}', 'Voir [v1].'].join('\n');
    const { text, problems, fixes } = cleanBody(body, 20);
    expect(text.split('\n')).toHaveLength(6);
    expect(text.split('\n')[2]).toBe('<!-- Jekyll: for r in site.data.releases … endfor (not imported) -->');
    expect(problems).toEqual([
      {
        line: 22,
        message: 'Liquid {% for r in site.data.releases %}…{% endfor %} (lines 22–24, all removed) removed: it has no equivalent here',
        fix: 'the loop generated its content from site data, which is not imported: write that content by hand',
      },
    ]);
    expect(fixes).toEqual([]);
    const html = toHtml(await markdownToHast(translateJekyll(text).text));
    expect(html).not.toMatch(/<a |release|\{%|\{\{/);
  });

  it('writes the value of a variable written over two lines, keeping the lines', () => {
    const { text, fixes } = cleanBody('Code : {{ site.repository\n}} !', 3, { 'site.repository': 'etalab/eig' });
    expect(text).toBe('Code : etalab/eig\n !');
    expect(fixes).toEqual([{ line: 3, message: '{{ site.repository }} replaced by its value, "etalab/eig"' }]);
  });

  it('leaves Liquid in code as written and says that Jekyll ran it, raw spans apart', () => {
    const body = ['Texte.', '', '```', '{% raw %}{{ gardé }}{% endraw %}', '{{ page.date | date: "%Y" }}', '```'].join('\n');
    const { text, problems } = cleanBody(body, 7);
    expect(text).toBe(['Texte.', '', '```', '{{ gardé }}', '{{ page.date | date: "%Y" }}', '```'].join('\n'));
    expect(problems).toEqual([
      {
        line: 11,
        message: 'Liquid {{ page.date | date: "%Y" }} in code is shown as written: Jekyll ran it, so readers saw its result',
        fix: 'write in the code what readers saw, or keep it if the post shows Liquid on purpose',
      },
    ]);
  });
});
