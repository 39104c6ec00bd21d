// Every npm script enters here, so each works by itself on a fresh clone: it installs the npm
// dependencies when node_modules is missing, the Debian browsers when they are missing (as root;
// otherwise it names the one command to run), then hands over to the TypeScript tool.
// Plain Node on purpose: nothing else is installed yet when it runs.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingBrowserPackages } from './browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const [command, ...args] = process.argv.slice(2);

/** command → [script, needs browsers] */
const TOOLS = {
  start: ['test/tools/start.ts', ['chromium']],
  test: ['test/tools/run-tests.ts', ['chromium', 'firefox-esr']],
  build: ['test/tools/build.ts', []],
  zip: ['test/tools/zip.ts', []],
  bench: ['test/tools/bench.ts', ['chromium']],
  check: ['src/cli/check.ts', []],
  eval: ['src/cli/eval.ts', []],
  probe: ['test/tools/probe.ts', []],
};

// Progress goes to stderr: `npm run --silent check` must print nothing but its JSON on stdout.
const say = (line) => process.stderr.write(`${line}\n`);

function run(cmd, cmdArgs, options = {}) {
  const result = spawnSync(cmd, cmdArgs, {
    cwd: root,
    stdio: ['inherit', 2, 'inherit'],
    ...options,
  });
  return result.status ?? 1;
}

function ensureDependencies() {
  const installed = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  say('Installing npm dependencies (npm ci)…');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) {
    say('npm ci failed; see the messages above.');
    process.exit(1);
  }
}

function ensureBrowsers(wanted) {
  const missing = missingBrowserPackages().filter((pkg) => wanted.includes(pkg));
  if (!missing.length) return;
  const install = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    say(
      `Missing browser${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. Install with:\n  sudo sh -c '${install}'`,
    );
    process.exit(1);
  }
  say(`Installing ${missing.join(', ')} from Debian…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update', '-qq'], { env }) !== 0 ||
    run('apt-get', ['install', '-y', '-qq', ...missing], { env }) !== 0
  ) {
    say(`Could not install ${missing.join(', ')}; run: ${install}`);
    process.exit(1);
  }
}

const tool = TOOLS[command];
if (!tool) {
  say(`usage: node test/tools/bootstrap.mjs <${Object.keys(TOOLS).join('|')}> [args]`);
  process.exit(2);
}
ensureDependencies();
ensureBrowsers(tool[1]);
const tsx = join(root, 'node_modules/.bin/tsx');
const result = spawnSync(tsx, [tool[0], ...args], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
