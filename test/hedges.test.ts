import {describe, expect, it} from 'vitest'
import {analyze, detectHedges, hedgeCues, type HedgedClaim, type Quote} from '../src/index.js'
import {buildDoc} from '../src/engine/document.js'
import {parseChunked} from '../src/engine/parse.js'
import {flattenTree} from '../src/engine/tokens.js'
import {findHedges} from '../src/hedges/find-hedges.js'
import {resolveSettings} from '../src/options.js'
import {findBlocks} from '../src/paragraphs/layout.js'

/** Every cue of a text as `category:text`. */
const cues = (text: string, options?: Parameters<typeof detectHedges>[1]) =>
  detectHedges(text, options).flatMap((claim) => claim.cues.map((cue) => `${cue.category}:${cue.text}`))

describe('hedge cues by category', () => {
  it('finds single-word cues of every category', () => {
    expect(cues('The fire reportedly began in a kitchen and may have spread through a vent.')).toEqual([
      'evidential:reportedly',
      'modal:may',
    ])
    expect(cues('Officials think the bridge will reopen, but the cause is unclear.')).toEqual([
      'epistemic:think',
      'epistemic:unclear',
    ])
  })

  it('matches every inflection of a verb cue', () => {
    for (const form of ['believe', 'believes', 'believed']) {
      expect(cues(`The coach ${form} the team can still qualify.`)).toEqual([`epistemic:${form}`])
    }
    expect(cues('He doubted a new manager would change much.')).toEqual(['epistemic:doubted'])
  })

  it('spans multi-word cues over their words, adverbs and any form of be included', () => {
    expect(cues('The ship is believed to have sunk near the reef.')).toEqual(['evidential:is believed to'])
    expect(cues('The twins were widely thought to be dead.')).toEqual(['evidential:were widely thought to'])
    expect(cues('It was not immediately clear whether anyone was hurt.')).toEqual([
      'epistemic:It was not immediately clear whether',
    ])
    expect(cues('It’s not clear whether the ferry will run.')).toEqual(['epistemic:It’s not clear whether'])
    expect(cues('The levels appeared to be within safe limits.')).toEqual(['evidential:appeared to'])
  })
})

