import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { cspPlugin } from './vite-csp-plugin';

/** The renderer's build, shared by electron-vite (the app) and the e2e harness (Chromium). */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve('renderer'),
    base: './',
    plugins: [react(), cspPlugin()],
    build: {
      outDir: resolve(outDir),
      emptyOutDir: true,
      chunkSizeWarningLimit: 8000,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
    worker: { format: 'es' },
  };
}
