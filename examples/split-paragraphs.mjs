// splitParagraphs: only the paragraphs, each with its kind (headline,
// byline, dateline, body, boilerplate) and its sentences. It skips the quote
// and hedge stages, so it is the fastest entry point. The same story is given
// in three layouts: blank lines, one paragraph per line, and hard-wrapped
// wire copy with CRLF line endings; the paragraphs come out the same.
//
//   node examples/split-paragraphs.mjs
import {splitParagraphs} from 'copydesk'

const blankLines = `Bridge Reopens After Repairs

By Ada Lindqvist

CALDER, Mont. (AP) — The Wexley River bridge reopened to trucks on Friday. Gov. Ruth A. Diaz drove across first.

Advertisement

Crews replaced two steel girders at a cost of $2.1 million.`

const onePerLine = blankLines.replace(/\n\n/g, '\n')

const wire = `Bridge Reopens After Repairs

By Ada Lindqvist

CALDER, Mont. (AP) — The Wexley River bridge reopened to trucks on
Friday. Gov. Ruth A. Diaz drove across first.

Advertisement

Crews replaced two steel girders at a cost of $2.1 million.`.replace(/\n/g, '\r\n')

for (const [layout, text] of Object.entries({blankLines, onePerLine, wire})) {
  const paragraphs = splitParagraphs(text)
  console.log(`${layout}: ${paragraphs.map((paragraph) => paragraph.kind).join(', ')}`)
}

// Titles and initials (`Gov. Ruth A. Diaz`) do not end a sentence.
for (const paragraph of splitParagraphs(blankLines)) {
  console.log(`${paragraph.index} ${paragraph.kind.padEnd(11)} [${paragraph.start}, ${paragraph.end})`)
  for (const sentence of paragraph.sentences) console.log(`    · ${sentence.text}`)
}
