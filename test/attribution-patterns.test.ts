// Attribution on text nobody tuned on: the kinds of error seen on unseen
// news (each in a sentence of our own), every named attribution pattern
// firing and holding back, and the tag repairs the grammar relies on.
import {describe, expect, it} from 'vitest'
import {markedPatterns} from '../src/attribution/direct.js'
import {buildDoc, layoutOf} from '../src/engine/document.js'
import {parseFlat} from '../src/engine/parse.js'
import {Tag} from '../src/engine/tagger.js'
import {buildWordLayer} from '../src/engine/words.js'
import {tagRepairs} from '../src/grammar/repairs.js'
import {analyze, type Article, type Quote} from '../src/index.js'
import {resolveSettings} from '../src/options.js'

/** Analyse a story body (a headline first, so the sentences are body text). */
function story(body: string): Article {
  return analyze(`Headline\n\n${body}`)
}

function speakerOf(article: Article, quote: Quote | undefined): string | null {
  return article.speakers.find((speaker) => speaker.id === quote?.speakerId)?.name ?? null
}

/** The innermost quote whose content holds `words` (an outer quote holds its inner quote's words too). */
function quoteWith(article: Article, words: string): Quote | undefined {
  const holding = article.quotes.filter((quote) => quote.content.text.includes(words))
  return holding.sort((a, b) => a.content.text.length - b.content.text.length)[0]
}

/** The one quote whose content holds `words`: its content, speaker, cue and pattern. */
function read(article: Article, words: string) {
  const quote = quoteWith(article, words)
  return {content: quote?.content.text, speaker: speakerOf(article, quote), cue: quote?.cue?.text ?? null, pattern: quote?.attribution}
}

describe('mentions are noun phrases', () => {
  it('reads the subject after a fronted participle phrase, not the participle', () => {
    expect(read(story('Speaking to reporters, Ortiz said: “The plan is dead.”'), 'plan is dead')).toMatchObject({speaker: 'Ortiz', cue: 'said'})
  })

  it('keeps modifiers joined by `and` inside one phrase', () => {
    const article = story('“We are done,” said oil and gas worker Dana Birch.')
    expect(read(article, 'We are done')).toMatchObject({speaker: 'Dana Birch', cue: 'said', pattern: 'said-after'})
    expect(article.quotes[0]?.mention?.text).toBe('oil and gas worker Dana Birch')
  })

  it('never takes a fronted subordinate clause for the report or its speaker', () => {
    const article = story('Mayor Ana Ruiz toured the levee. After the river crested, she urged residents to stay away.')
    expect(article.quotes.map((quote) => quote.content.text)).toEqual(['to stay away'])
    expect(speakerOf(article, article.quotes[0])).toBe('Ana Ruiz')
  })

  it('keeps `including`, `but` and `although` out of a speaker', () => {
    expect(read(story('Including the mayor, officials said the bridge would reopen.'), 'bridge')).toMatchObject({speaker: 'officials', cue: 'said'})
    expect(read(story('But Ortiz said the deal was off.'), 'deal')).toMatchObject({speaker: 'Ortiz', content: 'the deal was off'})
    expect(read(story('Although the agency said the water was safe, residents boiled it.'), 'water')).toMatchObject({
      speaker: 'the agency',
      content: 'the water was safe',
    })
  })

  it('never reaches across a paragraph break', () => {
    const article = story('The pier closed on Monday\n\nCarla Reyes said the boats were gone.')
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Carla Reyes'])
  })
})

