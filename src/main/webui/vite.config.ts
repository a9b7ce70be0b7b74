import { defineConfig, type Plugin } from 'vite';
import { generate } from './codegen.mjs';

/** In dev mode, a changed .graphql file regenerates the typed documents (the build runs codegen.mjs first anyway). */
function graphqlDocuments(): Plugin {
  return {
    name: 'graphql-documents',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (file.endsWith('.graphql')) generate().catch((e: Error) => server.config.logger.error(e.message));
      });
    },
  };
}

// The portal serves the built files itself (Quinoa); in dev mode Quinoa proxies to this server on 5173.
export default defineConfig({
  plugins: [graphqlDocuments()],
  build: { target: 'es2022', outDir: 'dist', assetsInlineLimit: 0 },
  server: { port: 5173, strictPort: true },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
} as never);
