import { describe, expect, it } from 'vitest';
import { translateJekyll } from './jekyll';

describe('translateJekyll', () => {
  it('turns a highlight block into a fenced code block', () => {
    const body = 'Avant.\n{% highlight python %}\nprint("{{ x }}")\n{% endhighlight %}\nAprès.';
    expect(translateJekyll(body)).toEqual({
      text: 'Avant.\n```python\nprint("{{ x }}")\n```\nAprès.',
      findings: [],
    });
  });

  it('drops kramdown attribute lists such as {:target="_blank"}', () => {
    expect(translateJekyll('[le site](https://example.org){:target="_blank"} et {: .note}').text).toBe(
      '[le site](https://example.org) et ',
    );
  });

  it('removes {{ site.baseurl }} and {{ site.url }} from links', () => {
    expect(translateJekyll('![photo]({{ site.baseurl }}/img/blog/x.jpg) [a]({{site.url}}/blog/)')).toEqual({
      text: '![photo](/img/blog/x.jpg) [a](/blog/)',
      findings: [],
    });
  });

  it('reports an include with its line in the file, and removes it', () => {
    const { text, findings } = translateJekyll('Texte.\n\n{% include video.html id="x" %}\n', 7);
    expect(text).toBe('Texte.\n\n\n');
    expect(findings).toEqual([
      {
        line: 9,
        text: '{% include video.html id="x" %}',
        fix: 'Liquid includes do not exist here: paste the included HTML or use an MDX component',
      },
    ]);
  });

  it('reports other Liquid tags and variables', () => {
    const { findings } = translateJekyll('{% if page.x %}\n{{ page.title }}\n{% endif %}');
    expect(findings.map((f) => [f.line, f.text])).toEqual([
      [1, '{% if page.x %}'],
      [2, '{{ page.title }}'],
      [3, '{% endif %}'],
    ]);
    expect(findings.every((f) => f.fix === 'remove the Liquid code: it is not rendered on this site')).toBe(true);
  });

  it('leaves code fences alone, Liquid inside them included', () => {
    const body = '```liquid\n{% include x.html %}\n{{ site.baseurl }}{:target="_blank"}\n```\n\n~~~\n{% raw %}\n~~~';
    expect(translateJekyll(body)).toEqual({ text: body, findings: [] });
  });

  it('turns relative_url filters and post_url tags into addresses of this site', () => {
    const { text, findings } = translateJekyll(
      '![Logo]({{ "/assets/logo.png" | relative_url }}) [avant]({% post_url 2024-03-10-welcome-to-jekyll %}) [ailleurs]({% post_url 2019/2019-05-09-Chiffres-EIG %}) {% post_url pas-un-article %}',
    );
    expect(text).toBe('![Logo](/assets/logo.png) [avant](/blog/2024/03/10/welcome-to-jekyll/) [ailleurs](/blog/2019/05/09/Chiffres-EIG/) ');
    expect(findings.map((f) => f.text)).toEqual(['{% post_url pas-un-article %}']);
  });

  it('keeps a raw block that opens and closes within a line', () => {
    const { text, findings } = translateJekyll('Écrivez {% raw %}{{ page.title }}{% endraw %} dans le gabarit, pas {{ page.url }}.');
    expect(text).toBe('Écrivez {{ page.title }} dans le gabarit, pas .');
    expect(findings.map((f) => f.text)).toEqual(['{{ page.url }}']);
  });

  it('keeps raw blocks as written and drops comments, line for line', () => {
    const body = '{% raw %}\n{{ gardé }}\n{% endraw %}\n{% comment %}\nnote\n{% endcomment %}\nFin {% comment %}x{% endcomment %}';
    const { text, findings } = translateJekyll(body);
    expect(findings).toEqual([]);
    expect(text.split('\n')).toHaveLength(body.split('\n').length);
    expect(text).toContain('{{ gardé }}');
    expect(text).not.toContain('note');
    expect(text.split('\n').at(-1)).toBe('Fin ');
  });
});
