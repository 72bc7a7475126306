import { describe, expect, it } from 'vitest';
import { FROZEN_EXPORT, parseRows, stripFrozenParts } from './frozen-parts';

/** A flight row, as React writes it. */
const json = (id: string, value: unknown) => `${id}:${JSON.stringify(value)}\n`;
const text = (id: string, content: string) => `${id}:T${Buffer.byteLength(content, 'utf8').toString(16)},${content}`;
const clientRef = (id: string, name: string) => `${id}:I${JSON.stringify(['4242', [], name])}\n`;

const escape = (s: string) => s.replace(/[&<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A document as Next.js sends it: HTML, then the payload cut into pushes of `chunk` characters. */
function documentOf(payload: string, chunk = 37): string {
  const pushes: string[] = [];
  for (let i = 0; i < payload.length; i += chunk) {
    pushes.push(`<script nonce="NONCE">self.__next_f.push(${escape(JSON.stringify([1, payload.slice(i, i + chunk)]))})</script>`);
  }
  return `<!DOCTYPE html><html><body><main><section data-frozen="a">Le texte.</section></main><script nonce="NONCE">(self.__next_f=self.__next_f||[]).push([0])</script>${pushes.join('')}</body></html>`;
}

/** The payload of a document, joined back. */
function payloadOf(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)/g)].map((m) => (JSON.parse(m[1]) as [1, string])[1]).join('');
}

function rowsOf(html: string): Map<string, unknown> {
  const rows = parseRows(Buffer.from(payloadOf(html), 'utf8'));
  expect(rows).toBeDefined();
  return new Map(rows!.map((r) => [r.id, r.value ?? r.raw.toString('utf8')]));
}

const frozen = (part: string, children: unknown) => ['$', '$L9', null, { as: 'section', part, className: 'x', children }];
const base = clientRef('9', FROZEN_EXPORT) + clientRef('8', 'CopyButton');

