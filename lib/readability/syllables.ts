/**
 * French syllable counting, approximate and our own.
 *
 * Convention: WRITTEN syllables, as a dictionary would cut the word, except that a mute final e is not counted.
 * « é-tude » = 2, « ma-la-die » = 3, « trai-te-ment » = 3 (the inner e is written, so it counts).
 *
 * Rules, in order:
 * 1. lower-case; « qu » and « gu » before e/i/y keep their u silent (« ques-tion », « lan-gue »);
 * 2. a mute final -e or -es is dropped when the word keeps another vowel (« é-tude », « é-tudes »; but « le », « des »);
 * 3. a final -ent of a verb is dropped (« ils sui-vent ») unless the word ends in -ment or is a known noun,
 *    adjective or adverb (« pa-tient », « sou-vent », « ur-gent »);
 * 4. every group of consecutive vowels (a e i o u y and accented forms) counts one: so « oi », « ou », « eau »,
 *    « ai », « au », « ei », « eu » are one syllable;
 * 5. a vowel with a diaeresis (ï, ë, ü) or an é/è followed by a vowel starts a new group (« na-ïf », « ré-a-li-té »),
 *    and a y between two vowels closes a group (« mo-yen »);
 * 6. a token with digits counts one syllable per digit (« 12 » = 2); every word counts at least one.
 * Hyphenated words and elisions are the sum of their parts (« l'é-tude » = 2).
 */

const VOWELS = 'aeiouyàâäéèêëîïôöùûüÿœæ';
const isVowel = (c: string) => VOWELS.includes(c);

/** -ent words where the ending is pronounced (nouns, adjectives, adverbs). Approximate, common words only. */
const PRONOUNCED_ENT = new Set([
  'absent', 'accent', 'adolescent', 'agent', 'argent', 'cent', 'client', 'compétent', 'concurrent', 'conscient',
  'content', 'continent', 'dent', 'différent', 'équivalent', 'évident', 'excellent',
  'fréquent', 'gent', 'incident', 'inconvénient', 'intelligent', 'lent', 'parent', 'patient', 'permanent',
  'présent', 'récent', 'régent', 'souvent', 'talent', 'urgent', 'vent', 'violent', 'précédent', 'président',
  'accident', 'adjacent', 'apparent', 'innocent', 'ingrédient', 'orient', 'occident',
  'transparent', 'décent', 'cohérent', 'prudent', 'pertinent', 'impatient', 'consent', 'déficient',
  'coefficient', 'quotient', 'serpent',
]);

function countPart(raw: string): number {
  let w = raw.toLowerCase();
  if (!w) return 0;
  if (/\d/.test(w)) {
    const digits = w.replace(/\D/g, '').length;
    const letters = w.replace(/\d/g, '');
    return digits + (/[aeiouyàâäéèêëîïôöùûüÿœæ]/.test(letters) ? countPart(letters) : 0);
  }
  if (![...w].some(isVowel)) return 0;

  w = w.replace(/qu/g, 'q').replace(/gu(?=[eéèêiy])/g, 'g');

  const base = w.replace(/(es|e)$/, '');
  if (base !== w && [...base].some(isVowel)) w = base;
  else if (/ent$/.test(w) && !/ment$/.test(w) && !PRONOUNCED_ENT.has(raw.toLowerCase())) {
    const stem = w.slice(0, -3);
    if ([...stem].some(isVowel)) w = stem;
  }

  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if (!isVowel(c)) {
      inGroup = false;
      continue;
    }
    const prev = w[i - 1];
    const startsNew =
      !inGroup ||
      'ïëü'.includes(c) ||
      (prev !== undefined && 'éè'.includes(prev)) ||
      (prev === 'y' && i >= 2 && isVowel(w[i - 2]));
    if (startsNew) groups++;
    inGroup = true;
  }
  return groups;
}

/** Number of written syllables of one French word (see the convention above). At least 1 for any word. */
export function countSyllablesFr(word: string): number {
  const parts = word.split(/['’ʼ\-‐‑]/).filter(Boolean);
  const total = parts.reduce((sum, p) => sum + countPart(p), 0);
  return Math.max(1, total);
}
