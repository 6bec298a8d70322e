/**
 * `npm run audit`: fails when a production dependency has a high or
 * critical advisory. When the advisory service cannot be reached it says so
 * loudly; it fails then too if REQUIRE_AUDIT=1 (the GitHub workflow sets it),
 * so an unreachable service never passes as a clean audit in CI.
 */
import { spawnSync } from 'node:child_process';
import { readAudit } from './lib/audit.ts';

// Flags passed explicitly: a user or machine npmrc may set audit=false.
const run = spawnSync('npm', ['audit', '--omit=dev', '--audit=true', '--json'], { encoding: 'utf8', shell: false });
const outcome = readAudit(run.stdout);

switch (outcome.kind) {
  case 'clean':
    console.log(`npm audit --omit=dev: không có lỗ hổng mức high/critical (${JSON.stringify(outcome.counts)}).`);
    break;
  case 'findings':
    console.error(`npm audit --omit=dev: có lỗ hổng mức high/critical:\n  ${outcome.packages.join('\n  ')}\nChạy "npm audit --omit=dev" để xem chi tiết và cách sửa.`);
    process.exit(1);
  case 'unavailable':
    console.error(
      [
        '',
        '*** npm audit KHÔNG CHẠY ĐƯỢC: dịch vụ tra lỗ hổng không trả lời. ***',
        `*** Lý do: ${outcome.reason}`,
        '*** Kết quả này KHÔNG có nghĩa là không có lỗ hổng. ***',
        '',
      ].join('\n'),
    );
    if (process.env.REQUIRE_AUDIT === '1') process.exit(1);
}
