import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, decodeEntities, detectEnglish, isPlaceholder, present } from './text';

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal entities', () => {
    expect(decodeEntities('a &ndash; b &auml; &eacute;t&eacute; &rsquo; &amp; &lt;&gt; &quot;')).toBe('a – b ä été ’ & <> "');
    expect(decodeEntities('&#233;&#xE9;&#X2019;')).toBe('éé’');
    expect(decodeEntities('&nbsp;')).toBe('\u00a0');
  });
  it('decodes once only and leaves unknown or invalid entities', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
    expect(decodeEntities('&unknownentity; &#0; &#xD800; AT&T')).toBe('&unknownentity; &#0; &#xD800; AT&T');
  });
});

describe('cleanText', () => {
  it('turns <br> into line breaks and strips tags', () => {
    expect(cleanText('Ligne 1<br>Ligne 2<BR/>Ligne 3<br />fin')).toBe('Ligne 1\nLigne 2\nLigne 3\nfin');
    expect(cleanText('<p>Un <b>gras</b> <a href="https://x.example">lien</a></p>')).toBe('Un gras lien');
  });
  it('keeps comparison signs that are not tags', () => {
    expect(cleanText('âge < 18 ans ou IMC>30 et x<5')).toBe('âge < 18 ans ou IMC>30 et x<5');
  });
  it('does not turn encoded markup into tags', () => {
    expect(cleanText('&lt;b&gt;texte&lt;/b&gt;')).toBe('<b>texte</b>');
  });
  it('folds whitespace, trims lines and ends, keeps at most one blank line', () => {
    expect(cleanText('  Titre \t avec   espaces&nbsp;insécables \n\n')).toBe('Titre avec espaces insécables');
    expect(cleanText('a\r\n\r\n\r\n\r\nb  \n  c')).toBe('a\n\nb\nc');
  });
  it('cleanLine puts everything on one line', () => {
    expect(cleanLine('Ref\n\nsuite <br> fin ')).toBe('Ref suite fin');
  });
});

describe('isPlaceholder / present', () => {
  it.each(['', '   ', 'INDISPONIBLE', 'indisponible', 'N/A', 'n/a', 'NA', 'Données non disponible', 'Donnée non disponible',
    'Données non disponibles', 'donnees non disponibles', ' null ', 'undefined'])('%j is a placeholder', (s) => {
    expect(isPlaceholder(s)).toBe(true);
    expect(present(s)).toBeUndefined();
  });
  it.each(['Nantes', 'NAC', 'N/A maladie', 'Donnée disponible', 'nullité'])('%j is a value', (s) => {
    expect(isPlaceholder(s)).toBe(false);
    expect(present(s)).toBe(s);
  });
  it('treats absent values and non-strings as absent', () => {
    expect(isPlaceholder(null)).toBe(true);
    expect(isPlaceholder(undefined)).toBe(true);
    expect(present(42)).toBeUndefined();
    expect(present({})).toBeUndefined();
  });
  it('cleans before checking', () => {
    expect(present(' <br> INDISPONIBLE &nbsp;')).toBeUndefined();
    expect(present(' H&ocirc;pital  Nord ')).toBe('Hôpital Nord');
    expect(present('a<br>b', { multiline: true })).toBe('a\nb');
  });
});

describe('detectEnglish', () => {
  it.each([
    'A Phase 3, Randomized, Double-blind Study of Drug X Compared With Placebo in Patients With Crohn’s Disease',
    'Adults aged 18 years or older with a diagnosis of the disease',
    'To evaluate the efficacy and safety of Drug X in adults',
  ])('flags English: %s', (t) => expect(detectEnglish(t)).toBe(true));
  it.each([
    'Étude de phase 3 randomisée du médicament X chez des patients atteints de la maladie de Crohn',
    'Patients ayant un diagnostic de maladie de Crohn depuis au moins 3 mois',
    'Détermination des paramètres biomécaniques de la marche chez les personnes âgées',
    'Mesothelioma',
    'Patients',
    '',
  ])('does not flag: %s', (t) => expect(detectEnglish(t)).toBe(false));
});