describe('context rules', () => {
  it('keeps could of possibility and drops ability, negation and purpose', () => {
    expect(cues('The strike could spread to other ports.')).toEqual(['modal:could'])
    expect(cues('As a girl she could swim across the bay.')).toEqual([])
    expect(cues('The owner could not be reached for comment.')).toEqual([])
    expect(cues('Obi, who could barely skate when he arrived, now coaches.')).toEqual([])
    expect(cues('They moved the boats so the crews could leave.')).toEqual([])
  })

  it('tells may the modal from May the month', () => {
    expect(cues('The council may vote next week.')).toEqual(['modal:may'])
    expect(cues('The council will vote on May 3.')).toEqual([])
    expect(cues('The rules were adopted in May after a crush.')).toEqual([])
    // In a title-case headline a capital says nothing: only the neighbours decide.
    expect(cues('Port May Close Next Week\n\nThe port could shut on Friday.')).toEqual(['modal:May', 'modal:could'])
    expect(cues('Strike Ends in May\n\nThe strike ended on Friday.')).toEqual([])
  })

  it('tells might the modal from the noun', () => {
    expect(cues('Winds might ease by Monday.')).toEqual(['modal:might'])
    expect(cues('The firm lacks the financial might of its rivals.')).toEqual([])
    expect(cues('She said its military might would never be used.')).toEqual([])
  })

  it('counts approximators only before a number or amount', () => {
    expect(cues('The rebels have about 150,000 fighters.')).toEqual(['approximator:about'])
    expect(cues('The mill employs some 200 workers.')).toEqual(['approximator:some'])
    expect(cues('The plan would cut fares by about a third.')).toEqual(['approximator:about'])
    expect(cues('The talks lasted up to $5 million in fees.')).toEqual(['approximator:up to'])
    expect(cues('The clinic stays shut for at least the next decade.')).toEqual(['approximator:at least'])
    expect(cues('She wrote a story about the port.')).toEqual([])
    expect(cues('Some of the groups refused to disarm.')).toEqual([])
    expect(cues('The bakery is around the corner.')).toEqual([])
    expect(cues('The sum was not nearly enough.')).toEqual([])
  })

  it('drops believe of faith and keeps believe of opinion', () => {
    expect(cues('“I believe in God and in this town,” she said.')).toEqual([])
    expect(cues('“We believe the jury never saw the full picture,” he said.')).toEqual(['epistemic:believe'])
  })

  it('treats negated certainty as a hedge but not a negated fact', () => {
    expect(cues('It is not known whether the mayor will run again.')).toEqual(['epistemic:It is not known whether'])
    expect(cues('The judge was not known for patience.')).toEqual([])
    expect(cues('The death toll has not been confirmed.')).toEqual(['epistemic:not been confirmed'])
    expect(cues('“We have not confirmed any deaths,” she said.')).toEqual([])
  })

  it('ignores conditionals: would is not a cue', () => {
    expect(cues('The army would act if attacked.')).toEqual([])
  })

  it('reads suggest as evidential only with evidence as its subject', () => {
    expect(cues('Soil readings across the county suggest the ground is dry.')).toEqual(['evidential:suggest'])
    expect(cues('She suggested the council look at another site.')).toEqual([])
  })

  it('drops appear of being present and keeps appear of seeming', () => {
    expect(cues('The mayor appeared in court on Monday.')).toEqual([])
    expect(cues('The damage appears large enough to close the road.')).toEqual(['evidential:appears'])
  })

  it('reads expect as a forecast, not an instruction', () => {
    expect(cues('The company expects to return to profit next year.')).toEqual(['epistemic:expects'])
    expect(cues('Staff were told to expect layoff notices.')).toEqual([])
  })
})

describe('weasels', () => {
  it('flags a vague source as the subject of a generic claim, as the source words', () => {
    expect(cues('Critics of the project say the city never studied other sites.')).toEqual(['weasel:Critics'])
    expect(cues('Some experts warn that the drug could be expensive.')).toEqual([
      'weasel:Some experts',
      'modal:could',
    ])
    expect(cues('Many believe the charge will pass anyway.')).toEqual(['weasel:Many', 'epistemic:believe'])
    expect(cues('Some say the city has not done the math.')).toEqual(['weasel:Some'])
  })

  it('leaves specific sources and past reports alone', () => {
    expect(cues('Analysts at Sterling Brook Capital wrote that sales fell.')).toEqual([])
    expect(cues('At the meeting, several residents said they learned of the plan late.')).toEqual([])
    expect(cues('Opponents filled the council chamber.')).toEqual([])
    expect(cues('At some point you have to ask why.')).toEqual([])
  })
})

describe('claims and scope', () => {
  it('reports one claim per sentence with all its cues, in order', () => {
    const claims = detectHedges('The blaze apparently started near a road. It may burn for about a week. Crews are ready.')
    expect(claims.map((claim) => claim.text)).toEqual([
      'The blaze apparently started near a road.',
      'It may burn for about a week.',
    ])
    expect(claims[1]?.cues.map((cue) => cue.text)).toEqual(['may', 'about'])
    expect(claims.map((claim) => claim.paragraph)).toEqual([0, 0])
  })

  it('scopes a long multi-clause sentence by clause', () => {
    const text =
      'The port authority confirmed on Tuesday that the new cranes had arrived from the factory in good order and would be installed over the summer by its own crews; ' +
      'the union, which has opposed the purchase for two years, may still ask the courts to halt the work before it begins.'
    const [claim] = detectHedges(text)
    expect(claim?.text.startsWith('the union')).toBe(true)
    expect(claim?.cues.map((cue) => cue.text)).toEqual(['may'])
  })

  it('skips bylines and boilerplate', () => {
    const text = 'Fares May Rise\n\nBy Dana Whitlock\n\nThe agency may raise fares.\n\nThis material may not be published, broadcast, rewritten or redistributed.'
    expect(detectHedges(text).map((claim) => claim.text)).toEqual(['Fares May Rise', 'The agency may raise fares.'])
  })

  it('keeps every span a slice of the input, for any input', () => {
    const inputs = ['', '   ', '\u0000\uffff\ud800', 'May', 'could', 'Critics of', 'at least', '’s n’t 18.']
    for (const text of inputs) {
      for (const claim of detectHedges(text)) {
        expect(text.slice(claim.start, claim.end)).toBe(claim.text)
        for (const cue of claim.cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text)
      }
    }
  })
})

