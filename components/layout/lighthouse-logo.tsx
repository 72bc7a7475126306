/** Phare's mark: a small lighthouse drawn for the project. Decorative: the name « Phare » is always beside it. */
export function LighthouseLogo({ className = 'h-8 w-8' }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      {/* beams */}
      <path d="M19 7.5l10-3.5v7z" fill="currentColor" opacity="0.35" />
      <path d="M13 7.5L3 4v7z" fill="currentColor" opacity="0.35" />
      {/* roof and lamp room */}
      <path d="M12 6l4-3.5L20 6z" fill="currentColor" />
      <rect x="13" y="6" width="6" height="4" rx="0.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      {/* tower with one band */}
      <path d="M12.5 11h7l2 17h-11z" fill="currentColor" />
      <path d="M11.9 17.5h8.2l.5 3.5h-9.2z" fill="#ffffff" />
      {/* ground */}
      <path d="M7 29h18" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
