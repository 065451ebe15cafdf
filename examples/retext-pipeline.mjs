// The retext plugin in a unified pipeline: `retextCopydesk` runs the same
// analysis as `analyze`, puts the Article on `file.data.copydesk`, and turns
// findings into vfile messages (source `copydesk`): an info per quote
// (ruleId `quote`), a warning per unattributed quote (`unattributed-quote`)
// and per hedge cue (ruleId: its category). `vfile-reporter` prints them
// like any linter's.
//
//   node examples/retext-pipeline.mjs
import {retextCopydesk} from 'copydesk'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

const story = `Dam Inspection Ordered After Heavy Rain

“Stay away from the river this week.”

“The spillway is working as designed,” said Keiko Albrecht, the dam's operations manager.

The spillway reportedly cracked last spring, and it is not clear whether the road below will reopen.`

const processor = unified().use(retextEnglish).use(retextCopydesk).use(retextStringify)
const file = await processor.process(new VFile({path: 'dam.txt', value: story}))

// The Article, as `analyze` returns it.
const article = file.data.copydesk
console.log(`${article.quotes.length} quotes, ${article.speakers.length} speaker(s), ${article.hedges.length} hedged claim(s)`)

// Every message has a ruleId, a place (line:column) and the `actual` text.
for (const message of file.messages) {
  console.log(`${message.ruleId}\t${message.place.start.line}:${message.place.start.column}\t${message.actual}`)
}

// The report a linter would print (usually to stderr; here to stdout, plain).
console.log(reporter(file, {color: false}))