describe('names', () => {
  it('heads a partitive by the noun it counts out of: `one of the officials` is an official', () => {
    const article = story('One of the inspectors, who asked not to be named, said the hull was sound. “We found nothing,” the inspector said.')
    expect(read(article, 'hull was sound')).toMatchObject({speaker: 'One of the inspectors, who asked not to be named'})
    expect(read(article, 'found nothing')).toMatchObject({speaker: 'One of the inspectors, who asked not to be named'})
    expect(article.speakers[0]).toMatchObject({kind: 'person', anonymous: true})
  })

  it('reads an inverted partitive speaker (`…, said one of the officials`)', () => {
    const article = story('The quota will fall by a fifth, said one of the inspectors, who asked not to be named. “We found nothing,” the inspector said.')
    expect(read(article, 'quota will fall')).toMatchObject({speaker: 'one of the inspectors', cue: 'said'})
    expect(read(article, 'found nothing')).toMatchObject({speaker: 'one of the inspectors'})
  })

  it('never takes a preposition’s object for the subject of a cue, but reads a clause a subordinator opens', () => {
    const article = story(
      'Judge Ellen Marchetti said she would rule within a month. She appeared skeptical, at one point asking whether the siblings had “tried talking to each other.” Watering was banned after officials said the reservoir was low.',
    )
    expect(read(article, 'tried talking')).toMatchObject({speaker: 'Ellen Marchetti'})
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('one point')
    expect(read(article, 'reservoir was low')).toMatchObject({speaker: 'officials', cue: 'said'})
  })

  it('reads past a lawmaker’s party and home in apposition (Nina Castellanos, D-Portland, said)', () => {
    const article = story('State Sen. Ilse Varga, R-Bend, said the bill would not pass this session.')
    expect(read(article, 'bill would not pass')).toMatchObject({speaker: 'Ilse Varga', cue: 'said'})
  })

  it('reads past a plural possessive inside an apposition (who runs the musicians’ union)', () => {
    const article = story('Gil Abernathy, who runs the local musicians’ union, said the closure would cost players a regular paycheck.')
    expect(read(article, 'closure would cost')).toMatchObject({speaker: 'Gil Abernathy', cue: 'said'})
  })

  it('reads a name in apposition after a role, with where the person is from', () => {
    const article = story('Her appellate lawyer, Maren Oyelowo of the state public defender’s office, said the ruling would be appealed.')
    expect(read(article, 'ruling would be appealed')).toMatchObject({speaker: 'Maren Oyelowo', cue: 'said'})
  })

  it('reads a name after a lower-case role in an apposition, on one line when the text wraps it', () => {
    const article = analyze(
      [
        'Ledger Trial Opens in Lubbock',
        'The trial of a former hospital bookkeeper accused of stealing from the\ndistrict opened Monday, with prosecutors describing years of altered\nledgers and missing deposits.',
        "The government's first witness, former district administrator Gerald\nPike, said the ledgers were altered after every board meeting.",
        'Pike said he first noticed the gaps in 2020 and raised them with the\nboard chair, who told him to wait for the annual audit.',
      ].join('\n\n'),
    )
    expect(article.speakers.map((speaker) => [speaker.name, speaker.anonymous])).toEqual([['Gerald Pike', false]])
    expect(read(article, 'first noticed')).toMatchObject({speaker: 'Gerald Pike'})
  })
})

describe('reported clauses are found by their finite verb', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Police said the suspect fled the scene on foot.', 'the suspect fled the scene on foot', 'Police', 'said'],
    ['Witnesses said the gunman shot two people.', 'the gunman shot two people', 'Witnesses', 'said'],
    ['Ortiz said it’s late.', 'it’s late', 'Ortiz', 'said'],
    ['Ortiz said she understands.', 'she understands', 'Ortiz', 'said'],
    ['Prosecutors allege the scheme cost investors millions.', 'the scheme cost investors millions', 'Prosecutors', 'allege'],
    ['Amorim said that on a good day he sells 40 pounds of fish.', 'on a good day he sells 40 pounds of fish', 'Amorim', 'said'],
    ['Mulvey estimated that as many as 40 practices could close.', 'as many as 40 practices could close', 'Mulvey', 'estimated'],
    ['Halvorsen said in a statement it would close two depots.', 'it would close two depots', 'Halvorsen', 'said'],
  ]
  for (const [sentence, content, speaker, cue] of cases) {
    it(`finds the report in “${sentence}”, without its full stop`, () => {
      const article = story(sentence)
      expect(article.quotes).toHaveLength(1)
      expect(read(article, content.split(' ')[1] ?? content)).toMatchObject({content, speaker, cue})
    })
  }

  it('keeps a number with commas in one report', () => {
    expect(read(story('The bank lost 1,200,000 dollars last year, the ministry said.'), 'dollars')).toMatchObject({
      content: 'The bank lost 1,200,000 dollars last year',
      speaker: 'the ministry',
    })
  })

  it('makes no second quote of the anonymity formula of a source', () => {
    const article = story('“It is over,” said a resident who asked not to be named.')
    expect(article.quotes.map((quote) => quote.kind)).toEqual(['direct'])
    expect(article.speakers).toHaveLength(1)
    expect(article.speakers[0]).toMatchObject({name: 'a resident who asked not to be named', anonymous: true})
  })

  it('gives a report in a participle after a comma to the sentence’s subject, not the phrase before the comma', () => {
    const article = story('The port authority on Friday closed two berths at Kettle Quay, the busiest on the coast, saying the pilings had cracked.')
    expect(read(article, 'pilings had cracked')).toMatchObject({speaker: 'The port authority', cue: 'saying'})
  })
})

