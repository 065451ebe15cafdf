// Extending the lexicons: every word list is data. Pass an array to replace a
// built-in list, or `{add, remove}` to change it. Here a newsroom adds its own
// reporting verb (`cueVerbs`), hedge words by category (`hedgeCues`), a source
// role for unnamed sources (`sourceRoles`) and a line of page furniture
// (`boilerplate`), and the same story is analysed before and after.
//
//   node examples/custom-lexicons.mjs
import {analyze, reportingVerbs, sourceRoles} from 'copydesk'

const story = `Harbor Closed as Fog Lingers

“Nothing moves until we can see the breakwater,” Captain Ida Roos harrumphed.

A deckhand said the channel would stay closed through Tuesday.

The fog will reputedly lift by the weekend, in all likelihood on Saturday.

Get the Morning Brief every weekday.`

/** @type {import('copydesk').AnalyzeOptions} */
const newsroom = {
  cueVerbs: {add: ['harrumph']}, // every form: harrumphs, harrumphed, harrumphing
  hedgeCues: {add: {evidential: ['reputedly'], modal: ['in all likelihood']}},
  sourceRoles: {add: ['deckhand']},
  boilerplate: {add: ['Get the Morning Brief']},
}

function summary(label, article) {
  const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
  console.log(label)
  console.log(`  kinds: ${article.paragraphs.map((paragraph) => paragraph.kind).join(', ')}`)
  for (const quote of article.quotes) {
    const speaker = speakers.get(quote.speakerId)
    const who = speaker ? `${speaker.name}${speaker.anonymous ? ' (anonymous)' : ''}` : 'unattributed'
    console.log(`  ${quote.kind} quote by ${who}, cue: ${quote.cue?.text ?? '-'}`)
  }
  const cues = article.hedges.flatMap((claim) => claim.cues.map((cue) => `${cue.text} (${cue.category})`))
  console.log(`  hedge cues: ${cues.join(', ') || '-'}`)
}

summary('built-in lexicons:', analyze(story))
summary('newsroom lexicons:', analyze(story, newsroom))

// The built-in lists are exported, to read or to build on.
console.log(`reportingVerbs has ${reportingVerbs.includes('say') ? '' : 'no '}“say”; sourceRoles has ${sourceRoles.includes('official') ? '' : 'no '}“official”`)
