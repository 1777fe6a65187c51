import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';

/**
 * The portal is served by the gateway at `/`, next to `/api/<service>/...`. In `vite` dev mode the
 * same prefixes are proxied to the services directly (PORTAL_<SERVICE>_URL, default localhost ports).
 * JSX is compiled by Vite's built-in Oxc transform: @vitejs/plugin-react 6 cannot be installed next to
 * this repository's Jest (its optional @rolldown/plugin-babel peer wants @babel/core 8), and the build
 * does not need it (it only adds Fast Refresh in dev).
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const services = { identity: 3001, licensing: 3002, activation: 3003, notification: 3004 } as const;

const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  Object.entries(services).map(([name, port]) => {
    const target = process.env[`PORTAL_${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${port}`;
    const prefix = `/api/${name}`;
    return [prefix, { target, changeOrigin: true, rewrite: (path: string) => path.slice(prefix.length) || '/' }];
  }),
);

export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: { '#api-client': fileURLToPath(new URL('../../libs/api-client/src/index.ts', import.meta.url)) },
  },
  server: { proxy },
  preview: { proxy },
  build: {
    // The gateway serves this directory (its PORTAL_DIR setting, default apps/portal/dist).
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // Mantine marks its modules "use client" (for React Server Components); meaningless in an SPA.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
