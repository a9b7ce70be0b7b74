import { defineConfig } from 'vite';

// The portal serves the built files itself (Quinoa); in dev mode Quinoa proxies to this server on 5173.
export default defineConfig({
  build: { target: 'es2022', outDir: 'dist', assetsInlineLimit: 0 },
  server: { port: 5173, strictPort: true },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
} as never);
