import { PageTitle } from './PageTitle';

export function PageHeading({ title, intro }: { title: string; intro?: React.ReactNode }) {
  return (
    <div className="mb-8">
      <PageTitle>{title}</PageTitle>
      {intro && <p className="mt-2 text-lg text-mention">{intro}</p>}
    </div>
  );
}
