import type { ReactNode } from 'react';

type Tone = 'neutral' | 'accent' | 'strong';

const TONES: Record<Tone, string> = {
  neutral: 'border-line bg-paper text-ink',
  accent: 'border-accent-700 bg-accent-50 text-accent-800',
  strong: 'border-ink bg-ink text-paper',
};

/**
 * A short status or category label. Meaning is carried by the words (and the icon), never by the colour alone:
 * always pass a text.
 */
export function Badge({ icon, children, tone = 'neutral' }: { icon?: ReactNode; children: ReactNode; tone?: Tone }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-medium leading-6 ${TONES[tone]}`}
    >
      {icon ? (
        <span aria-hidden="true" className="inline-flex h-4 w-4 shrink-0">
          {icon}
        </span>
      ) : null}
      <span>{children}</span>
    </span>
  );
}
