import type { ReactNode } from 'react';

/** Show/hide block built on native <details>/<summary>: keyboard and screen-reader support come for free. */
export function Disclosure({
  summary,
  children,
  defaultOpen = false,
}: {
  summary: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
}) {
  return (
    <details className="group rounded-lg border border-line bg-paper" open={defaultOpen}>
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-4 py-3 font-semibold text-accent-700 hover:bg-accent-50 [&::-webkit-details-marker]:hidden">
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-4 w-4 shrink-0 transition-transform group-open:rotate-90"
          fill="currentColor"
        >
          <path d="M7 4l6 6-6 6V4z" />
        </svg>
        <span>{summary}</span>
      </summary>
      <div className="border-t border-line px-4 py-3">{children}</div>
    </details>
  );
}
