// detectHedges: claims presented as less than certain, found through cues in
// five categories — modal, evidential, epistemic, approximator and weasel —
// and who is hedging: the reporter (`author`) or a quoted speaker. The last
// sentences are traps that look like hedges but are not.
//
//   node examples/detect-hedges.mjs
import {detectHedges} from 'copydesk'

const sentences = [
  'The storm may reach the coast by Friday.', // modal
  'The suspect reportedly fled north.', // evidential
  'Officials believe the fire was set deliberately.', // epistemic
  'It is not clear whether the dam will hold.', // epistemic, negated certainty
  'About 200 workers walked out.', // approximator
  'Critics argue the plan is too costly.', // weasel
  '“The fee could double,” Ortiz said.', // a hedge inside a quote
  // not hedges: ability, the month, `about` meaning concerning, `some of the`
  'She could swim before she could walk.',
  'The vote is set for May 3.',
  'The film is about a port strike.',
  'Some of the groups left early.',
]

for (const sentence of sentences) {
  const claims = detectHedges(sentence)
  const found = claims.flatMap((claim) => {
    const by = claim.hedgedBy === 'author' ? 'author' : `quote ${claim.hedgedBy.quoteId}`
    return claim.cues.map((cue) => `${cue.text} (${cue.category}, by ${by})`)
  })
  console.log(`${sentence}\n    ${found.join(', ') || '(no hedge)'}`)
}
