// Headless Chromium for the browser tests: Debian's package, started the way
// this machine's closed network needs (no background requests).
import fs from 'node:fs'

/** Where Debian's `chromium` package puts the browser. */
export const chromiumPath = '/usr/bin/chromium'

/** Launch flags: headless, no sandbox (root in CI), no network of its own. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Fail clearly, naming the fix, when Chromium is not installed. */
export function assertChromium(what: string): void {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`${what} needs Chromium at ${chromiumPath}: install it with \`apt-get install -y chromium\``)
  }
}
