// detectQuotes: every quote, with its kind — `direct` (a whole utterance in
// marks), `partial` (a fragment in marks inside the reporter's sentence) or
// `indirect` (reported speech without marks) — its content, its reporting
// cue and the words that name the speaker. Titles, scare quotes and
// apostrophes are not quotes.
//
//   node examples/detect-quotes.mjs
import {detectQuotes} from 'copydesk'

const sentences = [
  // direct: two pairs of marks are two quotes
  '“We will not back down,” Ortiz said. “Not now, not ever.”',
  // partial
  'The mayor called the deal “a win for every family.”',
  // indirect: the content is the reported clause
  'Ortiz said the union would strike on Monday.',
  'The strike will go on, according to union leaders.',
  // a quote inside a quote is a quote of its own
  '“The captain told us, ‘Stay below,’” Diaz said.',
  // not quotes: a title, a scare quote, apostrophes
  'She starred in the film “Dry Season” last year.',
  'The so-called “reform” passed on Monday.',
  'The workers’ union won’t say what it wants.',
]

for (const sentence of sentences) {
  console.log(sentence)
  const quotes = detectQuotes(sentence)
  if (quotes.length === 0) console.log('    (no quote)')
  for (const quote of quotes) {
    console.log(`    ${quote.kind.padEnd(8)} “${quote.content.text}” cue=${quote.cue?.text ?? '-'} mention=${quote.mention?.text ?? '-'}`)
  }
}
