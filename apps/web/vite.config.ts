import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The API serves the build at /app; in development Vite serves it and proxies the API.
const API_ORIGIN = 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    rolldownOptions: {
      // React Router marks its module "use client" for server components; there are none here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  server: {
    port: 5173,
    proxy: {
      // The API accepts cookie sessions only from its own origin (APP_URL).
      '/graphql': { target: API_ORIGIN, changeOrigin: true, headers: { origin: API_ORIGIN } },
    },
  },
});
