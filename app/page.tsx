export default function HomePage() {
  return (
    <main id="contenu" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">Trouver une étude clinique près de chez vous</h1>
    </main>
  );
}
