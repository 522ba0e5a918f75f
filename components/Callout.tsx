export interface CalloutProps {
  title?: string;
  children: React.ReactNode;
}

/** A boxed note inside a post. In MDX: `<Callout title="À retenir">…</Callout>`. */
export function Callout({ title, children }: CalloutProps) {
  return (
    <aside className="not-prose my-6 rounded-r border-l-4 border-action bg-action-low px-5 py-4 text-title">
      {title && <p className="mb-1 font-bold">{title}</p>}
      <div className="[&_p]:my-1">{children}</div>
    </aside>
  );
}
