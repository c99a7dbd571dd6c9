// GraphiQL for integrators at /graphql. Yoga's default page loads GraphiQL from a CDN (a blank page
// without internet); this one comes from the installed @graphql-yoga/render-graphiql, which inlines
// GraphiQL's code, styles and editor workers, so the page needs nothing but this server.
import type { GraphiQLOptions } from 'graphql-yoga';

/** Subscriptions over graphql-ws at /graphql, the same socket the bundled client uses. */
export const graphiqlOptions = { title: 'Courtside GraphiQL', subscriptionsProtocol: 'WS' } satisfies GraphiQLOptions;

/**
 * Yoga's `renderGraphiQL`: the page is about 9 MB and the same for every request (the options are
 * fixed), so it is built once and rebuilt only if the options change. The package (~28 MB of source
 * text in memory) is loaded on the first request for the page, not by every process at start.
 */
export function graphiqlRenderer(): (options: GraphiQLOptions) => Promise<string> {
  let built: { key: string; page: Promise<string> } | null = null;
  return (options) => {
    const key = JSON.stringify(options);
    if (built?.key !== key) built = { key, page: import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options)) };
    return built.page;
  };
}
