// The request body cap's other half. app.ts refuses a body whose Content-Length is over the cap
// before yoga sees it; yoga's `maxRequestBodySize` stops reading a chunked body (no Content-Length)
// once it passes the cap and answers 413. The unread rest of that body is still on the connection,
// so the connection must not carry another request: it is closed after the answer.
import type { Plugin } from 'graphql-yoga';

export function useCloseAfterTooLarge(): Plugin {
  return {
    onResponse({ response }) {
      if (response.status === 413) response.headers.set('connection', 'close');
    },
  };
}
