import React from 'react';
import Layout from '@theme/Layout';

/** The site layout with a main column, used by every data page. */
export function PageLayout({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg atlas-page">{children}</main>
    </Layout>
  );
}
