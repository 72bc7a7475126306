import { serializeJsonLd } from '@/lib/study/json-ld';

/**
 * Parts of a page sent once, as HTML, instead of twice (docs/architecture.md « Sent once »).
 *
 * A Next.js page carries its content twice: as HTML, and as the React Server Components payload (« flight data »,
 * the `self.__next_f.push([1,"…"])` scripts) that React hydrates the HTML from. For text that nothing on the page
 * makes interactive, the second copy is pure cost: bytes, parsing, and hydration work on phones.
 *
 * A page marks such a part with `<Frozen part="…">` (components/ui/frozen.tsx, a client component). This module
 * rewrites a rendered HTML document so that, in its flight data, each marked part has no children: the browser keeps
 * the server's HTML for it and React never hydrates inside it. Only documents are rewritten; the payloads of
 * client-side navigations (`RSC: 1` requests) keep their children, so `<Frozen>` renders them there.
 *
 * A part is stripped only when nothing inside it needs hydrating: if its subtree refers to any client component, it
 * is kept whole. Anything this module does not understand in the payload (binary rows, other kinds of pushes) leaves
 * the page unchanged: stripping is an optimisation, never a risk to a page.
 *
 * The flight format (React 19): rows `<hex id>:<tag?><data>` (hints have no id); a `T` row is `T<hex byte length>,<text>`; other rows end
 * with a newline. References inside JSON rows are strings starting with `$` (`$1a`, `$L1a`, `$@1a`, `$1a:props:…`).
 */

/** Export name of the marking component (components/ui/frozen.tsx), as client references name it. */
export const FROZEN_EXPORT = 'Frozen';

