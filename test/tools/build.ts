/** `npm run build`: the Chrome and the Firefox build, each loadable as it is. */
import { spawnSync } from 'node:child_process';

export function buildAll(): boolean {
  for (const target of ['chrome', 'firefox']) {
    const result = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, TARGET: target, NODE_ENV: 'production' },
    });
    if (result.status !== 0) return false;
    console.log(`built dist/${target}/`);
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(buildAll() ? 0 : 1);