describe('entities', () => {
  it('keeps two people joined by `and` apart', () => {
    const article = story('Jane Doe and Tom Hill spoke Monday. “It is over,” she said.')
    expect(read(article, 'over')).toMatchObject({speaker: 'Jane Doe', cue: 'said'})
  })

  it('never takes a ministry, a country, an index or a holiday for a person', () => {
    const article = story(
      'The Ministry of Finance said the budget would grow. Peru said the boat was seized legally. The FTSE 100 fell on Christmas Eve, traders said.',
    )
    const kinds = Object.fromEntries(article.speakers.map((speaker) => [speaker.name, speaker.kind]))
    expect(kinds).toMatchObject({'Ministry of Finance': 'organization', Peru: 'place', traders: 'group'})
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('Christmas Eve')
  })

  it('gives a shared surname to whom the story calls by it, not to the one it calls by a given name', () => {
    const siblings = story(
      'Lena Varga runs the mill her grandfather built. Varga said the roof leaked. Her brother, Tomas Varga, keeps the books. “It always has,” Tomas said. Varga says the mill will stay open.',
    )
    expect(read(siblings, 'mill will stay open')).toMatchObject({speaker: 'Lena Varga'})
    const family = story(
      'Tobi Okoro headed the winner in the 89th minute. For Okoro, 22, the goal capped a remarkable year. His mother, Grace Okoro, watched from the stand. “I was playing in front of 400 people a year ago,” Okoro said.',
    )
    expect(read(family, 'in front of 400 people')).toMatchObject({speaker: 'Tobi Okoro'})
  })

  it('resolves a family tie to the relative of that surname named before (his wife, Okafor’s son)', () => {
    const article = story(
      'Nadia Okafor said the bakery had never closed. Samuel Okafor said the flour still came from Kano. Their father, Emeka Okafor, opened it in 1988 and retired last year. His daughter said the ovens would stay. Emeka Okafor’s son said the rent had doubled.',
    )
    expect(read(article, 'ovens')).toMatchObject({speaker: 'Nadia Okafor'})
    expect(read(article, 'rent')).toMatchObject({speaker: 'Samuel Okafor'})
  })

  it('keeps a family tie a speaker of its own when no relative was named', () => {
    const article = story('Lionel Brandt, 58, lost his shop in the fire. His wife said the family would rebuild.')
    expect(read(article, 'rebuild')).toMatchObject({speaker: 'His wife'})
  })

  it('gives a headline quote by a role to the person the story names in that role', () => {
    const named = analyze('Ferry grounding: captain says ‘we lost the rudder’\n\nThe ferry ran aground overnight.\n\nThe ferry’s captain, Ewan Tregear, said the crew got off in time.')
    expect(read(named, 'lost the rudder')).toMatchObject({speaker: 'Ewan Tregear'})
    const other = analyze('Ferry grounding: captain says ‘we lost the rudder’\n\nThe ferry ran aground overnight.\n\nThe harbourmaster, Ewan Tregear, said the crew got off in time.')
    expect(read(other, 'lost the rudder')).toMatchObject({speaker: 'captain'})
  })

  it('names in the second paragraph the role the lede gave a source by (delayed identification)', () => {
    const lede = 'The Copper Kettle, a diner on Mill Street since 1971, will close in March, its owner said Friday.'
    const article = story(`${lede}\n\nHelen Marsh, 64, bought the diner from her parents in 1994.\n\nThe owner said she would keep the sign.`)
    expect(read(article, 'close in March')).toMatchObject({speaker: 'Helen Marsh'})
    expect(read(article, 'keep the sign')).toMatchObject({speaker: 'Helen Marsh'})
  })

  it('keeps the lede’s role apart from a name with a role of its own, or from an indefinite source', () => {
    const lede = 'The Copper Kettle, a diner on Mill Street since 1971, will close in March, its owner said Friday.'
    const other = story(`${lede}\n\nHelen Marsh, a waitress there for 20 years, said she would miss the regulars.`)
    expect(read(other, 'close in March').speaker).not.toBe('Helen Marsh')
    const indefinite = story('The diner will close in March, a waitress said Friday.\n\nHelen Marsh, 64, bought the diner in 1994.')
    expect(read(indefinite, 'close in March').speaker).toBe('a waitress')
  })

  it('keeps `the company` for the company, not its spokesperson, and a body for the first word of its name', () => {
    const article = story(
      [
        'Brannock Mills will shut its Tilden plant, the company said.',
        'A company spokeswoman, Odile Farrow, said talks were going on. Asked whether staff could move to Leeds, she said: “Some roles will be offered there.”',
        'Brannock, which is based in Leeds, said its profit fell by a third last year.',
        'The company said staff would be paid until March.',
      ].join('\n\n'),
    )
    expect(read(article, 'paid until March')).toMatchObject({speaker: 'Brannock Mills'})
    expect(read(article, 'profit fell')).toMatchObject({speaker: 'Brannock Mills'})
  })

  it('keeps two bodies with one head apart by their modifiers (the geophysical and the civil defense institute)', () => {
    const article = story(
      'The quake struck at dawn, according to the national geophysical institute. Eleven people died, the civil defense institute said. The geophysical institute said aftershocks were likely.',
    )
    expect(read(article, 'Eleven people')).toMatchObject({speaker: 'the civil defense institute'})
    expect(read(article, 'aftershocks')).toMatchObject({speaker: 'the national geophysical institute'})
  })

  it('speaks for a body when a source role is a body too (police, a regulator)', () => {
    const article = story('Drummond police said the van had been stolen. The state regulator said it would review the fares. Two nurses said the ward was full.')
    const kinds = Object.fromEntries(article.speakers.map((speaker) => [speaker.name, speaker.kind]))
    expect(kinds).toMatchObject({'Drummond police': 'organization', 'The state regulator': 'organization', 'Two nurses': 'group'})
  })

  it('links a title and a role to the named person', () => {
    const mp = story('“We will win,” said Greenfield MP Ana Ruiz. The MP later said the vote was close.')
    expect(mp.speakers.map((speaker) => speaker.name)).toEqual(['Ana Ruiz'])
    const founder = story('Ana Ruiz founded the firm in 2009. “We grew slowly,” the firm’s founder said.')
    expect(read(founder, 'slowly')).toMatchObject({speaker: 'Ana Ruiz'})
  })

  it('flags a person given by a title or a gendered noun and no name as an unnamed source', () => {
    const article = story('The director said the show was over. A Tarbert woman said the ferry was late. Harriet Vance said the pier was safe.')
    const flags = Object.fromEntries(article.speakers.map((speaker) => [speaker.name, speaker.anonymous]))
    expect(flags).toEqual({'The director': true, 'A Tarbert woman': true, 'Harriet Vance': false})
  })

  it('resolves a pronoun to an unnamed source whose own words gave a gender', () => {
    const article = story(
      'Harbourmaster Ian Colville said the quay would reopen. A surveyor who asked not to be named because his employer had not cleared him to speak said repairs could take a year. ‘The piles are older than anyone thought,’ he said.',
    )
    expect(read(article, 'piles are older')).toMatchObject({speaker: 'A surveyor who asked not to be named because his employer had not cleared him to speak'})
  })

  it('resolves a pronoun to the subject before it, not to the most recent name', () => {
    const article = story('Maria Ortiz, the union’s president, met the mayor on Monday. She told reporters the talks had failed.')
    expect(read(article, 'talks had failed')).toMatchObject({speaker: 'Maria Ortiz', cue: 'told'})
  })
})

