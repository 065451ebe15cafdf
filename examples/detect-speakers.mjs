// detectSpeakers: whoever the article quotes, once each — named people,
// organisations, groups and unnamed sources (`anonymous: true`). Pronouns,
// surnames and roles are resolved to the speaker they point back to; `name`
// is the fullest proper name, or an unnamed source's describing phrase.
//
//   node examples/detect-speakers.mjs
import {detectSpeakers} from 'copydesk'

const story = `“We are ready,” said Maria Ortiz, the union president. “The city is not,” she added.

Ortiz said talks would resume on Monday.

The Port Authority said in a statement that fees would rise.

A senior official familiar with the talks said the offer was final.`

for (const speaker of detectSpeakers(story)) {
  console.log(`${speaker.id} ${speaker.name}`)
  console.log(`    kind: ${speaker.kind}, anonymous: ${speaker.anonymous}`)
  console.log(`    mentions: ${speaker.mentions.map((mention) => mention.text).join(' | ')}`)
  console.log(`    quotes: ${speaker.quoteIds.join(', ')}`)
}
