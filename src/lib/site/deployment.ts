/**
 * What a deployment says about itself through its environment: who runs the
 * portal and how readers reach them, and whether this is a production build.
 * Pure, so the rules are tested without a build; src/data/settings.ts and
 * scripts/build.ts read the real environment through it.
 */

export type Env = Readonly<Record<string, string | undefined>>;

/** The operator of this installation, exactly as the deployment gives it; nothing is filled in. */
export interface Operator {
  /** The organisation that runs the portal (OPERATOR_NAME). */
  name: string | undefined;
  /** Its postal address (OPERATOR_ADDRESS). */
  address: string | undefined;
  /** Its email address (OPERATOR_EMAIL). */
  email: string | undefined;
  /** Its phone number (OPERATOR_PHONE). */
  phone: string | undefined;
  /** Where readers report a mistake: ERROR_REPORT_URL, else REPO_URL's issue page. */
  reportUrl: string | undefined;
}

const read = (env: Env, name: string) => env[name]?.trim() || undefined;

/** The error-report address: an explicit one, else the repository's issues page. */
export function reportUrl(env: Env): string | undefined {
  const explicit = read(env, 'ERROR_REPORT_URL');
  if (explicit) return explicit;
  const repo = read(env, 'REPO_URL');
  return repo ? `${repo.replace(/\/+$/, '')}/issues` : undefined;
}

/** The operator settings, checked: a wrong email or address stops the build with the variable named. */
export function readOperator(env: Env): Operator {
  const operator: Operator = {
    name: read(env, 'OPERATOR_NAME'),
    address: read(env, 'OPERATOR_ADDRESS'),
    email: read(env, 'OPERATOR_EMAIL'),
    phone: read(env, 'OPERATOR_PHONE'),
    reportUrl: reportUrl(env),
  };
  if (operator.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(operator.email)) {
    throw new Error(`OPERATOR_EMAIL phải là một địa chỉ thư điện tử, ví dụ lienhe@example.vn; đang là "${operator.email}".`);
  }
  if (operator.reportUrl && !/^https?:\/\/\S+$/.test(operator.reportUrl)) {
    throw new Error(`ERROR_REPORT_URL (hoặc REPO_URL) phải là địa chỉ web bắt đầu bằng https://; đang là "${operator.reportUrl}".`);
  }
  return operator;
}

/** Whether anyone is named as running the portal; without a name, address and contacts mean little. */
export function operatorConfigured(operator: Operator): boolean {
  return Boolean(operator.name);
}

/** The build's warning when the operator is not configured, or undefined when it is. */
export function operatorWarning(operator: Operator): string | undefined {
  if (operatorConfigured(operator)) return undefined;
  return 'Chưa cấu hình đơn vị vận hành (OPERATOR_NAME, OPERATOR_ADDRESS, OPERATOR_EMAIL, OPERATOR_PHONE, ERROR_REPORT_URL): chân trang và trang Giới thiệu sẽ ghi rõ là chưa cấu hình. Xem mục Settings trong README.';
}

/**
 * A production build is one run by CI (CI=true) or asked for with
 * NODE_ENV=production in the caller's environment; a plain `npm run build`
 * or `npm start` on a laptop is not. Such a build must be given SITE_URL,
 * since every canonical link, feed and calendar address is made from it.
 * Returns the message to stop with, or undefined when the build may go on.
 */
export function siteUrlProblem(env: Env): string | undefined {
  const production = env.CI === 'true' || env.NODE_ENV === 'production';
  const site = read(env, 'SITE_URL');
  if (site) {
    return /^https?:\/\/[^\s/]+/.test(site) ? undefined : `SITE_URL phải là địa chỉ web đầy đủ, ví dụ https://hoctapsuotdoi.example.vn; đang là "${site}".`;
  }
  if (!production) return undefined;
  return [
    `Thiếu SITE_URL: đây là bản dựng để xuất bản (${env.CI === 'true' ? 'CI=true' : 'NODE_ENV=production'}), mà liên kết chuẩn, sơ đồ trang, nguồn tin RSS và lịch .ics đều cần địa chỉ công khai của cổng.`,
    'Đặt SITE_URL, ví dụ: SITE_URL=https://hoctapsuotdoi.example.vn npm run build',
    '(Dựng thử trên máy mình thì bỏ CI và NODE_ENV; kiểm thử tự đặt SITE_URL.)',
  ].join('\n');
}

/** True for an address on this machine (127.0.0.1, localhost, ::1): never shown to readers as a place to go. */
export function isLoopback(site: string | URL): boolean {
  const host = new URL(site).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
}
