import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the Partnerboard server runs on 8787 (pnpm dev); Vite serves the client and
// forwards the API and the sync socket to it, so the app talks to one origin as in production.
const server = process.env.PARTNERBOARD_SERVER ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: server, changeOrigin: true },
      '/sync': { target: server.replace(/^http/, 'ws'), ws: true },
      '/healthz': { target: server },
    },
  },
  build: {
    sourcemap: true,
    // One bundle (React, Yjs, zod/mini) and the notes editor (CodeMirror) apart: about 270 kB gzipped, cached by the offline shell.
    chunkSizeWarningLimit: 1000,
  },
});
