import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';

// Lists every built file so the judges' service worker can cache the whole app shell on install:
// a tablet that loaded the app once can reload it with no network.
function precacheManifest(): Plugin {
  return {
    name: 'precache-manifest',
    generateBundle(_options, bundle) {
      // Only what the judges' pages load: their entry, its chunks and styles (shared chunks included).
      const judge = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry && item.name === 'judge');
      const files = new Set<string>(['judge/index.html']);
      const visit = (name: string) => {
        const item = bundle[name];
        if (!item || files.has(name)) return;
        files.add(name);
        if (item.type === 'chunk') {
          item.imports.forEach(visit);
          item.viteMetadata?.importedCss.forEach((css) => files.add(css));
        }
      };
      if (judge) visit(judge.fileName);
      this.emitFile({ type: 'asset', fileName: 'judge/precache.json', source: JSON.stringify([...files]) });
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
        board: resolve(import.meta.dirname, 'board/index.html'),
        organizer: resolve(import.meta.dirname, 'organizer/index.html'),
      },
    },
  },
  plugins: [precacheManifest()],
});