const PUSH = /<script([^>]*)>self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)<\/script>/g;
/** Pushes other than the bootstrap `[0]` and text `[1,…]` ones (form state, binary chunks): left alone. */
const OTHER_PUSH = /self\.__next_f\.push\(\[(?!0\]|1,")/;
/** Row tags whose data is length-prefixed binary (typed arrays): not handled. */
const BINARY_TAGS = new Set('AOoUSsLlGgMmV');
/** `$` + letter + hex id: the letters that are not references (symbol, date, bigint). */
const NOT_REFERENCES = new Set(['S', 'D', 'n']);
const REFERENCE = /^\$([A-Za-z@]?)([0-9a-f]+)(?::|$)/;

interface Row {
  id: string;
  /** The row as sent, `id:` included. */
  raw: Buffer;
  tag: string;
  /** Parsed value of a JSON row (no tag). */
  value?: unknown;
}

export interface FrozenResult {
  html: string;
  /** Parts stripped of their children, and parts kept whole because something inside them is interactive. */
  stripped: number;
  kept: number;
}

function unchanged(html: string, kept = 0): FrozenResult {
  return { html, stripped: 0, kept };
}

/** Splits a flight payload into rows, or undefined when it holds something this module does not handle. */
export function parseRows(payload: Buffer): Row[] | undefined {
  const rows: Row[] = [];
  let i = 0;
  while (i < payload.length) {
    const colon = payload.indexOf(0x3a, i);
    if (colon < 0) return undefined;
    const id = payload.toString('latin1', i, colon);
    // Hints (`:HL[…]`) have no id.
    if (!/^[0-9a-f]*$/.test(id)) return undefined;
    const tagChar = String.fromCharCode(payload[colon + 1] ?? 0);
    if (tagChar === 'T') {
      const comma = payload.indexOf(0x2c, colon + 2);
      const lengthHex = payload.toString('latin1', colon + 2, comma);
      if (comma < 0 || !/^[0-9a-f]+$/.test(lengthHex)) return undefined;
      const end = comma + 1 + parseInt(lengthHex, 16);
      if (end > payload.length) return undefined;
      rows.push({ id, raw: payload.subarray(i, end), tag: 'T' });
      i = end;
      continue;
    }
    if (BINARY_TAGS.has(tagChar)) return undefined;
    const newline = payload.indexOf(0x0a, colon);
    if (newline < 0) return undefined;
    const tag = /[A-Z#rx]/.test(tagChar) ? tagChar : '';
    const row: Row = { id, raw: payload.subarray(i, newline + 1), tag };
    if (!tag) {
      try {
        row.value = JSON.parse(payload.toString('utf8', colon + 1, newline));
      } catch {
        return undefined;
      }
    }
    rows.push(row);
    i = newline + 1;
  }
  return rows;
}

/** Calls `visit` on every string of a JSON value. */
function eachString(value: unknown, visit: (s: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) for (const item of value) eachString(item, visit);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) eachString(item, visit);
}

/** The row ids a JSON value refers to. */
function referencesOf(value: unknown): string[] {
  const ids: string[] = [];
  eachString(value, (s) => {
    const m = REFERENCE.exec(s);
    if (m && !NOT_REFERENCES.has(m[1])) ids.push(m[2]);
  });
  return ids;
}

/** Rows reachable from the root row `0`. */
function reachable(rows: Map<string, Row>): Set<string> {
  const seen = new Set<string>();
  const stack = ['0'];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const row = rows.get(id);
    if (row?.value !== undefined) stack.push(...referencesOf(row.value));
  }
  return seen;
}

/** Index of an element's fields in its JSON form (`["$", type, key, props]`), as paths name them. */
const ELEMENT_FIELDS: Record<string, number> = { type: 1, key: 2, props: 3 };

/**
 * What a reference points to: a row's value, or a value inside it (`$7:props:children:1`, React's deduplication of
 * an object sent before). Undefined when it cannot be followed.
 */
function resolve(reference: string, rows: Map<string, Row>, depth = 0): unknown {
  const m = REFERENCE.exec(reference);
  if (!m || NOT_REFERENCES.has(m[1]) || depth > 32) return undefined;
  const row = rows.get(m[2]);
  // A text row holds no reference: an empty string stands for it.
  let value = row?.tag === 'T' ? '' : row?.value;
  for (const segment of reference.split(':').slice(1)) {
    if (typeof value === 'string' && REFERENCE.test(value)) value = resolve(value, rows, depth + 1);
    if (isElement(value) && segment in ELEMENT_FIELDS) value = value[ELEMENT_FIELDS[segment]];
    else if (value !== null && typeof value === 'object') value = (value as Record<string, unknown>)[segment];
    else return undefined;
  }
  return value;
}

/**
 * Whether a subtree (following references into other rows) refers to a client component. A part nested in it is not
 * one: what the part holds is walked with the rest, and goes with the subtree when that is stripped.
 */
function refersToClientCode(value: unknown, rows: Map<string, Row>, clientIds: Set<string>, frozenIds: Set<string>): boolean {
  const seen = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length) {
    let found = false;
    eachString(stack.pop(), (s) => {
      const m = REFERENCE.exec(s);
      if (!m || NOT_REFERENCES.has(m[1]) || frozenIds.has(m[2])) return;
      if (clientIds.has(m[2])) found = true;
      else if (!seen.has(s)) {
        seen.add(s);
        // A reference that cannot be followed may hide anything: the part is kept whole.
        const target = resolve(s, rows);
        if (target === undefined) found = true;
        else stack.push(target);
      }
    });
    if (found) return true;
  }
  return false;
}

/** Whether a subtree holds (is or contains) one of `targets`, without following references. */
function holdsAny(value: unknown, targets: Set<unknown>): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (targets.has(value)) return true;
  return Object.values(value).some((item) => holdsAny(item, targets));
}

/** The objects that the rows in `ids` point into with a path (`$7:props:children:0`). */
function pointersFrom(rows: Map<string, Row>, ids: Set<string>): Set<unknown> {
  const targets = new Set<unknown>();
  for (const id of ids) {
    eachString(rows.get(id)?.value, (s) => {
      if (s.includes(':') && REFERENCE.test(s)) targets.add(resolve(s, rows));
    });
  }
  return targets;
}

type Element = ['$', string, unknown, Record<string, unknown>];

function isElement(value: unknown): value is Element {
  return Array.isArray(value) && value.length >= 4 && value[0] === '$' && typeof value[1] === 'string'
    && value[3] !== null && typeof value[3] === 'object' && !Array.isArray(value[3]);
}

