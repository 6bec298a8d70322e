/**
 * Settings a deployment gives through the environment, read in one place.
 *
 * REPO_URL: the web address of the repository the site is built from, e.g.
 *   https://forge.example/owner/hoc-tap-suot-doi. It turns on the
 *   "Sửa trang này" links; left unset, pages show no edit link.
 * REPO_BRANCH: the branch editors propose changes to (default `main`).
 * SITE_URL (the public address) is read by astro.config.mjs.
 */
export const settings = {
  repoUrl: process.env.REPO_URL?.trim() || undefined,
  repoBranch: process.env.REPO_BRANCH?.trim() || 'main',
};
