import { CONTENT_SECURITY_POLICY } from '../shared/csp';

export { CONTENT_SECURITY_POLICY };
/**
 * The security settings of every window, in one place so the test suite can
 * check them (tests/security) and a weakened option fails `npm test`.
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: true,
} as const;

export interface WindowBounds {
  x?: number | undefined;
  y?: number | undefined;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820, maximized: false };

/** Keep restored bounds on a screen that still exists (a laptop undocked from its second monitor). */
export function restoreBounds(
  saved: WindowBounds | undefined,
  displays: { x: number; y: number; width: number; height: number }[],
): WindowBounds {
  if (!saved) return DEFAULT_BOUNDS;
  const width = Math.max(800, Math.min(saved.width, 4000));
  const height = Math.max(600, Math.min(saved.height, 3000));
  const { x, y } = saved;
  if (x === undefined || y === undefined) return { width, height, maximized: saved.maximized };
  const visible = displays.some((d) => x + 100 > d.x && x < d.x + d.width - 100 && y >= d.y && y < d.y + d.height - 50);
  return visible ? { x, y, width, height, maximized: saved.maximized } : { width, height, maximized: saved.maximized };
}

/** May the app's window go to this URL? Only its own page, never anything remote. */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  try {
    const target = new URL(url);
    if (devServerUrl) {
      const dev = new URL(devServerUrl);
      if (target.origin === dev.origin) return true;
    }
    return target.protocol === 'file:' && target.pathname.endsWith('/renderer/index.html');
  } catch {
    return false;
  }
}
