#!/usr/bin/env node
// Scores the built library (dist/) on the project's own annotated corpus
// (test/corpus/*.json): `npm run eval`, `npm run eval -- --details`,
// `npm run eval -- --json`.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {formatFigures, scoreCorpus} from './score.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const corpus = path.resolve(args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : path.join(root, 'test/corpus'))
const library = path.join(root, 'dist/index.js')
if (!fs.existsSync(library)) {
  console.error('eval: no build at dist/index.js: run `npm run build` first')
  process.exit(2)
}
const {analyze} = await import(pathToFileURL(library).href)
const golds = fs
  .readdirSync(corpus)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(fs.readFileSync(path.join(corpus, name), 'utf8')))
const started = performance.now()
const {figures, details} = scoreCorpus(analyze, golds)
const elapsed = performance.now() - started
if (args.includes('--details')) for (const line of details) console.log(line)
if (args.includes('--json')) {
  console.log(JSON.stringify(figures, null, 1))
} else {
  const chars = golds.reduce((sum, gold) => sum + gold.text.length, 0)
  console.log(`${golds.length} articles, ${(chars / 1000).toFixed(0)}k chars in ${elapsed.toFixed(0)} ms`)
  console.log(formatFigures(figures))
}
