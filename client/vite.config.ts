// The bundled client: Vite root is client/, the build lands in dist/client at the repository root,
// where the server serves it at `/` beside the API at `/graphql` (same origin).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: '../dist/client', // relative to root
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true, changeOrigin: false },
    },
  },
});
