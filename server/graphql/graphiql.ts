// GraphiQL for integrators at /graphql. Yoga's default page loads GraphiQL from a CDN (a blank page
// without internet); this one comes from the installed @graphql-yoga/render-graphiql, which inlines
// GraphiQL's code, styles and editor workers, so the page needs nothing but this server.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

/** Subscriptions over graphql-ws at /graphql, the same socket the bundled client uses. */
export const graphiqlOptions = { title: 'Courtside GraphiQL', subscriptionsProtocol: 'WS' } satisfies GraphiQLOptions;

/**
 * Yoga's `renderGraphiQL`: the page is about 9 MB and the same for every request (the options are
 * fixed), so it is built once and rebuilt only if the options change.
 */
export function graphiqlRenderer(): (options: GraphiQLOptions) => string {
  let built: { key: string; page: string } | null = null;
  return (options) => {
    const key = JSON.stringify(options);
    if (built?.key !== key) built = { key, page: renderGraphiQL(options) };
    return built.page;
  };
}