describe('discourse', () => {
  it('gives a quote reported inside another’s account to its own speaker', () => {
    const article = story('“My aunt phoned and said, ‘Come home now,’” Ruiz recalled.')
    expect(read(article, 'Come home now')).toMatchObject({speaker: 'My aunt', cue: 'said'})
    expect(read(article, 'My aunt phoned')).toMatchObject({speaker: 'Ruiz', cue: 'recalled'})
  })

  it('gives a partial quote after a participle to the subject of the sentence', () => {
    const article = story('Senator Ana Ruiz drew criticism by publicly urging the government to “get those forces under control.”')
    expect(read(article, 'forces under control')).toMatchObject({speaker: 'Ana Ruiz', cue: 'urging', pattern: 'participle'})
  })

  it('gives a quote after a new person is introduced to that person', () => {
    const article = story('“We lost,” said Ana Ruiz.\n\nJane Doe, 54, has lived on the street for 20 years. “It has never been this bad.”')
    expect(read(article, 'never been this bad')).toMatchObject({speaker: 'Jane Doe', pattern: 'introduced-speaker'})
  })

  it('never gives a pronoun inside a quote to that quote’s own speaker', () => {
    const article = story(
      'Irene Sobczak ran the diner before her. “When I told her, she didn’t say congratulations. She said, ‘Who will be here at four?’” Dorothy Haverkamp said.',
    )
    expect(read(article, 'Who will be here')).toMatchObject({speaker: 'Irene Sobczak'})
  })

  it('reads the passive of a relay (was quoted as saying) before and after a quote, and in reported speech', () => {
    const article = story(
      'Kouassi Yao said the crop looked healthy. “The rains are good for the flowers,” he was quoted as saying. Aya Mensah, a grower near Soubre, was quoted as saying: “We need two more weeks.” Mensah has been quoted as saying the harvest would start late.',
    )
    expect(read(article, 'rains are good')).toMatchObject({speaker: 'Kouassi Yao', cue: 'was quoted as saying', pattern: 'said-after'})
    expect(read(article, 'two more weeks')).toMatchObject({speaker: 'Aya Mensah', cue: 'was quoted as saying', pattern: 'said-before'})
    expect(read(article, 'harvest would start')).toMatchObject({speaker: 'Aya Mensah', cue: 'has been quoted as saying', pattern: 'quoted-as-saying'})
  })

  it('reads a pronoun as the whole subject of a cue in an object relative clause (which she called “…”)', () => {
    const article = story('Anjali Desrosiers said the money would go toward Spanish-language support, which she called “the number one request we get.”')
    expect(read(article, 'number one request')).toMatchObject({speaker: 'Anjali Desrosiers', cue: 'called'})
  })

  it('gives every partial quote inside a report the report’s speaker and cue', () => {
    const article = story('Ines Ferreira said afterward that the office would handle requests “in the normal way” and was “not hiding anything.”')
    expect(read(article, 'in the normal way')).toMatchObject({speaker: 'Ines Ferreira', cue: 'said'})
    expect(read(article, 'not hiding anything')).toMatchObject({speaker: 'Ines Ferreira', cue: 'said'})
  })

  it('reads the source of a phrase cue after it, never the phrase before it (…, according to Lennie, ‘…’)', () => {
    const article = story('The fish market’s roof had gone. So had the ice plant, the chandlery’s stock and, according to Fiona Lennie, ‘a hundred years of harbour records’.')
    expect(read(article, 'hundred years')).toMatchObject({speaker: 'Fiona Lennie', cue: 'according to'})
  })

  it('gives a partial quote in a reported clause to its reporter past the clause subject’s determiner', () => {
    const article = story('Priya Venkataraman mixed the record. She says the two of them argued “about every single snare hit.”')
    expect(read(article, 'snare hit')).toMatchObject({speaker: 'Priya Venkataraman', cue: 'says'})
  })

  it('gives a partial quote inside a reported clause to its reporter, past an addressee', () => {
    const article = story(
      'A lawyer for the crane driver, Lars Hegg, told trade weekly Port Review that his client denied any wrongdoing and would “cooperate with every inquiry”.',
    )
    expect(read(article, 'cooperate with every inquiry')).toMatchObject({speaker: 'Lars Hegg', cue: 'told'})
  })

  it('gives a quote after `… and said` to whoever did the first verb, since whoever says is a source', () => {
    const article = story('A Carrow dairyman stood up at the back of the hall and said, “Nobody asked us.”')
    expect(read(article, 'Nobody asked us')).toMatchObject({speaker: 'A Carrow dairyman', cue: 'said'})
  })

  it('gives a pronoun inside a quote to the person that quote itself named', () => {
    const article = story(
      'Wendell Ashby coached the team for a decade. “I called Maureen that night. She picked up and said, ‘Come home, we will sort it out,’” Tomas Reyes said.',
    )
    expect(read(article, 'Come home')).toMatchObject({speaker: 'Maureen'})
  })

  it('looks past a quoted name whose gender does not fit the pronoun', () => {
    const article = story(
      'Harriet Vance ran the shelter until 2019. “I rang Gordon first. She answered the phone herself and said, ‘Bring the dogs,’” Tomas Reyes said.',
    )
    expect(read(article, 'Bring the dogs')).toMatchObject({speaker: 'Harriet Vance'})
  })

  it('counts a quoted speaker’s hedge as theirs when it is their quote’s cue', () => {
    const article = story('Reuters quoted some analysts who believe the rally will fade.')
    const quote = quoteWith(article, 'rally will fade')
    expect(read(article, 'rally will fade')).toMatchObject({speaker: 'some analysts', cue: 'believe'})
    expect(article.hedges.map((claim) => claim.hedgedBy)).toEqual([{quoteId: quote?.id}])
  })
})