describe('stripFrozenParts', () => {
  it('removes the children of a marked part from the flight data, and nothing else', () => {
    const payload = base + json('0', { P: null, c: ['', ''], f: [['$L2']] })
      + json('2', ['$', 'main', null, { children: [frozen('a', ['$', 'p', null, { children: 'Le texte.' }]), ['$', 'h1', null, { children: 'Titre' }]] }]);
    const html = documentOf(payload);
    const result = stripFrozenParts(html);
    expect(result.stripped).toBe(1);
    expect(result.kept).toBe(0);
    const rows = rowsOf(result.html);
    expect(rows.get('2')).toEqual(['$', 'main', null, { children: [['$', '$L9', null, { as: 'section', part: 'a', className: 'x' }], ['$', 'h1', null, { children: 'Titre' }]] }]);
    expect(rows.get('0')).toEqual({ P: null, c: ['', ''], f: [['$L2']] });
    expect(payloadOf(result.html)).not.toContain('Le texte.');
    // The HTML itself is untouched: the text is still there once, outside the scripts.
    expect(result.html.split('<script')[0]).toBe(html.split('<script')[0]);
    expect(result.html.match(/self\.__next_f\.push\(\[1,/g)).toHaveLength(1);
    expect(result.html).toContain('<script nonce="NONCE">self.__next_f.push([1,');
    expect(Buffer.byteLength(payloadOf(result.html))).toBeLessThan(Buffer.byteLength(payload));
  });

  it('drops the rows only the stripped children referred to, and keeps rows referred to elsewhere', () => {
    const payload = base + json('0', { f: ['$L2'] })
      + json('2', ['$', 'main', null, { children: [frozen('a', ['$L3', '$L4']), ['$', 'div', null, { children: '$L4' }]] }])
      + json('3', ['$', 'p', null, { children: 'Seulement dans la partie' }])
      + json('4', ['$', 'p', null, { children: 'Partagé' }])
      + text('5', 'texte sans référence');
    const result = stripFrozenParts(documentOf(payload));
    const rows = rowsOf(result.html);
    expect(result.stripped).toBe(1);
    expect(rows.has('3')).toBe(false);
    expect(rows.has('4')).toBe(true);
    // Rows nothing referred to before the stripping are not the stripping's business.
    expect(rows.has('5')).toBe(true);
  });

  it('keeps a part whole when something inside it is a client component, directly or through another row', () => {
    const direct = frozen('a', ['$', '$L8', null, { text: 'copier' }]);
    const throughRow = frozen('b', ['$', 'div', null, { children: '$L3' }]);
    const payload = base + json('0', { f: ['$L2'] })
      + json('2', ['$', 'main', null, { children: [direct, throughRow, frozen('c', 'statique')] }])
      + json('3', ['$', 'span', null, { children: ['$', '$L8', null, {}] }]);
    const result = stripFrozenParts(documentOf(payload));
    expect(result).toMatchObject({ stripped: 1, kept: 2 });
    const main = rowsOf(result.html).get('2') as [string, string, null, { children: [unknown, unknown, unknown] }];
    expect(main[3].children[0]).toEqual(direct);
    expect(main[3].children[1]).toEqual(throughRow);
    expect(main[3].children[2]).toEqual(['$', '$L9', null, { as: 'section', part: 'c', className: 'x' }]);
    expect(rowsOf(result.html).has('3')).toBe(true);
  });

  it('strips a part nested in a part kept whole', () => {
    const inner = frozen('dedans', ['$', 'p', null, { children: 'long texte' }]);
    const payload = base + json('0', { f: ['$L2'] })
      + json('2', frozen('dehors', [['$', '$L8', null, {}], inner]));
    const result = stripFrozenParts(documentOf(payload));
    expect(result).toMatchObject({ stripped: 1, kept: 1 });
    expect(payloadOf(result.html)).not.toContain('long texte');
  });

  it('strips a part whose only client component is a part nested in it, and keeps one whose nested part is interactive', () => {
    const payload = base + json('0', { f: ['$L2'] })
      + json('2', ['$', 'main', null, { children: [
        frozen('dehors', [['$', 'h1', null, { children: 'Titre' }], '$L3']),
        frozen('autour', ['$', 'div', null, { children: frozen('copie', ['$', '$L8', null, { text: 'copier' }]) }]),
      ] }])
      // The nested part in a row of its own, as React sends a lazy child.
      + json('3', frozen('mots', ['$', 'p', null, { children: 'Mots expliqués' }]));
    const result = stripFrozenParts(documentOf(payload));
    const rows = rowsOf(result.html);
    const main = rows.get('2') as [string, string, null, { children: unknown[] }];
    expect(main[3].children[0]).toEqual(['$', '$L9', null, { as: 'section', part: 'dehors', className: 'x' }]);
    expect(rows.has('3')).toBe(false);
    expect(payloadOf(result.html)).not.toContain('Mots expliqués');
    expect(main[3].children[1]).toEqual(frozen('autour', ['$', 'div', null, { children: frozen('copie', ['$', '$L8', null, { text: 'copier' }]) }]));
    expect(result.kept).toBe(2);
  });

  it('keeps a part whole when another part of the payload points into it (React’s deduplication)', () => {
    const icon = ['$', 'svg', null, { children: ['$', 'path', null, { d: 'M0 0' }] }];
    const payload = base + json('0', { f: ['$L2', '$L3'] })
      + json('2', ['$', 'main', null, { children: [frozen('a', icon)] }])
      + json('3', ['$', 'footer', null, { children: '$2:props:children:0:props:children:props:children' }]);
    const result = stripFrozenParts(documentOf(payload));
    expect(result).toMatchObject({ stripped: 0, kept: 1 });
    expect(result.html).toBe(documentOf(payload));
  });

  it('strips a part that only another stripped part pointed into, and keeps one that something kept points into', () => {
    const icon = ['$', 'svg', null, { children: ['$', 'path', null, { d: 'M0 0' }] }];
    const intoA = '$2:props:children:0:props:children:props:children';
    const payload = base + json('0', { f: ['$L2', '$L3', '$L4'] })
      + json('2', ['$', 'main', null, { children: [frozen('a', icon), frozen('c', ['$', 'i', null, { children: 'c' }])] }])
      // Part b points into a (through a row of its own), and is stripped itself: a is then free to go too.
      + json('3', frozen('b', '$L5'))
      + json('5', ['$', 'p', null, { children: intoA }])
      // The copy button is hydrated: what it points into (inside c) must stay in the payload.
      + json('4', ['$', '$L8', null, { label: '$2:props:children:1:props:children:props' }]);
    const result = stripFrozenParts(documentOf(payload));
    expect(result).toMatchObject({ stripped: 2, kept: 1 });
    const rows = rowsOf(result.html);
    expect(rows.get('3')).toEqual(['$', '$L9', null, { as: 'section', part: 'b', className: 'x' }]);
    expect(rows.has('5')).toBe(false);
    const main = rows.get('2') as [string, string, null, { children: unknown[] }];
    expect(main[3].children[0]).toEqual(['$', '$L9', null, { as: 'section', part: 'a', className: 'x' }]);
    expect(main[3].children[1]).toEqual(frozen('c', ['$', 'i', null, { children: 'c' }]));
  });

  it('follows references into text rows (a QR code) without keeping the part whole', () => {
    const payload = base + json('0', { f: ['$L2'] })
      + json('2', frozen('a', ['$', 'img', null, { src: '$3' }]))
      + text('3', 'data:image/svg+xml,%3Csvg%3E');
    const result = stripFrozenParts(documentOf(payload));
    expect(result.stripped).toBe(1);
    expect(rowsOf(result.html).has('3')).toBe(false);
  });

  it('counts text rows in UTF-8 bytes, across pushes, and escapes what could close the script', () => {
    const tricky = 'Étude « sûre » 🧪 </script><script>alert(1)</script> \u2028 & fin';
    const payload = base + json('0', { f: ['$L2', '$3'] })
      + json('2', frozen('a', ['$', 'p', null, { children: tricky }]))
      + text('3', tricky)
      + json('4', ['$', 'p', null, { children: tricky }]);
    for (const chunk of [1, 5, 64, 10_000]) {
      const result = stripFrozenParts(documentOf(payload, chunk));
      expect(result.stripped).toBe(1);
      const scripts = result.html.slice(result.html.indexOf('<script'));
      expect(scripts).not.toContain('</script><script>alert');
      const rows = rowsOf(result.html);
      expect(rows.get('3')).toBe(text('3', tricky));
      expect(rows.get('4')).toEqual(['$', 'p', null, { children: tricky }]);
    }
  });

  it('leaves the page unchanged when it has nothing to strip or holds what it does not understand', () => {
    const plain = base + json('0', { f: ['$L2'] }) + json('2', ['$', 'main', null, { children: 'rien' }]);
    const noFrozen = clientRef('8', 'CopyButton') + json('0', { f: [frozen('a', 'x')] });
    const binary = base + json('0', { f: [frozen('a', 'x')] }) + '5:A4,abcd';
    const brokenJson = base + json('0', { f: [frozen('a', 'x')] }) + '6:[1,\n';
    const truncatedText = base + json('0', { f: [frozen('a', 'x')] }) + '7:Tff,court';
    for (const payload of [plain, noFrozen, binary, brokenJson, truncatedText]) {
      const html = documentOf(payload);
      expect(stripFrozenParts(html).html).toBe(html);
    }
    const formState = documentOf(base + json('0', { f: [frozen('a', 'x')] })).replace('</body>', '<script>self.__next_f.push([2,null])</script></body>');
    expect(stripFrozenParts(formState).html).toBe(formState);
    expect(stripFrozenParts('<html><body>Pas de données</body></html>').html).toBe('<html><body>Pas de données</body></html>');
  });

  it('never leaves a reference to a row it dropped (random trees)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let round = 0; round < 200; round++) {
      let next = 0x10;
      const rows: string[] = [];
      const node = (depth: number): unknown => {
        const r = random();
        if (depth > 3 || r < 0.2) return `mot ${Math.floor(random() * 100)}`;
        if (r < 0.35) {
          const id = (next++).toString(16);
          rows.push(json(id, node(depth + 1)));
          return `$L${id}`;
        }
        if (r < 0.45) return ['$', '$L8', null, {}];
        if (r < 0.6) return frozen(`p${next++}`, node(depth + 1));
        return ['$', 'div', null, { children: [node(depth + 1), node(depth + 1)] }];
      };
      const root = node(0);
      const payload = base + json('0', { f: [root] }) + rows.join('');
      const result = stripFrozenParts(documentOf(payload, 50));
      const out = rowsOf(result.html);
      for (const value of out.values()) {
        for (const m of JSON.stringify(value).matchAll(/"\$L?([0-9a-f]+)"/g)) expect(out.has(m[1])).toBe(true);
      }
    }
  });
});
