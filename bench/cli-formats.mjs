// The CLI's output formats on one long article: `copydesk --format json`
// and `--format html` on N and 4N bytes of news prose, each in a fresh
// process (its start included). The HTML report must cost about what the
// JSON does and grow as the input does: 4× the input within 5× the time.
// Run by bench/index.mjs.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Time both formats at two sizes.
 *
 * @param {{cli: string, articles: string[], bytes: number, runs: number}} setup
 * @returns {{bytes: number, formats: Record<string, {ms: number, quadrupledMs: number, ratio: number}>}}
 */
export function measureCliFormats({cli, articles, bytes, runs}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-formats-'))
  try {
    const files = [bytes, 4 * bytes].map((size) => {
      const file = path.join(folder, `article-${size}.txt`)
      fs.writeFileSync(file, longArticle(articles, size))
      return file
    })
    const formats = {}
    for (const format of ['json', 'html']) {
      // The two sizes in turn, so that a slow spell of a shared machine hits both; the median of each.
      const times = [[], []]
      for (let round = 0; round < runs; round++) files.forEach((file, index) => times[index].push(timeRun(cli, format, file)))
      const [ms, quadrupledMs] = times.map(median)
      formats[format] = {ms, quadrupledMs, ratio: quadrupledMs / ms}
    }
    return {bytes, formats}
  } finally {
    fs.rmSync(folder, {recursive: true, force: true})
  }
}

function longArticle(articles, bytes) {
  let text = ''
  for (let index = 0; text.length < bytes; index++) text += `${articles[index % articles.length]}\n\n`
  return text.slice(0, bytes)
}

function timeRun(cli, format, file) {
  const started = performance.now()
  const run = spawnSync(process.execPath, [cli, '--format', format, '--quiet', file], {maxBuffer: 2 ** 30})
  if (run.status !== 0) throw new Error(`copydesk --format ${format} failed: ${run.stderr}`)
  return performance.now() - started
}

function median(values) {
  return [...values].sort((a, b) => a - b)[values.length >> 1]
}
