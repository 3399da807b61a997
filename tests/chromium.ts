/** How the tests start Debian's Chromium: no sandbox (root in CI), no GPU, no calls home on a closed network. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
  // Date and time inputs follow the browser's language: Danish, as on the staff's laptops.
  '--lang=da-DK',
];
