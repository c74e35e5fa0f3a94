// `npm run security:electron`: Doyensec's electronegativity over the code that runs in Electron (the
// main process, the preload, the renderer and its page). Fails when it finds anything that is not
// justified, either in the code with an `eng-disable` comment saying why, or (for findings with no
// line to annotate) in scripts/electronegativity-allowlist.json. A file it cannot parse fails the
// run too: an unparsed file hides its findings. Usage: node scripts/security-electron.mjs [ROOT]
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(process.argv[2] ?? projectRoot);
const allowlist = JSON.parse(readFileSync(path.join(projectRoot, 'scripts', 'electronegativity-allowlist.json'), 'utf8'));

/** Only what ships in the app: not dist/ (built from these), tests, scratch folders or node_modules. */
const SCANNED = ['electron', 'renderer/index.html', 'renderer/src', 'package.json'];

function electronVersion() {
  try {
    return require(path.join(root, 'node_modules', 'electron', 'package.json')).version;
  } catch {
    return require('electron/package.json').version;
  }
}

async function scan() {
  const staging = mkdtempSync(path.join(os.tmpdir(), 'rapport-electronegativity-'));
  try {
    for (const entry of SCANNED) cpSync(path.join(root, entry), path.join(staging, entry), { recursive: true });
    const run = require('@doyensec/electronegativity');
    return await run(
      {
        input: staging,
        isRelative: true,
        electronVersionOverride: electronVersion(),
        excludeFromScan: allowlist.excludedChecks.map((c) => c.check),
        parserPlugins: [],
      },
      false,
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

const quietly = async (work) => {
  // electronegativity logs progress and locale warnings; keep the output to what matters.
  const log = console.log;
  console.log = () => {};
  try {
    return await work();
  } finally {
    console.log = log;
  }
};

const result = await quietly(scan);
const accepted = (issue) => allowlist.accepted.some((a) => a.check === issue.id && a.file === issue.file);
const unexplained = result.issues.filter((issue) => !accepted(issue));
const stale = allowlist.accepted.filter((a) => !result.issues.some((issue) => issue.id === a.check && issue.file === a.file));
const unparsed = result.errors.filter((e) => !e.tolerable);

for (const e of unparsed) console.error(`security:electron: cannot parse ${e.file}: ${e.message}`);
for (const issue of unexplained) {
  console.error(
    `security:electron: ${issue.id} (${issue.severity.name}, ${issue.confidence.name}) ${issue.file}:${issue.location.line}:${issue.location.column}: ` +
      `${issue.description} ${issue.shortenedURL ?? ''}\n  fix it, or justify it with an eng-disable comment where it is`,
  );
}
for (const a of stale)
  console.error(`security:electron: allowlisted ${a.check} in ${a.file} is no longer found: remove it from the allowlist`);

const justified = result.issues.length - unexplained.length;
console.log(
  `security:electron: ${result.atomicChecks + result.globalChecks} checks, ${unexplained.length} unexplained finding(s), ` +
    `${justified} accepted in the allowlist, ${unparsed.length} unparsed file(s)`,
);
process.exitCode = unexplained.length + stale.length + unparsed.length > 0 ? 1 : 0;
