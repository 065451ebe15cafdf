// Who gets quoted: analyse every article in a folder and count the quotes
// given to named and to anonymous sources, overall and per speaker, the
// sort of sourcing audit a standards desk runs.
//
//   node examples/who-gets-quoted.mjs                  the bundled examples/articles/
//   node examples/who-gets-quoted.mjs path/to/folder   your own .txt files
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {analyze} from 'copydesk'

const folder = process.argv[2] ?? fileURLToPath(new URL('articles/', import.meta.url))
const files = fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()

const totals = {named: 0, anonymous: 0, unattributed: 0}
const bySpeaker = new Map() // name → {anonymous, quotes, articles}

for (const name of files) {
  const article = analyze(fs.readFileSync(path.join(folder, name), 'utf8'))
  for (const speaker of article.speakers) {
    totals[speaker.anonymous ? 'anonymous' : 'named'] += speaker.quoteIds.length
    const entry = bySpeaker.get(speaker.name) ?? {anonymous: speaker.anonymous, quotes: 0, articles: new Set()}
    entry.quotes += speaker.quoteIds.length
    entry.articles.add(name)
    bySpeaker.set(speaker.name, entry)
  }
  totals.unattributed += article.quotes.filter((quote) => quote.speakerId === null).length
}

const all = totals.named + totals.anonymous + totals.unattributed
const share = (count) => `${count} (${Math.round((100 * count) / all)}%)`
console.log(`${files.length} articles, ${all} quotes`)
console.log(`  named sources:     ${share(totals.named)}`)
console.log(`  anonymous sources: ${share(totals.anonymous)}`)
console.log(`  unattributed:      ${share(totals.unattributed)}`)

console.log('\nquotes per speaker')
const ranked = [...bySpeaker].sort(([a, x], [b, y]) => y.quotes - x.quotes || a.localeCompare(b))
for (const [name, entry] of ranked) {
  const badge = entry.anonymous ? 'anonymous' : 'named'
  console.log(`  ${String(entry.quotes).padStart(2)}  ${badge.padEnd(9)}  ${name}  (${[...entry.articles].join(', ')})`)
}
