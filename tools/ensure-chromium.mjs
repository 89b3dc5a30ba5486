// Browser tests drive Debian's headless Chromium (no browser download is possible here): the
// chromium-headless-shell package, the same Chromium engine in its headless-only build, the kind
// Playwright itself runs headless tests on (the full browser's UI process and display compositor
// cost about a quarter of the suite's CPU). CHROMIUM_PATH points the tests at another build
// (/usr/bin/chromium). On a fresh machine, install it when we can (root with apt-get); otherwise
// say exactly what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';
if (existsSync(path)) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH) {
  console.log(`Browser tests need headless Chromium at ${path}; installing Debian's chromium-headless-shell package…`);
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-headless-shell fonts-dejavu-core', { stdio: 'inherit' });
  if (existsSync(path)) process.exit(0);
}
console.error(`Browser tests need headless Chromium at ${path}. Install it with: sudo apt-get install chromium-headless-shell (or set CHROMIUM_PATH, e.g. to /usr/bin/chromium).`);
process.exit(1);
