import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { resolve } from 'node:path';

/**
 * The judges' service worker precaches only what their pages load (their entry, its chunks, lazy ones included, and
 * styles), not the boards' or the console's files: a tablet installs the app shell once and reloads it with no network.
 */
const judgeFiles = new Set<string>();

function collectJudgeFiles(): Plugin {
  return {
    name: 'collect-judge-files',
    generateBundle(_options, bundle) {
      judgeFiles.clear();
      judgeFiles.add('judge/index.html');
      const visit = (name: string) => {
        const item = bundle[name];
        if (!item || judgeFiles.has(name)) return;
        judgeFiles.add(name);
        if (item.type === 'chunk') {
          [...item.imports, ...item.dynamicImports].forEach(visit);
          item.viteMetadata?.importedCss.forEach((css) => judgeFiles.add(css));
        }
      };
      const judge = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry && item.name === 'judge');
      if (judge) visit(judge.fileName);
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
  plugins: [
    collectJudgeFiles(),
    VitePWA({
      strategies: 'generateSW',
      // The tablet shows "new version" and reloads when the judge taps it: never in the middle of entering a mark.
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      filename: 'judge/sw.js',
      scope: '/judge/',
      workbox: {
        cacheId: 'competitions-judge',
        // The first install takes charge of the open page at once (nothing older to replace); later ones wait for a tap.
        clientsClaim: true,
        globPatterns: ['**/*.{js,css,html}'],
        manifestTransforms: [async (entries) => ({ manifest: entries.filter((entry) => judgeFiles.has(entry.url.slice(1))), warnings: [] })],
        // Precache URLs are absolute: the worker lives under /judge/, the shared chunks under /assets/.
        modifyURLPrefix: { '': '/' },
        navigateFallback: '/judge/index.html',
        navigateFallbackAllowlist: [/^\/judge\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // Marks go through the IndexedDB outbox and the app keeps the last workload itself: the API is never cached.
            urlPattern: ({ url }) => url.pathname.startsWith('/api/') || url.pathname.startsWith('/hubs/'),
            handler: 'NetworkOnly',
          },
        ],
      },
    }),
  ],
});
