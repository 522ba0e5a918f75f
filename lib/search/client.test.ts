import { describe, expect, it } from 'vitest';
import { countText, excerptParts, queryOfState, stateFromQuery } from './client';
import { fr } from '../i18n/fr';

const resultLabels = fr.results;
import { wordsOfAddress } from './not-found-client';

describe('the search address', () => {
  it('reads the words and the filters it knows, and ignores the others', () => {
    expect(stateFromQuery('?q=%C3%A9valuation+des+projets&thematique=open&x=1&annee=', ['thematique', 'annee'])).toEqual({
      q: 'évaluation des projets',
      filters: { thematique: 'open' },
    });
    expect(stateFromQuery('', ['thematique'])).toEqual({ q: '', filters: {} });
  });

  it('writes a state back the way it is read', () => {
    const state = { q: ' données & IA ', filters: { auteur: 'Léa Dubois' } };
    expect(queryOfState(state)).toBe('?q=donn%C3%A9es+%26+IA&auteur=L%C3%A9a+Dubois');
    expect(stateFromQuery(queryOfState(state), ['auteur'])).toEqual({ q: 'données & IA', filters: { auteur: 'Léa Dubois' } });
    expect(queryOfState({ q: '  ', filters: {} })).toBe('');
  });
});

describe('excerptParts', () => {
  it('splits the marked words from the text, and decodes what Pagefind escaped', () => {
    expect(excerptParts('l&#39;<mark>évaluation</mark> des &lt;b&gt; projets &amp; <mark>outils</mark>')).toEqual([
      { text: "l'", marked: false },
      { text: 'évaluation', marked: true },
      { text: ' des <b> projets & ', marked: false },
      { text: 'outils', marked: true },
    ]);
  });

  it('leaves any other markup as text, for the page to write as text', () => {
    expect(excerptParts('<img src=x onerror=alert(1)><mark>x</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'x', marked: true },
    ]);
  });

  it('keeps an entity it does not know as written', () => {
    expect(excerptParts('a &unknown; b &#0; c')).toEqual([{ text: 'a &unknown; b &#0; c', marked: false }]);
  });
});

describe('countText', () => {
  it('says how many posts match, in French, with the filters chosen', () => {
    expect(countText(resultLabels, 0, { q: 'x', filters: {} })).toBe('Aucun article ne correspond à « x ».');
    expect(countText(resultLabels, 1, { q: ' x ', filters: {} })).toBe('1 article correspond à « x ».');
    expect(countText(resultLabels, 12, { q: 'x', filters: { thematique: 'open', annee: '2021' } })).toBe('12 articles correspondent à « x » (filtres : open, 2021).');
  });
});

describe('wordsOfAddress', () => {
  it('keeps the words of a missing address, without the routes, dates, extension or sub-path', () => {
    expect(wordsOfAddress('/blog/2018/09/24/retrospective-defis.html', '')).toBe('retrospective defis');
    expect(wordsOfAddress('/sous-dossier/tag/%C3%A9valuation-publique/page/2/', '/sous-dossier')).toBe('évaluation publique');
    expect(wordsOfAddress('/Open_Data/open-data/', '')).toBe('open data');
  });

  it('survives a malformed escape and keeps a few words at most', () => {
    expect(wordsOfAddress('/a%E0%A4%A/b', '')).toBe('a e0 a4 b');
    expect(wordsOfAddress('/un/deux/trois/quatre/cinq/six/sept/huit/neuf/dix/', '').split(' ')).toHaveLength(8);
  });
});
