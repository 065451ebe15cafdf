#!/usr/bin/env node
// Scores the built library (dist/) on the project's own annotated corpus:
// its dev part (test/corpus/dev, which rules may be tuned on) and its frozen
// held-out part (test/corpus/heldout, which no rule is tuned on), each on
// its own.
//
//   npm run eval                        both parts
//   npm run eval -- --part heldout      one part
//   npm run eval -- --details           every miss and false alarm (dev only: held-out misses are not for reading)
//   npm run eval -- --json              the figures as JSON
//   npm run eval -- --corpus DIR        gold files from another folder
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {formatFigures, scoreCorpus} from './score.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const library = path.join(root, 'dist/index.js')
if (!fs.existsSync(library)) {
  console.error('eval: no build at dist/index.js: run `npm run build` first')
  process.exit(2)
}
const {analyze} = await import(pathToFileURL(library).href)

const corpusOption = option('--corpus')
const parts = corpusOption
  ? [[path.basename(corpusOption), path.resolve(corpusOption)]]
  : ['dev', 'heldout'].filter((part) => !option('--part') || option('--part') === part).map((part) => [part, path.join(root, 'test/corpus', part)])

const out = {}
for (const [name, folder] of parts) {
  const golds = fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')))
  const started = performance.now()
  const {figures, details} = scoreCorpus(analyze, golds)
  const elapsed = performance.now() - started
  out[name] = figures
  if (args.includes('--json')) continue
  if (args.includes('--details') && name !== 'heldout') for (const line of details) console.log(line)
  const chars = golds.reduce((sum, gold) => sum + gold.text.length, 0)
  console.log(`\n${name}: ${golds.length} articles, ${(chars / 1000).toFixed(0)}k chars in ${elapsed.toFixed(0)} ms`)
  console.log(formatFigures(figures))
}
if (args.includes('--json')) console.log(JSON.stringify(out, null, 1))
