import {describe, expect, it} from 'vitest'
import {analyze, type Article, type Quote} from '../src/index.js'

/** The speaker name of a quote. */
function speakerOf(article: Article, quote: Quote | undefined): string | null {
  return article.speakers.find((speaker) => speaker.id === quote?.speakerId)?.name ?? null
}

function quoteWith(article: Article, words: string): Quote | undefined {
  return article.quotes.find((quote) => quote.content.text.includes(words))
}

function expectConsistent(input: string, article: Article) {
  for (const quote of article.quotes) {
    for (const part of [quote, quote.content, quote.mention, quote.cue]) {
      if (part) expect(input.slice(part.start, part.end)).toBe(part.text)
    }
  }
  for (const speaker of article.speakers) {
    for (const mention of speaker.mentions) expect(input.slice(mention.start, mention.end)).toBe(mention.text)
  }
}

describe('marked quotes', () => {
  it('attributes a quote to the name after it and resolves the surname to the full name', () => {
    const input =
      'Maria Ortiz, who leads the dockworkers’ union, met port managers on Monday.\n\n“We will not accept a pay freeze,” Ortiz said after the meeting.'
    const article = analyze(input)
    const quote = quoteWith(article, 'pay freeze')
    expect(quote?.mention?.text).toBe('Ortiz')
    expect(quote?.cue?.text).toBe('said')
    expect(speakerOf(article, quote)).toBe('Maria Ortiz')
    expectConsistent(input, article)
  })

  it('keeps an apposition in the mention but not in the name', () => {
    const input = '“The offer is an insult,” said Maria Ortiz, the union’s president.'
    const article = analyze(input)
    const quote = quoteWith(article, 'insult')
    expect(quote?.mention?.text).toBe('Maria Ortiz, the union’s president')
    expect(speakerOf(article, quote)).toBe('Maria Ortiz')
    expect(article.speakers[0]?.kind).toBe('person')
  })

  it('reads an attribution before the quote and makes no indirect quote of it', () => {
    const input = 'Councilwoman Teresa Vang told reporters: “We have not seen the soil tests.”'
    const article = analyze(input)
    expect(article.quotes.map((quote) => quote.kind)).toEqual(['direct'])
    expect(article.quotes[0]?.cue?.text).toBe('told')
    expect(speakerOf(article, article.quotes[0])).toBe('Teresa Vang')
  })

  it('reads a dash attribution after a quote', () => {
    const input = '“Every bridge in the county is older than I am.”\n— Dr. Aisha Bello, county engineer'
    const article = analyze(input)
    expect(speakerOf(article, article.quotes[0])).toBe('Aisha Bello')
  })

  it('takes the speaker from the sentence before when it ends in a colon', () => {
    const input =
      'Secretary of State Mike Pompeo visited the base in May. The embassy declined to comment on his talks. He had said after the trip: “We expect every partner to keep its word.”'
    const article = analyze(input)
    const quote = quoteWith(article, 'keep its word')
    expect(quote?.mention?.text).toBe('He')
    expect(speakerOf(article, quote)).toBe('Mike Pompeo')
  })

  it('attributes a partial quote in the reporter’s sentence', () => {
    const input = 'Mayor Lina Park called the proposal “a gift to developers.”'
    const article = analyze(input)
    const quote = quoteWith(article, 'gift to developers')
    expect(quote?.kind).toBe('partial')
    expect(quote?.cue?.text).toBe('called')
    expect(speakerOf(article, quote)).toBe('Lina Park')
    // `called` takes an object, not a reported clause: no indirect quote.
    expect(article.quotes.filter((q) => q.kind === 'indirect')).toEqual([])
  })

  it('continues the speaker of the quote before when a quote has no attribution', () => {
    const input =
      '“The river rose faster than anyone expected,” said Fire Chief Owen Marsh.\n\n“We moved everyone out by midnight.”'
    const article = analyze(input)
    const second = quoteWith(article, 'midnight')
    expect(second?.mention).toBeNull()
    expect(speakerOf(article, second)).toBe('Owen Marsh')
    expect(article.speakers).toHaveLength(1)
    expect(article.speakers[0]?.quoteIds).toEqual(['q1', 'q2'])
  })

  it('attributes a quote nested in a quote to its own speaker, and the next quote to the outer one', () => {
    const input =
      '“A nurse said to me last week, ‘We are running out of beds,’” said Dr. Ruth Amani. “That should worry everyone.”'
    const article = analyze(input)
    const inner = article.quotes.find((quote) => quote.content.text.startsWith('We are running'))
    expect(speakerOf(article, inner)).toBe('A nurse')
    expect(speakerOf(article, quoteWith(article, 'worry everyone'))).toBe('Ruth Amani')
  })
})