describe('attribution patterns', () => {
  // Each marked-quote pattern: a sentence it attributes, and one it must leave to another pattern or none.
  const fires: Record<string, {sentence: string; words: string; speaker: string}> = {
    'said-after': {sentence: '“We will not back down,” Ortiz said.', words: 'back down', speaker: 'Ortiz'},
    'dash-line': {sentence: '“Every bridge here is older than I am.”\n— Dr. Aisha Bello, county engineer', words: 'Every bridge', speaker: 'Aisha Bello'},
    'quoted-as-saying': {sentence: 'The Herald quoted two officials as saying the talks were “dead in the water.”', words: 'dead in the water', speaker: 'two officials'},
    'said-before': {sentence: 'Councilwoman Teresa Vang told reporters: “We have not seen the soil tests.”', words: 'soil tests', speaker: 'Teresa Vang'},
    participle: {sentence: 'Ortiz drew criticism by urging the board to “get those costs under control.”', words: 'costs under control', speaker: 'Ortiz'},
    'colon-intro': {sentence: 'Ortiz called the offer “an insult to drivers,” adding: “We will not sign it.”', words: 'not sign it', speaker: 'Ortiz'},
  }
  const holdsBack: Record<string, {sentence: string; words: string}> = {
    // An attribution after a quote that closes on a colon introduces the next quote.
    'said-after': {sentence: '“Did anyone warn you?” Ms Crane asked. “Not in words,” Mr Otway replied: “but nobody said yes.”', words: 'Not in words'},
    'dash-line': {sentence: '“Every bridge here is older than I am,” she said.\n\nThe county engineer — Dr. Aisha Bello — disagreed.', words: 'Every bridge'},
    'quoted-as-saying': {sentence: 'The Herald quoted the report in full: “The talks are dead.”', words: 'talks are dead'},
    'said-before': {sentence: 'The said “vendor” was late.', words: 'vendor'},
    participle: {sentence: 'Rising water, flooding the road, was “a disaster,” the mayor said.', words: 'a disaster'},
    'colon-intro': {sentence: 'The agenda was simple:\n\n“Item one: the budget.”', words: 'Item one'},
  }

  it('names every pattern it runs', () => {
    expect(markedPatterns.map((pattern) => pattern.id).sort()).toEqual(Object.keys(fires).sort())
    for (const pattern of markedPatterns) expect(pattern.example.length).toBeGreaterThan(10)
  })

  for (const [id, {sentence, words, speaker}] of Object.entries(fires)) {
    it(`${id} fires on its example`, () => {
      expect(read(story(sentence), words)).toMatchObject({speaker, pattern: id})
    })
  }

  for (const [id, {sentence, words}] of Object.entries(holdsBack)) {
    it(`${id} holds back where it does not apply`, () => {
      expect(read(story(sentence), words).pattern).not.toBe(id)
    })
  }

  it('relative-said: a report in a relative clause on the subject, or in one that lacks its subject', () => {
    const article = story(
      'Elena Sobral, who said she had waited six hours, told the inquiry the ward was full. Tomas Varga held up a photograph of a house that he said belonged to the minister’s family.',
    )
    expect(read(article, 'waited six hours')).toMatchObject({speaker: 'Elena Sobral', cue: 'said', pattern: 'relative-said'})
    expect(read(article, 'ward was full')).toMatchObject({speaker: 'Elena Sobral', cue: 'told'})
    expect(read(article, 'belonged to')).toMatchObject({content: 'belonged to the minister’s family', speaker: 'Tomas Varga', pattern: 'relative-said'})
  })

  it('relative-said holds back on an object’s relative clause and on why a source goes unnamed', () => {
    const article = story(
      'The parade ended with a tractor driven by Ray Ostheimer, 79, who said he restored it himself. Two officials who said they were not authorized to speak publicly said the firm would be sold.',
    )
    expect(article.quotes.map((quote) => quote.content.text)).toEqual(['the firm would be sold'])
  })

  it('names the reported-speech patterns', () => {
    const article = story(
      'The union will strike, Ortiz said. According to the report, the depot is unsafe. Police said the suspect fled. Ortiz told the council the depot would close. “We are ready,” the company said, adding that talks would resume. Ortiz said the plan was late and added that it was costly.',
    )
    expect(article.quotes.filter((quote) => quote.kind === 'indirect').map((quote) => quote.attribution)).toEqual([
      'clause-said',
      'according-to',
      'said-that',
      'told-addressee',
      'adding',
      'said-that',
      'coordinated-report',
    ])
  })
})

