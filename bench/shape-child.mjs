// One measurement of bench/shapes.mjs in a process of its own:
//   time   LIBRARY CORPUS SHAPE UNIT ROUNDS   → {ms, quadrupledMs}: median CPU time at UNIT and 4 × UNIT
//   memory LIBRARY CORPUS SHAPE BYTES        → BASE / START / END lines around one analysis (run with --trace-gc)
import fs from 'node:fs'
import {shapes} from './shapes.mjs'

const [mode, library, corpusFile, name, size, rounds] = process.argv.slice(2)
const {analyze} = await import(library)
const prose = JSON.parse(fs.readFileSync(corpusFile, 'utf8')).join('\n\n')
const make = shapes[name]
if (!make) throw new Error(`no shape ${name}`)

/** CPU time of one analysis (the process's, GC threads included), in ms. */
function cpu(text) {
  const before = process.cpuUsage()
  analyze(text)
  const spent = process.cpuUsage(before)
  return (spent.user + spent.system) / 1000
}

const median = (values) => values.sort((a, b) => a - b)[values.length >> 1]

// A warm-up on text of the same shape (another seed), so the code is compiled and the tagger's model loaded.
analyze(make(20_000, 99, prose))
if (mode === 'time') {
  const unit = Number(size)
  const runs = []
  const quadrupled = []
  for (let round = 0; round < Number(rounds); round++) {
    // A new seed each round: what the tagger learnt of one text does not speed up the next.
    const small = make(unit, round + 1, prose)
    const large = make(4 * unit, round + 1, prose)
    runs.push(cpu(small))
    quadrupled.push(cpu(large))
  }
  console.log(JSON.stringify({ms: median(runs), quadrupledMs: median(quadrupled)}))
} else {
  globalThis.gc()
  console.log(`BASE ${process.memoryUsage().heapUsed}`)
  const text = make(Number(size), 1, prose)
  globalThis.gc()
  console.log('START')
  const article = analyze(text)
  console.log(`END ${process.memoryUsage().heapUsed}`)
  if (article.paragraphs.length < 0) throw new Error('unreachable')
}
