/// <reference types="vitest/config" />
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
// With the extension: Vite warns that it will load its config natively, where imports need one.
import { manifestFor, type Target } from './test/tools/manifest.ts';

const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const manifest = manifestFor(target);

export default defineConfig({
  plugins: [
    preact({ devToolsEnabled: false, prefreshEnabled: false }),
    crx({
      manifest: manifest as ManifestV3Export,
      browser: target,
      // Self-contained files, one per mail family (a Gmail page loads only the Gmail adapter):
      // no loader, so no content-script chunk has to be web-accessible.
      contentScripts: {
        standaloneFiles: manifest.content_scripts.flatMap((script: { js: string[] }) => script.js),
      },
    }),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    sourcemap: false,
    // The panel page is reached only through web_accessible_resources, which CRXJS copies
    // as-is; naming it here makes Vite compile it like the popup and options pages.
    rollupOptions: {
      input: {
        panel: 'src/panel/index.html',
        card: 'src/card/index.html',
        welcome: 'src/welcome/index.html',
      },
    },
  },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'dist',
          include: ['test/dist/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          setupFiles: ['test/e2e/setup.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          // Two real browsers on a two-core machine: a test that fails once is run once more,
          // and one that fails twice fails the run. Races seen this way are still bugs to find
          // (the vitest report keeps each retry), not a reason to wait longer.
          retry: 1,
        },
      },
    ],
  },
});
