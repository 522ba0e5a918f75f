import { describe, expect, it } from 'vitest';
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
    expect(text).toBe(['On écrit <code>&#123;&#123; page.title &#125;&#125;</code> ou &#123;&#123; x &#125;&#125;.', '', 'Le tag &#123;% if a %&#125; <b>', ''].join('\n'));
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
});
