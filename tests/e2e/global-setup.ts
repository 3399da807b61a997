import { build } from 'vite';
import { rendererConfig } from '../../scripts/renderer-vite-config';

/** Each developer working in parallel may set its own build folder. */
export const E2E_BUILD_DIR = process.env.E2E_BUILD_DIR ?? 'out/renderer-e2e';

/** Build the renderer once, exactly as the app ships it (strict CSP included). */
export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  // Production mode, as shipped (vitest sets NODE_ENV=test, which would give React's development build).
  await build({ ...rendererConfig(E2E_BUILD_DIR), mode: 'production', logLevel: 'warn' });
}
