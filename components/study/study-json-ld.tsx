import { Frozen } from '@/components/ui/frozen';

/**
 * The page's schema.org JSON-LD, sent once (in the HTML, not again in the flight data: components/ui/frozen.tsx).
 * `json` must come from `serializeJsonLd` (lib/study/json-ld.ts), which escapes `<`, `>` and `&`: this is the only
 * `dangerouslySetInnerHTML` of the study pages that holds upstream text, and no upstream text can close the script
 * element through it.
 */
export function StudyJsonLd({ json }: { json: string }) {
  return (
    <Frozen part="json-ld">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
    </Frozen>
  );
}
