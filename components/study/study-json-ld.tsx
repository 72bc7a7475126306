/**
 * The page's schema.org JSON-LD. `json` must come from `serializeJsonLd` (lib/study/json-ld.ts), which escapes
 * `<`, `>` and `&`: this is the only `dangerouslySetInnerHTML` of the study pages, and no upstream text can
 * close the script element through it.
 */
export function StudyJsonLd({ json }: { json: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
