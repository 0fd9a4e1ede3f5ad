// Builds the agent web app into web/dist; the Parley server serves it at / and /assets/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webDir = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: webDir,
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: path.join(webDir, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Source maps would publish the source to every visitor; the repository is the source.
    sourcemap: false,
  },
  server: {
    // `npx vite web` during development talks to a Parley server running on :3000.
    proxy: { '/api': { target: 'http://127.0.0.1:3000', ws: true } },
  },
});
