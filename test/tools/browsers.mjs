// Where Debian's browsers live, shared by the bootstrap (plain Node, before any install) and the
// e2e harness. CHROMIUM / FIREFOX override the paths.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES = {
  chromium: { env: 'CHROMIUM', names: ['chromium', 'chromium-browser'], pkg: 'chromium' },
  firefox: { env: 'FIREFOX', names: ['firefox-esr', 'firefox'], pkg: 'firefox-esr' },
};

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const file = join(dir, name);
    if (dir && existsSync(file)) return file;
  }
  return null;
}

/**
 * @param {'chromium' | 'firefox'} browser
 * @returns {string | null} the executable, or null when it is not installed
 */
export function findBrowser(browser) {
  const { env, names } = CANDIDATES[browser];
  if (process.env[env] && existsSync(process.env[env])) return process.env[env];
  for (const name of names) {
    const found = onPath(name);
    if (found) return found;
  }
  return null;
}

/** @param {'chromium' | 'firefox'} browser */
export function browserExecutable(browser) {
  const found = findBrowser(browser);
  if (!found)
    throw new Error(
      `${browser} is not installed: run  apt-get install -y ${CANDIDATES[browser].pkg}`,
    );
  return found;
}

/** @returns {string[]} Debian packages of the browsers that are missing */
export function missingBrowserPackages() {
  return Object.entries(CANDIDATES)
    .filter(([browser]) => !findBrowser(/** @type {'chromium'|'firefox'} */ (browser)))
    .map(([, { pkg }]) => pkg);
}
