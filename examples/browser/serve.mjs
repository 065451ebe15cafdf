// The browser example's server: bundle the ESM build of copydesk for the
// browser with esbuild (its dependencies include CommonJS, which a browser
// cannot import, so a bundle is the robust choice), then serve this folder
// on 127.0.0.1. Module scripts need http://, not file://.
//
//   npm run build && node examples/browser/serve.mjs [--port 8080]
//   then open the address it prints
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import * as esbuild from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))
const portFlag = process.argv.indexOf('--port')
const port = portFlag === -1 ? 8080 : Number(process.argv[portFlag + 1])

// `copydesk` resolves to the package's own ESM build, dist/index.js.
await esbuild.build({
  entryPoints: [fileURLToPath(import.meta.resolve('copydesk'))],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  outfile: path.join(here, 'dist/copydesk.js'),
  logLevel: 'warning',
})

const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8'}
const server = http.createServer((request, response) => {
  const name = new URL(request.url, 'http://localhost').pathname.replace(/\/$/, '/index.html')
  const file = path.join(here, path.normalize(name))
  if (!file.startsWith(here + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    response.writeHead(404).end('Not found')
    return
  }
  response.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream'})
  fs.createReadStream(file).pipe(response)
})

server.listen(port, '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${server.address().port}/`)
})