describe('resolution', () => {
  it('resolves pronouns by gender and keeps two people with one surname apart', () => {
    const input = [
      'Dr. Claire Hadley runs the clinic. Her husband, Sen. Thomas Hadley, chairs the budget committee.',
      '“I never asked for any favors,” Sen. Hadley said.',
      'Dr. Hadley said the grants had paid for two nurses. “Every dollar is accounted for,” she said.',
    ].join('\n\n')
    const article = analyze(input)
    expect(speakerOf(article, quoteWith(article, 'favors'))).toBe('Thomas Hadley')
    expect(speakerOf(article, quoteWith(article, 'two nurses'))).toBe('Claire Hadley')
    expect(speakerOf(article, quoteWith(article, 'accounted for'))).toBe('Claire Hadley')
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Thomas Hadley', 'Claire Hadley'])
  })

  it('resolves a title after `the` to the titled person', () => {
    const input =
      'Gov. Ruth A. Diaz ordered an audit of the grant program on Thursday.\n\nThe governor said the auditor would publish the findings within 90 days.'
    const article = analyze(input)
    expect(speakerOf(article, quoteWith(article, 'findings'))).toBe('Ruth A. Diaz')
  })

  it('resolves `it` and `the company` to the organisation', () => {
    const input =
      'Harbor Line Ferries said on Monday that it would cut two routes. The company said fares would not change.'
    const article = analyze(input)
    expect(article.speakers).toHaveLength(1)
    expect(article.speakers[0]?.name).toBe('Harbor Line Ferries')
    expect(article.speakers[0]?.kind).toBe('organization')
  })
})

describe('more mentions', () => {
  it('keeps an aside between dashes in the mention and strips titles before the name', () => {
    const input =
      'The port’s director, Anneli Voss — known to dockworkers as “the Admiral” — said the cranes would be replaced.\n\n“The joints are failing,” said Public Works Director Tomas Reyes.'
    const article = analyze(input)
    const cranes = quoteWith(article, 'cranes')
    expect(cranes?.mention?.text).toBe('The port’s director, Anneli Voss — known to dockworkers as “the Admiral”')
    expect(speakerOf(article, cranes)).toBe('Anneli Voss')
    expect(speakerOf(article, quoteWith(article, 'joints'))).toBe('Tomas Reyes')
  })

  it('does not let a passing mention outrank the speaker of its sentence', () => {
    const input =
      'Travis Lund testified for two days.\n\nA juror who declined to give her name said the panel found Lund’s account credible. “We read every invoice,” she said.'
    const article = analyze(input)
    expect(speakerOf(article, quoteWith(article, 'every invoice'))).toBe('A juror who declined to give her name')
  })

  it('splits a report that holds another speaker’s own report', () => {
    const input = 'Ruiz said most homes had been damaged, though she cautioned that the figures were preliminary.'
    const article = analyze(input)
    expect(article.quotes.map((quote) => [quote.content.text, quote.cue?.text])).toEqual([
      ['most homes had been damaged', 'said'],
      ['the figures were preliminary', 'cautioned'],
    ])
  })
})

describe('unnamed sources', () => {
  it('names an unnamed source by its whole describing phrase and flags it anonymous', () => {
    const input =
      'A senior official familiar with the talks, who spoke on condition of anonymity, said the two sides were close to a deal.'
    const article = analyze(input)
    const [speaker] = article.speakers
    expect(speaker?.anonymous).toBe(true)
    expect(speaker?.name).toBe('A senior official familiar with the talks, who spoke on condition of anonymity')
    expect(article.quotes[0]?.content.text).toBe('the two sides were close to a deal')
  })

  it('flags bare groups of officials as anonymous and names only capitalised heads', () => {
    const input = 'Fire officials said the blaze had burned 4,000 acres. Kestrel Mining said it would close the mine.'
    const article = analyze(input)
    expect(article.speakers.map((speaker) => [speaker.name, speaker.anonymous])).toEqual([
      ['Fire officials', true],
      ['Kestrel Mining', false],
    ])
  })

  it('gives a relayed quote to the sources, not to the outlet that relays it', () => {
    const input = 'Reuters quoted two port sources who said the terminal would reopen on Friday.'
    const article = analyze(input)
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['two port sources'])
    expect(article.speakers[0]?.anonymous).toBe(true)
  })
})

