/**
 * Warns at the start of a build when the deployment has not said who runs
 * the portal: the pages then say so plainly, and a maintainer should notice.
 */
import type { AstroIntegration } from 'astro';
import { operatorWarning, readOperator } from '../lib/site/deployment.ts';

export function settingsCheck(): AstroIntegration {
  return {
    name: 'hoc-tap-settings',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = operatorWarning(readOperator(process.env));
        if (warning) logger.warn(warning);
      },
    },
  };
}
