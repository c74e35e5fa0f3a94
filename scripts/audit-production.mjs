// `npm run security:audit`: `npm audit --omit=dev` (the packages that ship in the app), failing on any
// high or critical advisory. The advisories come from the npm registry; where it cannot be asked (no
// network, or a proxy that refuses the audit endpoint), the run says so plainly and does not fail,
// so an offline build still works: the check then has to be run where the registry is reachable.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--audit=true', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(`security:audit: npm audit printed no report (exit ${result.status}): ${result.stderr.trim().slice(0, 500)}`);
  process.exit(1);
}

if (!report.metadata) {
  const reason = report.message ?? report.error?.summary ?? 'no advisories returned';
  console.log(
    `security:audit: SKIPPED: the npm registry's audit endpoint could not be asked (${reason}). Run it where the registry is reachable.`,
  );
  process.exit(0);
}

const counts = report.metadata.vulnerabilities;
const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === 'high' || v.severity === 'critical');
for (const v of serious)
  console.error(
    `security:audit: ${v.severity} in ${v.name} (${v.range}): ${v.fixAvailable ? 'a fix is available' : 'no fix yet'}`,
  );
console.log(
  `security:audit: production dependencies: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low`,
);
process.exitCode = serious.length > 0 ? 1 : 0;
