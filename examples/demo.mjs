// The demo: analyse the bundled example article and print a readable report
// of its paragraphs and sentences, quotes, speakers and hedges.
//
//   npm run demo                     the bundled article
//   npm run demo -- path/to/story.txt   your own
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {analyze} from 'copydesk'

const here = path.dirname(fileURLToPath(import.meta.url))
const file = process.argv[2] ?? path.join(here, 'articles/granary-fire.txt')
const article = analyze(fs.readFileSync(file, 'utf8'))

const clip = (text, max = 90) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))

console.log(`copydesk report: ${path.basename(file)}`)
console.log(`dateline: ${article.dateline ? article.dateline.text : '(none)'}`)

console.log(`\nParagraphs (${article.paragraphs.length})`)
for (const paragraph of article.paragraphs) {
  console.log(`  ${String(paragraph.index).padStart(2)} ${paragraph.kind.padEnd(11)} ${clip(paragraph.text, 70)}`)
  if (paragraph.kind !== 'body') continue
  for (const sentence of paragraph.sentences) console.log(`       · ${clip(sentence.text, 76)}`)
}

console.log(`\nQuotes (${article.quotes.length})`)
for (const quote of article.quotes) {
  const who = quote.speakerId ? speakers.get(quote.speakerId)?.name : 'unattributed'
  const cue = quote.cue ? ` [${quote.cue.text}]` : ''
  console.log(`  ${quote.id.padEnd(4)} ${quote.kind.padEnd(8)} ${who}${cue}: “${clip(quote.content.text, 60)}”`)
}

console.log(`\nSpeakers (${article.speakers.length})`)
for (const speaker of article.speakers) {
  const badge = speaker.anonymous ? ' (anonymous)' : ''
  console.log(`  ${speaker.name}${badge}, ${speaker.kind}: ${speaker.quoteIds.length} quote(s)`)
}

console.log(`\nHedged claims (${article.hedges.length})`)
for (const claim of article.hedges) {
  const cues = claim.cues.map((cue) => `${cue.text} (${cue.category})`).join(', ')
  const by = claim.hedgedBy === 'author' ? 'author' : `in ${claim.hedgedBy.quoteId}`
  console.log(`  ${cues} [${by}]: ${clip(claim.text, 60)}`)
}
