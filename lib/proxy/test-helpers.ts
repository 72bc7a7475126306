/**
 * For tests: the Lucene syntax left live in a `query_string` text — unescaped reserved characters, `&&`/`||`, `<`/`>`,
 * upper-case operators. Empty for a text that is searched literally, as words.
 */
export function unescapedSyntax(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++; // an escaped character, whatever it is
      continue;
    }
    if ('+-=!(){}[]^"~*?:/<>'.includes(c)) found.push(c);
    if ((c === '&' || c === '|') && text[i + 1] === c) found.push(c + c);
  }
  for (const word of text.match(/\b(?:AND|OR|NOT)\b/g) ?? []) {
    // `\AND` is one escaped term, not an operator; a bare AND between words is.
    found.push(word);
  }
  return found;
}
