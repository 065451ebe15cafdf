#!/usr/bin/env node
// copydesk's benchmark: throughput side by side with bare parse-english (the
// floor copydesk builds on) and with the tools users would pick instead,
// CLI corpus throughput, memory on a large input, how time grows with input
// size, and every shape of hostile input (time per character against prose,
// growth at 4× the input, peak heap). Targets are printed with ✓ or ✗; a ✗
// never fails the run (a shared machine is noisy: read the figures).
//
//   npm run bench              the full run (a few minutes)
//   npm run bench -- --short   a quick run of the same that only checks nothing rotted (CI)
//   npm run bench -- --json    the figures as JSON
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = new Set(process.argv.slice(2))
const short = args.has('--short')
const asJson = args.has('--json')
const library = path.join(root, 'dist/index.js')
if (!fs.existsSync(library)) {
  console.error('bench: no build at dist/index.js: run `npm run build` first')
  process.exit(2)
}
const copydesk = await import(library)
const log = asJson ? () => {} : (line = '') => console.log(line)
const figures = {machine: machine(), short}

function machine() {
  const cpus = os.cpus()
  return {node: process.version, cpu: cpus[0]?.model ?? 'unknown', cores: os.availableParallelism(), memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`}
}

// ---- the corpus: the project's own articles, many copies, varied ----------------------------
function ownArticles() {
  const texts = []
  // Both parts of the corpus: speed is measured on all of it (only accuracy keeps the held-out part apart).
  for (const part of ['dev', 'heldout']) {
    const folder = path.join(root, 'test/corpus', part)
    for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.json')).sort()) {
      texts.push(JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')).text)
    }
  }
  const examples = path.join(root, 'examples/articles')
  for (const name of fs.readdirSync(examples).sort()) texts.push(fs.readFileSync(path.join(examples, name), 'utf8'))
  return texts
}

/** Rewrap a blank-line article at `width` columns (wire-copy style). */
function hardWrap(text, width) {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const lines = []
      let line = ''
      for (const word of paragraph.split(/\s+/)) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line)
          line = word
        } else line = line ? `${line} ${word}` : word
      }
      if (line) lines.push(line)
      return lines.join('\n')
    })
    .join('\n\n')
}

/** Variants of one article in other layouts, so the corpus exercises every path. */
const variants = [
  (text) => text,
  (text) => text.replace(/\r?\n(\s*\r?\n)+/g, '\n'),
  (text) => text.replace(/\r?\n/g, '\r\n'),
  (text) => hardWrap(text, 72),
  (text) => text.replace(/(^|\n\s*\n)/g, '$1\t'),
]

function buildCorpus(targetBytes) {
  const base = ownArticles()
  const articles = []
  let bytes = 0
  for (let index = 0; bytes < targetBytes; index++) {
    const text = variants[index % variants.length](base[index % base.length])
    articles.push(text)
    bytes += text.length
  }
  return {articles, bytes}
}

const corpus = buildCorpus(short ? 200_000 : 1_000_000)
figures.corpus = {articles: corpus.articles.length, megabytes: corpus.bytes / 1e6}
log(`copydesk benchmark${short ? ' (short)' : ''}: Node ${figures.machine.node}, ${figures.machine.cpu}, ${figures.machine.cores} cores`)
log(`corpus: ${corpus.articles.length} articles, ${(corpus.bytes / 1e6).toFixed(2)} MB, built from the project's own articles in five layouts\n`)

// ---- throughput: each contender in a fresh process of its own ---------------------------------
const corpusFile = path.join(os.tmpdir(), `copydesk-bench-corpus-${process.pid}.json`)
fs.writeFileSync(corpusFile, JSON.stringify(corpus.articles))
const contenders = [
  ['parse-english', 'parse-english (bare parse)'],
  ['analyze', 'copydesk analyze()'],
  ['splitParagraphs', 'copydesk splitParagraphs()'],
  ['detectQuotes', 'copydesk detectQuotes()'],
  ['detectSpeakers', 'copydesk detectSpeakers()'],
  ['detectHedges', 'copydesk detectHedges()'],
  ['compromise', 'compromise nlp().quotations()'],
  ['wink-nlp', 'wink-nlp readDoc()'],
]
const throughput = {}
for (const [name, label] of contenders) {
  const child = spawnSync(process.execPath, [path.join(root, 'bench/throughput.mjs'), name, corpusFile, String(short ? 0.4 : 4)], {
    encoding: 'utf8',
  })
  if (child.status !== 0) throw new Error(`${label} failed: ${child.stderr}`)
  throughput[label] = JSON.parse(child.stdout).mbPerSecond
}
log('throughput (each in a fresh process)   MB/s     × parse-english')
const parseRate = throughput['parse-english (bare parse)']
for (const [label, rate] of Object.entries(throughput)) {
  log(`  ${label.padEnd(36)}${rate.toFixed(2).padStart(7)}    ${(rate / parseRate).toFixed(2).padStart(6)}`)
}
figures.throughput = throughput

// ---- the CLI over a corpus, 1 and N workers ---------------------------------------------------
// Five times the corpus, so the process's start (about 0.1 s) weighs little.
const cliCorpus = short ? corpus : buildCorpus(5 * corpus.bytes)

function cliThroughput(workers) {
  const cli = path.join(root, 'dist/cli.js')
  if (!fs.existsSync(cli)) return null
  const input = path.join(os.tmpdir(), `copydesk-bench-${process.pid}.ndjson`)
  fs.writeFileSync(input, cliCorpus.articles.map((text, index) => JSON.stringify({id: `a${index}`, text})).join('\n') + '\n')
  const started = performance.now()
  const run = spawnSync(process.execPath, [cli, '--ndjson', '--workers', String(workers), '--quiet'], {
    input: fs.readFileSync(input),
    maxBuffer: 1024 * 1024 * 1024,
  })
  const elapsed = performance.now() - started
  fs.rmSync(input, {force: true})
  if (run.status !== 0) throw new Error(`CLI failed: ${run.stderr}`)
  return cliCorpus.bytes / 1e6 / (elapsed / 1000)
}

const cores = os.availableParallelism()
const cli = {one: cliThroughput(1), many: cores > 1 ? cliThroughput(cores) : null}
figures.cli = {workers1: cli.one, [`workers${cores}`]: cli.many}
log(`\nCLI corpus throughput (copydesk --ndjson on ${(cliCorpus.bytes / 1e6).toFixed(1)} MB, process start included)`)
if (cli.one === null) log('  (no CLI build at dist/cli.js)')
else {
  log(`  1 worker${' '.repeat(25)}${cli.one.toFixed(2).padStart(7)} MB/s`)
  if (cli.many !== null) log(`  ${cores} workers${' '.repeat(24)}${cli.many.toFixed(2).padStart(7)} MB/s`)
}

// ---- the CLI's formats on one long article: the HTML report as cheap and as linear as JSON -------
const {measureCliFormats} = await import('./cli-formats.mjs')
const cliFormats = fs.existsSync(path.join(root, 'dist/cli.js'))
  ? measureCliFormats({cli: path.join(root, 'dist/cli.js'), articles: corpus.articles, bytes: short ? 100_000 : 1_000_000, runs: short ? 1 : 3})
  : null
figures.cliFormats = cliFormats
if (cliFormats) {
  log(`\nCLI formats on one article of ${cliFormats.bytes / 1e6} MB and ${(4 * cliFormats.bytes) / 1e6} MB (process start included)`)
  for (const [format, {ms, quadrupledMs, ratio}] of Object.entries(cliFormats.formats)) {
    log(`  --format ${format.padEnd(5)}${ms.toFixed(0).padStart(7)} ms ${quadrupledMs.toFixed(0).padStart(7)} ms   ratio ${ratio.toFixed(2)}`)
  }
}

// ---- growth with input size, and memory -------------------------------------------------------
/** One long article made of the corpus, `bytes` long. */
function longInput(bytes) {
  let text = ''
  for (let index = 0; text.length < bytes; index++) text += corpus.articles[index % corpus.articles.length] + '\n\n'
  return text.slice(0, bytes)
}


const small = short ? 200_000 : 1_000_000
const large = small * 10
// In a fresh process, after a warm-up run: the two sizes in turn (so a slow
// spell of a shared machine hits both), and the median of each, which does
// not favour the size run more often the way a best-of would.
const growthScript = `
const {analyze} = await import(${JSON.stringify(library)})
const articles = JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(corpusFile)}, 'utf8'))
const input = (bytes) => { let text = ''; for (let i = 0; text.length < bytes; i++) text += articles[i % articles.length] + '\\n\\n'; return text.slice(0, bytes) }
const time = (text) => { const t = performance.now(); analyze(text); return performance.now() - t }
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1]
const smallText = input(${small})
const largeText = input(${large})
time(smallText)
const smallRuns = []
const largeRuns = []
for (let round = 0; round < 3; round++) {
  smallRuns.push(time(smallText), time(smallText))
  largeRuns.push(time(largeText))
}
console.log(JSON.stringify({smallMs: median(smallRuns), largeMs: median(largeRuns)}))
`
const growthRun = spawnSync(process.execPath, ['--input-type=module', '-e', growthScript], {encoding: 'utf8'})
if (growthRun.status !== 0) throw new Error(`growth run failed: ${growthRun.stderr}`)
const {smallMs: smallTime, largeMs: largeTime} = JSON.parse(growthRun.stdout)
figures.growth = {smallBytes: small, largeBytes: large, smallMs: smallTime, largeMs: largeTime, ratio: largeTime / smallTime}
log(`\ngrowth: analyze() on ${small / 1e6} MB in ${smallTime.toFixed(0)} ms, on ${large / 1e6} MB in ${largeTime.toFixed(0)} ms: ratio ${(largeTime / smallTime).toFixed(2)}`)

// Memory in a fresh process, so nothing else is on the heap, with V8's heap
// capped at 40× the input: finishing proves the peak heap stays under it.
const heapLimitMb = Math.ceil((40 * large) / 2 ** 20)
const memoryScript = `
const {analyze} = await import(${JSON.stringify(library)})
const bytes = ${large}
let text = ''
const piece = ${JSON.stringify(corpus.articles.slice(0, 20).join('\n\n'))}
while (text.length < bytes) text += piece + '\\n\\n'
text = text.slice(0, bytes)
globalThis.gc()
const before = process.memoryUsage().heapUsed
const rssBefore = process.resourceUsage().maxRSS
const article = analyze(text)
const peakRssGrowth = (process.resourceUsage().maxRSS - rssBefore) * 1024
globalThis.gc()
const retained = process.memoryUsage().heapUsed - before
console.log(JSON.stringify({bytes, retainedHeap: retained, peakRssGrowth, quotes: article.quotes.length}))
`
const memoryRun = spawnSync(process.execPath, ['--expose-gc', `--max-old-space-size=${heapLimitMb}`, '--input-type=module', '-e', memoryScript], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
})
const memory = memoryRun.status === 0 ? JSON.parse(memoryRun.stdout) : null
figures.memory = {heapLimitMb, withinLimit: memory !== null, ...memory}
log(
  memory
    ? `memory: analyze() on ${large / 1e6} MB finished under a ${heapLimitMb} MB heap cap (40× the input); result retained ${(memory.retainedHeap / 1e6).toFixed(0)} MB, process memory grew ${(memory.peakRssGrowth / 1e6).toFixed(0)} MB at peak`
    : `memory: analyze() on ${large / 1e6} MB did NOT finish under a ${heapLimitMb} MB heap cap: ${memoryRun.stderr.split('\n').slice(-3).join(' ')}`,
)

// ---- every input shape: time per character against prose, growth at 4× the input, peak heap ------
// Each shape in fresh processes (bench/shapes.mjs): the two sizes in turn, medians of CPU time, and
// the peak heap under a cap of 40× the input. The full run measures memory on 8 MB, as issue 14 did.
const {measureShapes, shapeTable, targets: shapeTargets} = await import('./shapes.mjs')
const shapeUnit = short ? 50_000 : 1_000_000
const shapeMemoryBytes = short ? 1_000_000 : 8_000_000
const shapeResults = measureShapes({library, corpusFile, unit: shapeUnit, rounds: short ? 1 : 3, memoryBytes: shapeMemoryBytes})
figures.shapes = {unit: shapeUnit, memoryBytes: shapeMemoryBytes, targets: shapeTargets, results: shapeResults}
log('')
for (const line of shapeTable(shapeResults, {unit: shapeUnit, memoryBytes: shapeMemoryBytes})) log(line)
if (short) log('  (short run: small inputs, one round; fixed costs weigh more, so read it as a smoke test, not as the figures)')

// ---- targets -----------------------------------------------------------------------------------
const analyzeRate = throughput['copydesk analyze()']
const targets = [
  ['analyze() ≥ 50% of bare parse-english', analyzeRate / throughput['parse-english (bare parse)'], 0.5],
  ['analyze() ≥ 20× compromise quotations()', analyzeRate / throughput['compromise nlp().quotations()'], 20],
  ['10 MB / 1 MB time ratio ≤ 11', 11 / figures.growth.ratio, 1],
  ['peak heap for 10 MB ≤ 40× its size', figures.memory.withinLimit ? 1 : 0, 1],
  [`every shape ≤ ${shapeTargets.perCharacter}× the time per character of prose`, Object.values(shapeResults).every((result) => result.perCharacter <= shapeTargets.perCharacter) ? 1 : 0, 1],
  [`every shape: 4× the input ≤ ${shapeTargets.growth}× the time`, Object.values(shapeResults).every((result) => result.growth <= shapeTargets.growth) ? 1 : 0, 1],
  [
    `every shape: peak heap ≤ ${shapeTargets.memory}× the input`,
    Object.values(shapeResults).every((result) => result.peakMultiple !== null && result.peakMultiple <= shapeTargets.memory) ? 1 : 0,
    1,
  ],
  ...(cliFormats
    ? [
        ['CLI html ≤ 1.5× the time of json', (1.5 * cliFormats.formats.json.quadrupledMs) / cliFormats.formats.html.quadrupledMs, 1],
        ['CLI html: 4× the input ≤ 5× the time', 5 / cliFormats.formats.html.ratio, 1],
      ]
    : []),
]
figures.targets = {}
log('\ntargets')
for (const [name, value, floor] of targets) {
  const met = value >= floor
  figures.targets[name] = {value, met}
  log(`  ${met ? '✓' : '✗'} ${name}`)
}
fs.rmSync(corpusFile, {force: true})
if (asJson) console.log(JSON.stringify(figures, null, 1))
