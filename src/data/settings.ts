/**
 * Settings a deployment gives through the environment, read in one place
 * (the rules are in src/lib/site/deployment.ts; README, "Settings").
 *
 * REPO_URL: the web address of the repository the site is built from, e.g.
 *   https://forge.example/owner/hoc-tap-suot-doi. It turns on the
 *   "Sửa trang này" links; left unset, pages show no edit link.
 * REPO_BRANCH: the branch editors propose changes to (default `main`).
 * OPERATOR_NAME, OPERATOR_ADDRESS, OPERATOR_EMAIL, OPERATOR_PHONE: who runs
 *   this installation and how to reach them; ERROR_REPORT_URL: where readers
 *   report a mistake (default `<REPO_URL>/issues`). Never filled in: unset,
 *   the footer and the about page say the operator is not configured.
 * SITE_URL (the public address) is read by astro.config.mjs.
 */
import { readOperator } from '../lib/site/deployment';

export const settings = {
  repoUrl: process.env.REPO_URL?.trim() || undefined,
  repoBranch: process.env.REPO_BRANCH?.trim() || 'main',
  operator: readOperator(process.env),
};
