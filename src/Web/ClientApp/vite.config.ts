import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';

// Lists every built file so the judges' service worker can cache the whole app shell on install:
// a tablet that loaded the app once can reload it with no network.
function precacheManifest(): Plugin {
  return {
    name: 'precache-manifest',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => name.startsWith('assets/') || name.startsWith('judge/'));
      this.emitFile({ type: 'asset', fileName: 'judge/precache.json', source: JSON.stringify(files) });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  publicDir: 'public',
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        judge: resolve(import.meta.dirname, 'judge/index.html'),
      },
    },
  },
  plugins: [precacheManifest()],
});
