import { describe, expect, it } from 'vitest';
import { NBSP, NNBSP, frenchTypography, isFrenchTypography } from './typography';

const show = (s: string) => s.replaceAll(NBSP, '⍽').replaceAll(NNBSP, '·');
const t = (s: string) => show(frenchTypography(s));

describe('frenchTypography', () => {
  it('puts a narrow no-break space before ; ! ?', () => {
    expect(t('Vous venez ? Oui ! Bien ; merci')).toBe('Vous venez·? Oui·! Bien·; merci');
    expect(t('Vous venez? Oui!')).toBe('Vous venez·? Oui·!');
    expect(t(`Vous venez${NBSP}?`)).toBe('Vous venez·?');
    expect(t('Vraiment ?!')).toBe('Vraiment·?!');
    expect(t('(pourquoi ?)')).toBe('(pourquoi·?)');
  });

  it('puts a no-break space before : when a space or the end follows', () => {
    expect(t('Âge : 18 ans')).toBe('Âge⍽: 18 ans');
    expect(t('Âge: 18 ans')).toBe('Âge⍽: 18 ans');
    expect(t(`Âge${NNBSP}: 18 ans`)).toBe('Âge⍽: 18 ans');
    expect(t('Liste :')).toBe('Liste⍽:');
    expect(t('Étape 1: lire')).toBe('Étape 1⍽: lire');
  });

  it('leaves times, ratios, identifiers and scores alone', () => {
    for (const s of [
      'Rendez-vous à 10:30 ou à 14:05:00.',
      'Randomisation 1:1 ou 2:1.',
      'Étude 2022-500014-26-00, ID-RCB 2021-A01022-39, NCT01234567.',
      'Score ECOG 0-1, IMC ≥ 30 kg/m², PNN ≥ 1,5 G/L.',
    ]) {
      expect(frenchTypography(s), s).toBe(s);
    }
  });

  it('leaves web and courriel addresses alone', () => {
    expect(t('Voir https://example.org/a?b=1&c=2;d=3 : merci')).toBe('Voir https://example.org/a?b=1&c=2;d=3⍽: merci');
    expect(t('Écrivez à contact@phare.example ; réponse sous 8 jours.')).toBe(
      'Écrivez à contact@phare.example·; réponse sous 8 jours.',
    );
    expect(t('www.cnil.fr/fr/plaintes?x=1!')).toBe('www.cnil.fr/fr/plaintes?x=1·!');
    expect(t("Lien : https://site.fr/l'url?q=a:b.")).toBe("Lien⍽: https://site.fr/l'url?q=a:b.");
    expect(t('Code `a ? b : c` ici')).toBe('Code `a ? b : c` ici');
    expect(t('Tom &amp; Jerry')).toBe('Tom &amp; Jerry');
  });

  it('turns straight apostrophes between letters into ’', () => {
    expect(t("L'étude d'aujourd'hui")).toBe('L’étude d’aujourd’hui');
    expect(t("'mot'")).toBe("'mot'");
  });

  it('spaces « » with no-break spaces, and turns straight quotes into « »', () => {
    expect(t('le mot «test» et « autre »')).toBe('le mot «⍽test⍽» et «⍽autre⍽»');
    expect(t('il dit "bonjour" puis "au revoir".')).toBe('il dit «⍽bonjour⍽» puis «⍽au revoir⍽».');
    expect(t('« Recrute en ce moment »')).toBe('«⍽Recrute en ce moment⍽»');
  });

  it('writes n° with a no-break space before its number', () => {
    expect(t('étude n°12 et N° 3 et nº 4')).toBe('étude n°⍽12 et N°⍽3 et n°⍽4');
    expect(t('le numéro n° ')).toBe('le numéro n° ');
  });

  it('puts a narrow no-break space before %', () => {
    expect(t('10 % et 20%')).toBe('10·% et 20·%');
  });

  it('removes double full stops but keeps an ellipsis', () => {
    expect(t('Fin.. Et puis... voilà. Pourquoi ?.')).toBe('Fin. Et puis... voilà. Pourquoi·?');
    expect(t('Comment participer ?.')).toBe('Comment participer·?');
  });

  it('is idempotent', () => {
    const samples = [
      'Vous venez? Oui! « test » "cité" n°5 10% l\'étude: fin.. https://a.fr/?x=1: ok',
      'Âge : 18 ans ; sexe : tous ? oui ! 10:30 1:1 2022-500014-26-00 contact@a.fr',
      `Déjà${NBSP}: juste${NNBSP}? «${NBSP}ok${NBSP}»`,
      '',
      '...',
      '?!',
      ': début',
    ];
    for (const s of samples) {
      const once = frenchTypography(s);
      expect(frenchTypography(once), s).toBe(once);
      expect(isFrenchTypography(once)).toBe(true);
    }
  });

  it('returns already typographed text unchanged', () => {
    const ok = `Parlez-en avec votre médecin${NBSP}: Phare ne remplace pas un avis médical.`;
    expect(frenchTypography(ok)).toBe(ok);
  });

  it('does not mangle a text that holds private-use characters', () => {
    expect(t('\uE000 a: b')).toBe('\uE000 a⍽: b');
  });
});
