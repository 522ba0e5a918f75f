import { PageTitle } from './PageTitle';

export function PageHeading({ title, intro, lang }: { title: string; intro?: React.ReactNode; lang?: string }) {
  return (
    <div className="mb-8">
      <PageTitle lang={lang}>{title}</PageTitle>
      {intro && <p className="mt-2 text-lg text-mention">{intro}</p>}
    </div>
  );
}
