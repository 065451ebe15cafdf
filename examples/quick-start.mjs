// Quick start: `analyze` reads a news story in one pass and returns plain
// JSON — paragraphs with their kinds and sentences, the dateline, quotes
// with their speakers, and hedged claims. Every span has `start`, `end` and
// `text`, with `text === story.slice(start, end)`.
//
//   node examples/quick-start.mjs
import {analyze} from 'copydesk'

const story = `Ferry Fares to Rise in Spring

By Nora Quist

HALDEN, Wash. — The county ferry will raise fares by about 12 percent in April.

“Fuel costs have doubled, and the boats are not getting younger,” said Ines Halvorsen, the county's transit director. She called the increase “the least bad option.”

Some riders say the increase may push commuters back onto the highway.`

const article = analyze(story)

console.log('dateline:', article.dateline?.text)

for (const paragraph of article.paragraphs) {
  console.log(`¶${paragraph.index} ${paragraph.kind}: ${paragraph.sentences.length} sentence(s)`)
}

const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
for (const quote of article.quotes) {
  const speaker = quote.speakerId ? speakers.get(quote.speakerId).name : 'unattributed'
  console.log(`${quote.id} ${quote.kind} quote by ${speaker} (cue: ${quote.cue?.text}): ${quote.content.text}`)
}

for (const claim of article.hedges) {
  const cues = claim.cues.map((cue) => `${cue.text} (${cue.category})`).join(', ')
  console.log(`hedged by ${JSON.stringify(claim.hedgedBy)} through ${cues}: ${claim.text}`)
}

// Spans point into the input, so you can highlight findings in place.
const [first] = article.quotes
console.log(story.slice(first.start, first.end) === first.text) // true
