import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

/**
 * Writes the strict Content-Security-Policy into the built page. Only the
 * build gets it: the dev server's hot reload needs an inline script.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'csb-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
