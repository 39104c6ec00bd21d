/// <reference types="vitest/config" />
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

/** `manifest.json` is the one source; the Firefox build derives its differences here. */
type Target = 'chrome' | 'firefox';
const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

/** Firefox's add-on id; stable so storage survives reinstalls and tests can pin the UUID. */
export const GECKO_ID = 'follow-through@follow-through.app';

function manifestFor(browser: Target): ManifestV3Export {
  const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
  if (browser === 'chrome') return manifest;
  const { service_worker: script, type } = manifest.background;
  manifest.background = { scripts: [script], type };
  delete manifest.minimum_chrome_version;
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest;
}

export default defineConfig({
  plugins: [
    preact({ devToolsEnabled: false, prefreshEnabled: false }),
    crx({
      manifest: manifestFor(target),
      browser: target,
      // Self-contained files, one per mail family (a Gmail page loads only the Gmail adapter):
      // no loader, so no content-script chunk has to be web-accessible.
      contentScripts: {
        standaloneFiles: ['src/content/entry-gmail.ts', 'src/content/entry-outlook.ts'],
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
        },
      },
    ],
  },
});