describe('hedgedBy', () => {
  const text = 'Ortiz said the deal was “possibly illegal.” The vote will likely slip.'
  const settings = resolveSettings(undefined)
  const doc = buildDoc(text, flattenTree(parseChunked(text, findBlocks(text)), text), settings)
  const start = text.indexOf('possibly')
  const end = text.indexOf('.”') + 1
  const quote: Quote = {
    id: 'q1',
    kind: 'partial',
    start: start - 1,
    end: end + 1,
    text: text.slice(start - 1, end + 1),
    content: {start, end, text: text.slice(start, end)},
    paragraphs: [0],
    speakerId: null,
    mention: null,
    cue: null,
  }

  it('tells a hedge inside a quote from the reporter’s own', () => {
    const claims: HedgedClaim[] = findHedges(doc, [quote])
    expect(claims.map((claim) => [claim.cues[0]?.text, claim.hedgedBy])).toEqual([
      ['possibly', {quoteId: 'q1'}],
      ['likely', 'author'],
    ])
  })

  it('is the author when there are no quotes', () => {
    expect(findHedges(doc, []).every((claim) => claim.hedgedBy === 'author')).toBe(true)
  })

  it('gives a direct quote’s hedge to its quote in a full analysis', () => {
    const article = analyze('“The bridge could fail,” Ortiz said.')
    const quote = article.quotes[0]
    expect(quote).toBeDefined()
    expect(article.hedges[0]?.hedgedBy).toEqual({quoteId: quote?.id})
  })
})

describe('options', () => {
  it('adds, removes and recategorises cues', () => {
    const options = {hedgeCues: {add: {modal: ['conceivably'], evidential: ['likely']}, remove: ['about']}}
    expect(cues('The plan could conceivably work.', options)).toEqual(['modal:could', 'modal:conceivably'])
    expect(cues('The vote is likely to slip by about 20 days.', options)).toEqual(['evidential:likely'])
    expect(cues('The vote is likely to slip.')).toEqual(['modal:likely'])
  })

  it('replaces the lexicon with lists by category', () => {
    const options = {hedgeCues: {evidential: ['reportedly']}}
    expect(cues('The fire reportedly began and may spread.', options)).toEqual(['evidential:reportedly'])
  })

  it('extends the weasel sources', () => {
    expect(cues('Bloggers say the deal is dead.', {weaselSources: {add: ['bloggers']}})).toEqual(['weasel:Bloggers'])
  })

  it('throws a TypeError naming the option', () => {
    expect(() => detectHedges('x', {hedgeCues: 'about' as never})).toThrow(/options\.hedgeCues/)
    expect(() => detectHedges('x', {hedgeCues: {add: {modal: [1]}} as never})).toThrow(/options\.hedgeCues\.add\.modal/)
    expect(() => detectHedges('x', {hedgeCues: {add: {hunch: ['x']}} as never})).toThrow(/options\.hedgeCues\.add\.hunch/)
    expect(() => detectHedges('x', {hedgeCues: {remove: 'about'} as never})).toThrow(TypeError)
    expect(() => detectHedges('x', {weaselSources: 3 as never})).toThrow(/options\.weaselSources/)
  })

  it('exports the built-in lexicon', () => {
    expect(hedgeCues.epistemic).toContain('it is not clear whether')
  })
})
