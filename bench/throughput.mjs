#!/usr/bin/env node
// One contender's throughput, in a process of its own so that no other
// library's heap or JIT state colours it: `node bench/throughput.mjs NAME
// CORPUS.json SECONDS` prints `{"name", "mbPerSecond"}`. Run by bench/index.mjs.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {Bench} from 'tinybench'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [name, corpusFile, secondsArgument] = process.argv.slice(2)
const seconds = Number(secondsArgument)
const articles = JSON.parse(fs.readFileSync(corpusFile, 'utf8'))
const bytes = articles.reduce((sum, text) => sum + text.length, 0)

/** The contenders by name: what each runs on one article. */
async function contender(which) {
  if (which === 'parse-english') {
    const {ParseEnglish} = await import('parse-english')
    const parser = new ParseEnglish()
    return (text) => parser.parse(text)
  }
  if (which === 'compromise') {
    const {default: nlp} = await import('compromise')
    return (text) => nlp(text).quotations()
  }
  if (which === 'wink-nlp') {
    const {default: winkNLP} = await import('wink-nlp')
    const {default: model} = await import('wink-eng-lite-web-model')
    const wink = winkNLP(model)
    return (text) => wink.readDoc(text)
  }
  const copydesk = await import(pathToFileURL(path.join(root, 'dist/index.js')).href)
  if (typeof copydesk[which] !== 'function') throw new Error(`unknown contender ${which}`)
  return (text) => copydesk[which](text)
}

const run = await contender(name)
const bench = new Bench({time: seconds * 1000, warmupTime: Math.min(2000, seconds * 500), iterations: 3})
bench.add(name, () => {
  for (const text of articles) run(text)
})
await bench.run()
const mean = bench.tasks[0].result.latency.mean
console.log(JSON.stringify({name, mbPerSecond: bytes / 1e6 / (mean / 1000)}))