describe('tag repairs', () => {
  function tagsOf(body: string): Map<string, number> {
    const text = `Headline\n\n${body}`
    const settings = resolveSettings(undefined)
    const layout = layoutOf(text, settings)
    const layer = buildWordLayer(buildDoc(text, parseFlat(text, layout.blocks), settings, layout))
    return new Map(layer.words.map((word, index) => [word.value, layer.tags[index] as number]))
  }

  it('runs its repairs in a documented order, each with an example', () => {
    expect(tagRepairs.map((repair) => repair.id)).toEqual(['opener-common-noun', 'opener-name-by-use', 'noun-after-preposition', 'verb-after-subject', 'noun-after-possessive'])
    for (const repair of tagRepairs) expect(repair.example).toMatch(/→/)
  })

  it('opener-common-noun: a capitalised opener that is a common word', () => {
    expect(tagsOf('Officials said the road would reopen.').get('Officials')).toBe(Tag.noun)
    expect(tagsOf('Zorvath said the road would reopen.').get('Zorvath')).toBe(Tag.propn)
  })

  it('opener-name-by-use: an opener the document capitalises inside a sentence', () => {
    expect(tagsOf('Historian Lena Wade spoke first. Wade, who has studied the records, said they were lost.').get('Wade')).toBe(Tag.propn)
  })

  it('noun-after-preposition: a verb form between a preposition and a noun', () => {
    expect(tagsOf('The contest drew 84 entries, according to head judge Loretta Vukovich.').get('head')).toBe(Tag.noun)
  })

  it('noun-after-possessive: a verb form right after a noun in the possessive', () => {
    expect(tagsOf('A person familiar with the department’s plans, who spoke on condition of anonymity, said the chief would go.').get('plans')).toBe(Tag.noun)
    expect(tagsOf('The firm’s raised its prices twice this year, Ortiz said.').get('raised')).toBe(Tag.verb)
  })

  it('verb-after-subject: a finite form after a noun phrase, in a clause with no other verb', () => {
    expect(tagsOf('Witnesses said the gunman shot two people.').get('shot')).toBe(Tag.verb)
    expect(tagsOf('Officials said the price cut would help.').get('cut')).not.toBe(Tag.verb)
    expect(tagsOf('Analysts at Brennock Research estimate that sales have fallen.').get('estimate')).toBe(Tag.verb)
    expect(tagsOf('The estimate that sales have fallen was wrong.').get('estimate')).not.toBe(Tag.verb)
  })
})
