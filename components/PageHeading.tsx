export function PageHeading({ title, intro }: { title: string; intro?: React.ReactNode }) {
  return (
    <div className="mb-8">
      <h1 className="text-3xl font-bold text-title sm:text-4xl">{title}</h1>
      {intro && <p className="mt-2 text-lg text-mention">{intro}</p>}
    </div>
  );
}
