import { describe, expect, it, vi } from 'vitest';

vi.mock('@graphql-yoga/render-graphiql', () => ({ renderGraphiQL: vi.fn((options: object) => `<html>${JSON.stringify(options)}</html>`) }));

const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
const { graphiqlRenderer } = await import('./graphiql');

describe('graphiqlRenderer', () => {
  it('builds the page on first use, once for the same options and again when they change', async () => {
    const render = graphiqlRenderer();
    expect(renderGraphiQL).toHaveBeenCalledTimes(0);
    const page = await render({ title: 'Courtside GraphiQL', endpoint: '/graphql' });
    expect(await render({ title: 'Courtside GraphiQL', endpoint: '/graphql' })).toBe(page);
    expect(renderGraphiQL).toHaveBeenCalledTimes(1);
    expect(await render({ title: 'Other', endpoint: '/graphql' })).toContain('Other');
    expect(renderGraphiQL).toHaveBeenCalledTimes(2);
  });
});
