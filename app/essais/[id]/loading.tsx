import { Container } from '@/components/ui/container';

function Bar({ className }: { className: string }) {
  return <div className={`animate-pulse rounded bg-paper-warm motion-reduce:animate-none ${className}`} />;
}

/** Skeleton of the study page: badges, title, « En bref » box, actions, then the sections. */
export default function StudyLoading() {
  return (
    <main id="contenu" tabIndex={-1} className="py-8 focus:outline-none" aria-busy="true">
      <Container>
        <p role="status" className="sr-only">
          Chargement de l’étude…
        </p>
        <div aria-hidden="true" className="space-y-8">
          <div className="space-y-3">
            <Bar className="h-5 w-48" />
            <div className="flex gap-2">
              <Bar className="h-7 w-40 rounded-full" />
              <Bar className="h-7 w-32 rounded-full" />
            </div>
            <Bar className="h-9 w-full" />
            <Bar className="h-9 w-2/3" />
            <Bar className="h-5 w-64" />
          </div>
          <div className="space-y-4 rounded-xl border-2 border-accent-100 p-6">
            <Bar className="h-7 w-32" />
            {Array.from({ length: 6 }, (_, i) => (
              <div key={i} className="grid gap-2 sm:grid-cols-[11rem_1fr]">
                <Bar className="h-5 w-32" />
                <Bar className="h-5 w-full" />
              </div>
            ))}
          </div>
          <div className="flex flex-wrap gap-3">
            <Bar className="h-11 w-64" />
            <Bar className="h-11 w-40" />
            <Bar className="h-11 w-44" />
          </div>
          {Array.from({ length: 3 }, (_, i) => (
            <div key={i} className="space-y-3">
              <Bar className="h-8 w-56" />
              <Bar className="h-5 w-full" />
              <Bar className="h-5 w-5/6" />
              <Bar className="h-5 w-4/6" />
            </div>
          ))}
        </div>
      </Container>
    </main>
  );
}
