import type { OperationOutcome } from 'fhir/r4';

/** FHIR OperationOutcome in French, the error body of every `/api/fhir/*` answer. */

function escapeXhtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export type IssueCode = 'invalid' | 'not-found' | 'not-supported' | 'transient' | 'throttled' | 'exception';

export function buildOperationOutcome(
  diagnostics: string,
  code: IssueCode,
  severity: 'error' | 'warning' = 'error',
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXhtml(diagnostics)}</p></div>`,
    },
    issue: [{ severity, code, diagnostics }],
  };
}
