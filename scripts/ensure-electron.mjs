// `npm start` first makes sure the Electron binary is there: Electron 45 downloads it
// lazily (install-electron), not at `npm install`. Without internet this step fails and
// says so; electron-vite then reports that Electron is not installed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const installer = require.resolve('electron/install.js');
const result = spawnSync(process.execPath, [installer], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error('Could not download the Electron binary (is the internet reachable?). Try again with a connection.');
}