describe('indirect quotes', () => {
  it('takes the reported clause after the cue and an optional `that`', () => {
    const input = 'Ortiz said the union would strike on Monday. The ministry warned that talks could collapse.'
    const article = analyze(input)
    expect(article.quotes.map((quote) => [quote.kind, quote.content.text, quote.cue?.text])).toEqual([
      ['indirect', 'the union would strike on Monday', 'said'],
      ['indirect', 'talks could collapse', 'warned'],
    ])
  })

  it('skips the addressee of `told` and a time before `that`', () => {
    const input = 'Harold Beaumont told the council on Tuesday that the depot would bring noise to the street.'
    const article = analyze(input)
    expect(article.quotes[0]?.content.text).toBe('the depot would bring noise to the street')
    expect(article.quotes[0]?.mention?.text).toBe('Harold Beaumont')
  })

  it('reads `according to` before and after the clause', () => {
    const input =
      'The depot will house 90 electric buses, according to the transit authority.\n\nAccording to the audit, the port overpaid its contractor by $2 million.'
    const article = analyze(input)
    expect(article.quotes.map((quote) => [quote.content.text, quote.mention?.text])).toEqual([
      ['The depot will house 90 electric buses', 'the transit authority'],
      ['the port overpaid its contractor by $2 million', 'the audit'],
    ])
  })

  it('reads an attribution at the end of the sentence', () => {
    const input = 'If the bids come in over budget, the council would have to vote again, Vang said.'
    const article = analyze(input)
    expect(article.quotes[0]?.content.text).toBe(
      'If the bids come in over budget, the council would have to vote again',
    )
    expect(article.quotes[0]?.mention?.text).toBe('Vang')
  })

  it('reads the clause of a statement opened by a setting', () => {
    const input = 'In a statement, the ministry said the border would stay closed.'
    const article = analyze(input)
    expect(article.quotes[0]?.content.text).toBe('the border would stay closed')
    expect(article.quotes[0]?.mention?.text).toBe('the ministry')
  })

  it('yields both the indirect quote and the partial quote inside it', () => {
    const input = 'Whitcombe told analysts the timing was “a coincidence, if an awkward one.”'
    const article = analyze(input)
    expect(article.quotes.map((quote) => quote.kind)).toEqual(['indirect', 'partial'])
    expect(article.quotes.map((quote) => quote.id)).toEqual(['q1', 'q2'])
    expect(article.quotes[1]?.speakerId).toBe(article.quotes[0]?.speakerId)
  })

  it('splits a report continued by `adding` or `and`', () => {
    const input =
      'The company said profits would fall, adding that it would cut spending. He said he was not against buses and suggested the council look at another site.'
    const article = analyze(input)
    expect(article.quotes.map((quote) => [quote.content.text, quote.cue?.text])).toEqual([
      ['profits would fall', 'said'],
      ['it would cut spending', 'adding'],
      ['he was not against buses', 'said'],
      ['the council look at another site', 'suggested'],
    ])
  })

  it('makes no indirect quote from cue words that report nothing here', () => {
    const input = [
      'All told, 40 homes were lost.',
      'The said property was sold in 2019.',
      'Crews were told to leave the area.',
      'Police found a truck near the bridge.',
      '“They said the water would never reach us,” Ana Ruiz said.',
    ].join(' ')
    const article = analyze(input)
    expect(article.quotes.filter((quote) => quote.kind === 'indirect')).toEqual([])
  })
})

describe('options and odd input', () => {
  it('takes a newsroom’s own source roles and cue verbs', () => {
    const input = 'A harbor pilot groused that the channel was too shallow.'
    expect(analyze(input).quotes).toEqual([])
    const article = analyze(input, {cueVerbs: {add: ['grouse']}, sourceRoles: {add: ['pilot']}})
    expect(article.quotes[0]?.content.text).toBe('the channel was too shallow')
    expect(article.speakers[0]?.anonymous).toBe(true)
  })

  it('rejects a source-role option of the wrong type', () => {
    expect(() => analyze('Text.', {sourceRoles: 'pilot' as unknown as string[]})).toThrow(TypeError)
  })

  it('never throws on odd input and keeps every span consistent', () => {
    for (const input of ['', '   ', '“', 'said said said', '\u0000\uffff“said”, he said', 'He said: “', ', according to']) {
      const article = analyze(input)
      expectConsistent(input, article)
    }
  })
})

