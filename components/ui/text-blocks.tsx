import type { TextBlock } from '@/lib/study/text-block';
import { CourrielText } from './courriel-text';

const HEADING_CLASS = { 2: 'text-2xl font-bold leading-snug', 3: 'text-xl font-semibold', 4: 'text-lg font-semibold' } as const;

/**
 * The structured texts of `lib/study/*` (`TextBlock`: heading, paragraphs, list, sources), as they are: the
 * texts are final, nothing is rewritten here. Courriel addresses become links; sources are shown small.
 */
export function TextBlocks({ blocks, headingLevel = 3 }: { blocks: readonly TextBlock[]; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="space-y-6">
      {blocks.map((b, i) => (
        <div key={b.heading ?? i} className="space-y-2">
          {b.heading ? <Heading className={HEADING_CLASS[headingLevel]}>{b.heading}</Heading> : null}
          {b.paragraphs.map((p) => (
            <p key={p}>
              <CourrielText text={p} />
            </p>
          ))}
          {b.items?.length ? (
            b.ordered ? (
              <ol className="list-decimal space-y-1 pl-6">
                {b.items.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ol>
            ) : (
              <ul className="list-disc space-y-1 pl-6">
                {b.items.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            )
          ) : null}
          {b.sources?.length ? (
            <p className="text-sm text-ink-muted">
              {b.sources.length > 1 ? 'Sources\u00A0: ' : 'Source\u00A0: '}
              {b.sources.join('\u202F; ')}.
            </p>
          ) : null}
        </div>
      ))}
    </div>
  );
}