/** Every element of a JSON value whose type is one of `types` (`$L<id>`). */
function findElements(value: unknown, types: Set<string>, found: Element[]): void {
  if (!Array.isArray(value)) {
    if (value !== null && typeof value === 'object') for (const item of Object.values(value)) findElements(item, types, found);
    return;
  }
  if (isElement(value) && types.has(value[1])) found.push(value);
  for (const item of value) findElements(item, types, found);
}

/** Strips the children of every `<Frozen>` part of a rendered document from its flight data (see above). */
export function stripFrozenParts(html: string): FrozenResult {
  // Most documents have no part to strip: one substring search spares them the parsing. Every part carries the
  // attribute in its server HTML (components/ui/frozen.tsx), whatever the chunking of the payload.
  if (!html.includes('data-frozen=')) return unchanged(html);
  const pushes = [...html.matchAll(PUSH)];
  if (pushes.length === 0 || OTHER_PUSH.test(html.replace(PUSH, ''))) return unchanged(html);
  let payload: string;
  try {
    payload = pushes.map((m) => (JSON.parse(m[2]) as [1, string])[1]).join('');
  } catch {
    return unchanged(html);
  }
  const list = parseRows(Buffer.from(payload, 'utf8'));
  if (!list) return unchanged(html);
  const rows = new Map(list.filter((row) => row.id !== '').map((row) => [row.id, row]));

  const clientIds = new Set<string>();
  const frozenIds = new Set<string>();
  for (const row of list) {
    if (row.tag !== 'I') continue;
    clientIds.add(row.id);
    const colon = row.raw.indexOf(0x3a);
    try {
      const reference = JSON.parse(row.raw.toString('utf8', colon + 2).trim()) as unknown[];
      if (reference[2] === FROZEN_EXPORT) frozenIds.add(row.id);
    } catch {
      return unchanged(html);
    }
  }
  if (frozenIds.size === 0) return unchanged(html);
  const frozenTypes = new Set([...frozenIds].map((id) => `$L${id}`));

  const before = reachable(rows);
  // Parts with nothing interactive inside: candidates (stripping never adds client code, so this is decided once).
  const candidates: { row: Row; props: Record<string, unknown> }[] = [];
  let kept = 0;
  for (const row of list) {
    if (row.value === undefined) continue;
    const parts: Element[] = [];
    findElements(row.value, frozenTypes, parts);
    for (const [, , , props] of parts) {
      if (typeof props.part !== 'string' || !('children' in props)) continue;
      if (refersToClientCode(props.children, rows, clientIds, frozenIds)) kept++;
      else candidates.push({ row, props });
    }
  }
  // A part that something still sent points into (`$7:props:…`, React's deduplication of an object sent twice) is
  // kept whole. A pointer inside a stripped part goes with it, so strip in rounds: each round may free parts that
  // only the parts stripped before pointed into.
  const changed = new Set<Row>();
  let pending = candidates;
  // Rows still sent: those reachable before any stripping, then those the last round left reachable.
  let live = before;
  for (;;) {
    const pointedInto = pointersFrom(rows, live);
    const held = new Set(pending.filter((candidate) => holdsAny(candidate.props.children, pointedInto)));
    if (held.size === pending.length) break;
    for (const candidate of pending) {
      if (held.has(candidate)) continue;
      delete candidate.props.children;
      changed.add(candidate.row);
    }
    pending = [...held];
    live = reachable(rows);
  }
  kept += pending.length;
  const stripped = candidates.length - pending.length;
  if (stripped === 0) return unchanged(html, kept);
  for (const row of changed) row.raw = Buffer.from(`${row.id}:${JSON.stringify(row.value)}\n`, 'utf8');
  const after = live;
  // Only what the stripping orphaned goes: rows nothing referred to before (hints, debug rows) stay.
  const out = list.filter((row) => !(before.has(row.id) && !after.has(row.id) && (row.tag === '' || row.tag === 'T')));
  const next = Buffer.concat(out.map((row) => row.raw));

  const last = pushes[pushes.length - 1];
  const script = `<script${pushes[0][1]}>self.__next_f.push(${serializeJsonLd([1, next.toString('utf8')])})</script>`;
  let result = '';
  let cursor = 0;
  for (const m of pushes) {
    result += html.slice(cursor, m.index);
    if (m === last) result += script;
    cursor = m.index! + m[0].length;
  }
  result += html.slice(cursor);
  return { html: result, stripped, kept };
}