describe('lexicon look-ups and per-document caches', () => {
  it('reads a word that is also an Object property name as a plain word', () => {
    const input = 'The constructor said the scaffolding would come down on Friday.'
    const article = analyze(input)
    const quote = quoteWith(article, 'scaffolding')
    expect(quote?.kind).toBe('indirect')
    expect(speakerOf(article, quote)).toBe('The constructor')
    expectConsistent(input, article)
  })

  it('gives the same result when one input is analysed twice', () => {
    const input =
      'Gov. Ruth Calloway said the bridge would reopen in May. “We owe drivers an answer,” Calloway said, adding that crews were working nights.\n\nAccording to the transport department, the repairs will cost $4 million.'
    expect(analyze(input)).toEqual(analyze(input))
  })

  it('finds a multi-word cue and a one-word cue sharing their first word across sentences', () => {
    const input = '“The rail is cracked,” the inspector pointed out. The engineer pointed to the gauge.'
    const article = analyze(input)
    expect(quoteWith(article, 'rail is cracked')?.cue?.text).toBe('pointed out')
    expect(article.quotes).toHaveLength(1)
  })
})

describe('general attribution rules on unseen text', () => {
  const indirect = (article: Article) => article.quotes.filter((quote) => quote.kind === 'indirect')

  it('starts a reported clause after the dateline', () => {
    const input = 'MERIDIAN, Miss. (AP) — The county will reopen the bridge in June, engineers said.'
    const article = analyze(input)
    expect(indirect(article).map((quote) => quote.content.text)).toEqual(['The county will reopen the bridge in June'])
    expectConsistent(input, article)
  })

  it('starts an `according to` report at the end of a sentence after the dateline', () => {
    const input = 'MERIDIAN, Miss. (AP) — The mill will shut in the fall, according to three employees with knowledge of the decision.'
    const article = analyze(input)
    const [quote] = indirect(article)
    expect(quote?.content.text).toBe('The mill will shut in the fall')
    expect(quote?.cue?.text).toBe('according to')
    expect(speakerOf(article, quote)).toBe('three employees with knowledge of the decision')
  })

  it('keeps a participle and its preposition inside the speaker’s phrase', () => {
    const input = 'Three aides briefed on the negotiations said the merger had collapsed.'
    const article = analyze(input)
    const quote = quoteWith(article, 'merger had collapsed')
    expect(quote?.mention?.text).toBe('Three aides briefed on the negotiations')
    expect(speakerOf(article, quote)).toBe('Three aides briefed on the negotiations')
    expect(article.speakers[0]?.anonymous).toBe(true)
  })

  it('takes the main verb, not the verb of a relative clause on the subject, as the cue', () => {
    const input = 'Two nurses who asked not to be identified because they feared retaliation said the ward was understaffed.'
    const article = analyze(input)
    expect(indirect(article)).toHaveLength(1)
    const [quote] = indirect(article)
    expect(quote?.cue?.text).toBe('said')
    expect(quote?.content.text).toBe('the ward was understaffed')
    expect(speakerOf(article, quote)).toBe('Two nurses who asked not to be identified because they feared retaliation')
  })

  it('keeps the adverb ending a relative clause in an unnamed source’s phrase, and resolves its short form', () => {
    const input =
      'A city hall employee who was not authorized to discuss the audit publicly said the ledgers were missing.\n\nThe employee said the gap dated to 2019.'
    const article = analyze(input)
    expect(article.speakers.map((speaker) => speaker.name)).toEqual([
      'A city hall employee who was not authorized to discuss the audit publicly',
    ])
    expect(speakerOf(article, quoteWith(article, 'gap dated'))).toBe(article.speakers[0]?.name)
  })

  it('resolves `the official` to an earlier unnamed official described with `familiar with`', () => {
    const input =
      'A senior official familiar with the inquiry said the report would be delayed.\n\nThe official said the delay was routine.'
    const article = analyze(input)
    expect(article.speakers).toHaveLength(1)
    expect(speakerOf(article, quoteWith(article, 'delay was routine'))).toBe('A senior official familiar with the inquiry')
  })

  it('resolves a pronoun to the subject of the clause it is coordinated with', () => {
    const input = 'Transit workers walked off the job on Monday, and they said the strike would last a week.'
    const article = analyze(input)
    const quote = quoteWith(article, 'strike would last')
    expect(quote?.mention?.text).toBe('they')
    expect(speakerOf(article, quote)).toBe('Transit workers')
  })

  it('reads a verb with a particle (`pointed out that`) as a reporting cue', () => {
    const input = 'The treasurer pointed out that the reserve fund was nearly empty.'
    const article = analyze(input)
    const [quote] = indirect(article)
    expect(quote?.content.text).toBe('the reserve fund was nearly empty')
    expect(quote?.cue?.text).toBe('pointed out')
    expect(speakerOf(article, quote)).toBe('The treasurer')
  })

  it('names a group by its fullest mention when a bare plural refers back to it', () => {
    const input = 'Harbor officials said the pier would close. Officials said repairs would take a year.'
    const article = analyze(input)
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Harbor officials'])
    expect(speakerOf(article, quoteWith(article, 'take a year'))).toBe('Harbor officials')
  })

  it('attributes what an outlet quotes a source as saying to the source, once', () => {
    const input = 'The Gazette quoted two aides as saying the senator was “done with the race.”'
    const article = analyze(input)
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['two aides'])
    const report = indirect(article)[0]
    expect(report?.content.text).toContain('the senator was')
    expect(report?.cue?.text).toBe('quoted')
    for (const quote of article.quotes) expect(speakerOf(article, quote)).toBe('two aides')
  })

  it('makes no indirect quote of words in marks after a parenthetical attribution', () => {
    const input = 'Outside review, the auditor said, “would slow every payment.”'
    const article = analyze(input)
    expect(article.quotes.map((quote) => quote.kind)).toEqual(['partial'])
  })
})

