import { describe, expect, it } from 'vitest';
import { describe as describeProblem } from '../messages';
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
        liquid: 'include',
      },
    ]);
  });

  it('reports other Liquid tags and variables, a condition with its body', () => {
    const { text, findings } = translateJekyll('{% if page.x %}\n{{ page.title }}\n{% endif %}\n{{ page.date }}');
    expect(text).toBe('\n\n\n');
    expect(findings).toEqual([
      { line: 1, endLine: 3, text: '{% if page.x %}…{% endif %}', liquid: 'condition' },
      { line: 4, text: '{{ page.date }}', liquid: 'other' },
    ]);
    // What each kind tells the author to do.
    expect(findings.map((f) => describeProblem({ key: 'liquidNotRendered', params: { text: f.text, liquid: f.liquid } }))).toEqual([
      {
        code: 'E080',
        severity: 'error',
        message: 'le code Liquid {% if page.x %}…{% endif %} ne serait pas affiché',
        fix: 'les conditions ne sont pas évaluées ici : écrivez à la main le contenu qui s’applique',
      },
      { code: 'E080', severity: 'error', message: 'le code Liquid {{ page.date }} ne serait pas affiché', fix: 'retirez le code Liquid : ce site ne l’affiche pas' },
    ]);
  });

  it('removes a loop as a whole, nested blocks included, so that nothing of it reads as a link', () => {
    const body = [
      'Versions :',
      '',
      '{% for r in site.data.releases %}[{{ r.name }}]: /release/{{ r.slug | filter_slug }}/{% endfor %}',
      '{% for a in site.authors %}',
      '{% if a.active %}- [{{ a.name }}]({{ a.url }}){% endif %}',
      '{% endfor %}',
      'Fin.',
    ].join('\n');
    const { text, findings } = translateJekyll(body, 10);
    expect(text).toBe('Versions :\n\n\n\n\n\nFin.');
    expect(findings.map((f) => [f.line, f.endLine, f.text])).toEqual([
      [12, undefined, '{% for r in site.data.releases %}…{% endfor %}'],
      [13, 15, '{% for a in site.authors %}…{% endfor %}'],
    ]);
    expect(findings[0]?.liquid).toBe('loop');
  });

  it('reads Liquid over several lines whole, keeping the lines', () => {
    const { text, findings } = translateJekyll('Le dépôt : {{ site.repository\n}} et {% if x\n %}oui{% endif %}.\nFin');
    expect(text).toBe('Le dépôt : \n et \n.\nFin');
    expect(findings.map((f) => [f.line, f.endLine, f.text])).toEqual([
      [1, 2, '{{ site.repository }}'],
      [2, 3, '{% if x %}…{% endif %}'],
    ]);
  });

  it('leaves code spans and indented code as written: attribute lists, Liquid and raw tags', () => {
    const body = ['Écrire `{: .notice}` après un paragraphe.{: .notice}', '', '    {{ page.title }} {: .x}', '', 'Et `{% raw %}{{ x }}{% endraw %}` ici {{ y }}.'].join('\n');
    const { text, findings } = translateJekyll(body);
    expect(text).toBe(['Écrire `{: .notice}` après un paragraphe.', '', '    {{ page.title }} {: .x}', '', 'Et `{% raw %}{{ x }}{% endraw %}` ici .'].join('\n'));
    expect(findings.map((f) => f.text)).toEqual(['{{ y }}']);
  });

  it("hides kramdown's comment extension with its content", () => {
    expect(translateJekyll('Avant {::comment}note\nsecrète{:/comment} après').text).toBe('Avant \n après');
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

  it('reads a body full of unclosed tags and unmatched blocks in linear time', () => {
    // Each opener used to search the rest of its paragraph for its closer: minutes for this body.
    const body = `${'{% '.repeat(30000)}\n${'{: '.repeat(30000)}\n\n${'{% if x %} '.repeat(5000)}`;
    const started = performance.now();
    const { findings } = translateJekyll(body);
    expect(findings).toHaveLength(5000);
    expect(performance.now() - started).toBeLessThan(8000);
  });
});
