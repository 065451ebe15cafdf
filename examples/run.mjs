// Run every example and compare its output with the expected-output file
// beside it (`<name>.expected.txt`; the browser page's in
// `browser/index.expected.txt`, checked in headless Chromium when
// /usr/bin/chromium is there). Then run every `js` code sample in README.md
// and docs/ and compare it with the `txt` or `json` block that follows it.
// `test/examples.test.ts` does the same in CI.
//
//   npm run examples              build, run all, report differences
//   npm run examples -- --update  rewrite the expected outputs and the docs' output blocks
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const update = process.argv.includes('--update')
const chromiumPath = '/usr/bin/chromium'
let failed = 0

function check(name, actual, expectedFile) {
  if (update) {
    fs.writeFileSync(expectedFile, actual)
    console.log(`updated  ${path.relative(here, expectedFile)}`)
  } else if (!fs.existsSync(expectedFile)) {
    failed++
    console.log(`MISSING  ${path.relative(here, expectedFile)}`)
  } else if (fs.readFileSync(expectedFile, 'utf8') !== actual) {
    failed++
    console.log(`DIFFERS  ${name}: compare its output with ${path.relative(here, expectedFile)}`)
  } else console.log(`ok       ${name}`)
}

const scripts = fs.readdirSync(here).filter((name) => name.endsWith('.mjs') && name !== 'run.mjs').sort()
for (const name of scripts) {
  const run = spawnSync(process.execPath, [path.join(here, name)], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  if (run.status !== 0) {
    failed++
    console.log(`FAILED   ${name} (status ${run.status})\n${run.stderr}`)
    continue
  }
  check(name, run.stdout, path.join(here, name.replace(/\.mjs$/, '.expected.txt')))
}

// The browser page: serve it, open it in Chromium, read what it shows.
if (fs.existsSync(chromiumPath)) {
  const server = spawn(process.execPath, [path.join(here, 'browser/serve.mjs'), '--port', '0'], {stdio: ['ignore', 'pipe', 'inherit']})
  const address = await new Promise((resolve) => server.stdout.once('data', (chunk) => resolve(String(chunk).trim())))
  const {chromium} = await import('playwright-core')
  const browser = await chromium.launch({executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'], headless: true})
  try {
    const page = await browser.newPage()
    await page.goto(address)
    await page.waitForSelector('#result[data-ready]')
    check('browser/index.html', (await page.locator('#result').innerText()) + '\n', path.join(here, 'browser/index.expected.txt'))
  } finally {
    await browser.close()
    server.kill()
  }
} else console.log(`skipped  browser/index.html (no Chromium at ${chromiumPath})`)

// The code samples of the README and the guides (docs/cli.md is the CLI's own).
const root = path.dirname(here)
const documents = ['README.md', ...fs.readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md') && name !== 'cli.md').sort().map((name) => `docs/${name}`)]
for (const document of documents) {
  let markdown = fs.readFileSync(path.join(root, document), 'utf8')
  const blocks = [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({lang: match[1], code: match[2], start: match.index, end: match.index + match[0].length}))
  const edits = []
  let sample = 0
  blocks.forEach((block, index) => {
    if (block.lang !== 'js') return
    const name = `${document} sample ${++sample} (line ${markdown.slice(0, block.start).split('\n').length})`
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', block.code], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    if (run.status !== 0) {
      failed++
      console.log(`FAILED   ${name}\n${run.stderr}`)
      return
    }
    // An output block follows the sample, after at most one paragraph of prose ("Yields:").
    const next = blocks[index + 1]
    if (!next || !['txt', 'json'].includes(next.lang) || markdown.slice(block.end, next.start).trim().includes('\n\n')) return
    const output = run.stdout + run.stderr
    const actual = next.lang === 'json' ? compact(JSON.parse(output)) + '\n' : output
    if (update) edits.push({start: next.start, end: next.end, text: '```' + next.lang + '\n' + actual + '```'})
    else if ((next.lang === 'json' ? compact(JSON.parse(next.code || 'null')) + '\n' : next.code) !== actual) {
      failed++
      console.log(`DIFFERS  ${name}: its output is not the block after it`)
    } else console.log(`ok       ${name}`)
  })
  for (const edit of edits.reverse()) markdown = markdown.slice(0, edit.start) + edit.text + markdown.slice(edit.end)
  if (edits.length > 0) {
    fs.writeFileSync(path.join(root, document), markdown)
    console.log(`updated  ${document} (${edits.length} output block(s))`)
  }
}

/** JSON with small objects and arrays on one line. */
function compact(value, indent = '') {
  const flat = inline(value)
  if (flat.length + indent.length <= 100 || value === null || typeof value !== 'object') return flat
  const inner = indent + '  '
  const items = Array.isArray(value)
    ? value.map((item) => inner + compact(item, inner))
    : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compact(item, inner)}`)
  return Array.isArray(value) ? `[\n${items.join(',\n')}\n${indent}]` : `{\n${items.join(',\n')}\n${indent}}`
}

/** JSON on one line, with a space after commas and colons. */
function inline(value) {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${inline(item)}`).join(', ')}}`
}

if (failed) {
  console.log(`\n${failed} example(s) differ or fail: fix them, or after checking the new output, run \`npm run examples -- --update\``)
  process.exitCode = 1
}
