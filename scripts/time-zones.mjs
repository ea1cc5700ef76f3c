// Runs the zone-sensitive suites under several machine time zones: results must not depend on the host's zone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const zones = ['UTC', 'America/Santiago', 'Pacific/Kiritimati'];
const suites = ['test/time', 'test/callback', 'test/reschedule', 'test/webcallback', 'test/outbound/treatments.test.ts', 'test/outbound/treatments.property.test.ts'].filter((dir) => existsSync(dir));
if (suites.length === 0) {
  console.log('time-zones: no zone-sensitive suites yet');
  process.exit(0);
}
for (const tz of zones) {
  console.log(`\n== TZ=${tz} ${suites.join(' ')}`);
  const run = spawnSync('npx', ['vitest', 'run', ...suites], { stdio: 'inherit', env: { ...process.env, TZ: tz } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