describe('attribution fixes: groups, colons, addressees, continuations', () => {
  const reports = (article: Article) => article.quotes.filter((quote) => quote.kind === 'indirect')

  it('reads a bare plural group as an anonymous source, also capitalised at the start of a sentence', () => {
    const input =
      'The old mill has stood by the river since 1880, and the weavers who still work there know every loom.\n\nWeavers said the owners had not paid them since March. At a hearing on Friday, beekeepers said the spraying had killed their hives.'
    const article = analyze(input)
    const weavers = article.speakers.find((speaker) => speaker.name === 'Weavers')
    const beekeepers = article.speakers.find((speaker) => speaker.name === 'beekeepers')
    expect(weavers?.anonymous).toBe(true)
    expect(weavers?.kind).toBe('group')
    expect(beekeepers?.anonymous).toBe(true)
    expect(speakerOf(article, quoteWith(article, 'killed their hives'))).toBe('beekeepers')
    expectConsistent(input, article)
  })

  it('keeps a capitalised opener that the text never writes in lower case a name', () => {
    const input = 'Hopkins said the bridge would reopen in June.'
    const article = analyze(input)
    expect(article.speakers[0]?.anonymous).toBe(false)
  })

  it('reads a report introduced by a colon, after the verb or a short setting', () => {
    const input = 'The water board said in a statement: the reservoir will stay shut until the spring. Dana Kell said: the pumps are safe.'
    const article = analyze(input)
    expect(reports(article).map((quote) => quote.content.text)).toEqual(['the reservoir will stay shut until the spring', 'the pumps are safe'])
    expect(speakerOf(article, quoteWith(article, 'pumps are safe'))).toBe('Dana Kell')
    expectConsistent(input, article)
  })

  it('ends the addressee of `told` before a subject pronoun', () => {
    const input = 'Mira Holt told reporters she would not run again.'
    const article = analyze(input)
    const [quote] = reports(article)
    expect(quote?.content.text).toBe('she would not run again')
    expect(speakerOf(article, quote)).toBe('Mira Holt')
  })

  it('passes over a setting between commas to find the subject of the cue', () => {
    const input = 'Mira Holt, in her final week as mayor, told the council it had been an honour.'
    const article = analyze(input)
    const [quote] = reports(article)
    expect(quote?.content.text).toBe('it had been an honour')
    expect(speakerOf(article, quote)).toBe('Mira Holt')
  })

  it('does not continue a quote run across another speaker', () => {
    const input =
      '“The lock gates are older than the town,” said Paul Ferrand, the canal keeper.\n\nA boatman, who asked not to be named, said the repairs were overdue.\n\n“Nobody wants to pay for them.”'
    const article = analyze(input)
    expect(speakerOf(article, quoteWith(article, 'older than the town'))).toBe('Paul Ferrand')
    expect(speakerOf(article, quoteWith(article, 'Nobody wants to pay'))).not.toBe('Paul Ferrand')
  })

  it('does not resolve a body described by its own modifiers to an earlier name', () => {
    const input =
      'Lena Barth, who runs a guesthouse by the lake, said the season had been the worst in memory.\n\nIn a statement, the regional water ministry said it was reviewing the permits.'
    const article = analyze(input)
    expect(speakerOf(article, quoteWith(article, 'reviewing the permits'))).toBe('the regional water ministry')
  })

  it('still continues a quote in the next paragraph when no one else speaks between', () => {
    const input = '“The lock gates are older than the town,” said Paul Ferrand, the canal keeper.\n\n“Nobody wants to pay for them.”'
    const article = analyze(input)
    expect(speakerOf(article, quoteWith(article, 'Nobody wants to pay'))).toBe('Paul Ferrand')
  })
})
