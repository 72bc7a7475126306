import { describe, expect, it } from 'vitest';
import { countSyllablesFr } from './syllables';
import { scoreKandelMoles, sentenceStats, splitSentences, splitWords } from './score';

describe('countSyllablesFr (written syllables, mute final e not counted)', () => {
  const cases: [string, number][] = [
    ['étude', 2], // é-tude
    ['études', 2], // é-tudes
    ['maladie', 3], // ma-la-die
    ['placebo', 3], // pla-ce-bo
    ['randomisé', 4], // ran-do-mi-sé
    ['essai', 2], // es-sai
    ['oiseau', 2], // oi-seau
    ['eau', 1],
    ['double', 1], // dou-ble: the final e is mute
    ['aveugle', 2], // a-veu-gle
    ['traitement', 3], // trai-te-ment
    ['patient', 2], // pa-tient
    ['suivent', 1], // (ils) sui-vent: silent -ent of a verb
    ['souvent', 2], // sou-vent: pronounced
    ['question', 2], // ques-tion
    ['langue', 1], // lan-gue
    ['naïf', 2], // na-ïf
    ['réalité', 4], // ré-a-li-té
    ['moyen', 2], // mo-yen
    ['le', 1],
    ['des', 1],
    ['l’étude', 2],
    ['vous-même', 2],
    ['chimiothérapie', 5], // chi-mio-thé-ra-pie
    ['12', 2],
  ];
  it.each(cases)('%s → %i', (word, n) => {
    expect(countSyllablesFr(word)).toBe(n);
  });

  it('counts at least one syllable for any word', () => {
    expect(countSyllablesFr('l')).toBe(1);
    expect(countSyllablesFr('')).toBe(1);
  });
});

describe('splitting', () => {
  it('keeps elisions and hyphenated words whole', () => {
    expect(splitWords("L'étude dure vingt-quatre mois.")).toEqual(["L'étude", 'dure', 'vingt-quatre', 'mois']);
  });
  it('ends sentences on . ! ? …', () => {
    expect(splitSentences('Bonjour. Vous allez bien ? Oui ! Alors… on y va')).toHaveLength(5);
  });
});

describe('sentenceStats', () => {
  it('gives the average and the maximum of words per sentence', () => {
    const s = sentenceStats('Un deux trois. Un deux trois quatre cinq.');
    expect(s.sentences).toBe(2);
    expect(s.words).toBe(8);
    expect(s.averageWordsPerSentence).toBe(4);
    expect(s.maxWordsPerSentence).toBe(5);
    expect(s.longestSentence).toBe('Un deux trois quatre cinq.');
  });
});

describe('scoreKandelMoles', () => {
  it('applies 207 − 1.015 × words/sentence − 73.6 × syllables/word', () => {
    // 4 words, 1 sentence, syllables: le(1) chat(1) dort(1) bien(1) = 4
    expect(scoreKandelMoles('Le chat dort bien.')).toBeCloseTo(207 - 1.015 * 4 - 73.6 * 1, 6);
  });
  it('scores plain text higher than dense administrative text', () => {
    const plain = 'Vous pouvez arrêter quand vous voulez. Vous le dites au médecin. Vos soins restent les mêmes.';
    const dense =
      "L'investigateur principal, conformément aux dispositions réglementaires applicables, procédera à l'évaluation pharmacocinétique et pharmacodynamique préalablement à l'administration intraveineuse du médicament expérimental.";
    expect(scoreKandelMoles(plain)).toBeGreaterThan(70);
    expect(scoreKandelMoles(dense)).toBeLessThan(30);
  });
  it('is NaN for a text without words', () => {
    expect(scoreKandelMoles(' … ')).toBeNaN();
  });
});
