import { InfoIcon } from '@/components/ui/icons';
import type { TextBlock } from '@/lib/study/text-block';

/**
 * A visible notice on the legal pages while the operator has not configured who they are or how to reach them
 * (`configurationNotice` in lib/study/legal-texts.ts). Never a placeholder name or address instead.
 */
export function ConfigurationNotice({ notice }: { notice?: TextBlock }) {
  if (!notice) return null;
  return (
    <section aria-labelledby="a-configurer-titre" className="mb-8 max-w-prose rounded-lg border-2 border-ink bg-paper-warm p-4">
      <h2 id="a-configurer-titre" className="flex items-center gap-2 text-xl font-bold">
        <InfoIcon className="h-5 w-5 shrink-0" />
        {notice.heading}
      </h2>
      {notice.paragraphs.map((p) => (
        <p key={p} className="mt-2">
          {p}
        </p>
      ))}
      {notice.items?.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {notice.items.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** A setting the operator has not given, said where it would be: « à configurer », visibly. */
export function ToConfigure() {
  return <strong className="rounded border border-ink px-1 font-semibold">à configurer</strong>;
}
