import {describe, expect, test} from 'vitest'
import {detectQuotes as detectAllQuotes, type AnalyzeOptions, type Quote} from '../src/index.js'

/** The quotes in marks: this file is about those; indirect quotes are tested with attribution. */
const detectQuotes = (text: string, options?: AnalyzeOptions) =>
  detectAllQuotes(text, options).filter((quote) => quote.kind !== 'indirect')

const contents = (quotes: Quote[]) => quotes.map((quote) => quote.content.text)
const kinds = (quotes: Quote[]) => quotes.map((quote) => [quote.kind, quote.content.text])

describe('quotation marks', () => {
  test('curly double marks: the quote includes its marks, the content does not', () => {
    const text = 'Port officials met on Friday.\n\n“We will not back down,” said Rhea Castillo, the dockworkers’ leader.'
    const [quote] = detectQuotes(text)
    expect(quote?.text).toBe('“We will not back down,”')
    expect(quote?.content.text).toBe('We will not back down,')
    expect(quote?.kind).toBe('direct')
    expect(quote?.paragraphs).toEqual([1])
    expect(quote?.id).toBe('q1')
  })

  test('straight double marks', () => {
    const text = '"The levee held, and that is all that matters tonight," Sheriff Dana Boyle said.'
    expect(kinds(detectQuotes(text))).toEqual([['direct', 'The levee held, and that is all that matters tonight,']])
  })

  test('British style: single marks outside, double inside, with a nested quote of its own', () => {
    const text =
      '‘A paramedic said to me on Monday, “I have never seen the corridors this full,”’ said Dr Priya Nandy. ‘That stayed with me.’'
    expect(kinds(detectQuotes(text))).toEqual([
      ['direct', 'A paramedic said to me on Monday, “I have never seen the corridors this full,”'],
      ['direct', 'I have never seen the corridors this full,'],
      ['direct', 'That stayed with me.'],
    ])
  })

  test('straight single marks as the house style', () => {
    const text = "'Nobody told the tenants anything,' said Cllr Joan Mayhew. 'They found out from the builders.'"
    expect(contents(detectQuotes(text))).toEqual([
      'Nobody told the tenants anything,',
      'They found out from the builders.',
    ])
  })

  test('German style: „ opens and “ closes', () => {
    const text = 'The chancellor told the Bundestag: „We will see this through.“ Applause followed.'
    expect(kinds(detectQuotes(text))).toEqual([['direct', 'We will see this through.']])
  })

  test('guillemets, both single and double', () => {
    const text = '«The harbour stays open,» said Mayor Lucie Arnaud. ‹Not one boat leaves,› she added.'
    expect(contents(detectQuotes(text))).toEqual(['The harbour stays open,', 'Not one boat leaves,'])
  })

  test('a quote nested as a third party’s words is a quote of its own; the outer content keeps it', () => {
    const text = '“The foreman shouted at us, ‘Get off the scaffold,’ and we ran,” said Tomasz Wrobel.'
    const quotes = detectQuotes(text)
    expect(contents(quotes)).toEqual([
      'The foreman shouted at us, ‘Get off the scaffold,’ and we ran,',
      'Get off the scaffold,',
    ])
    expect(quotes.map((quote) => quote.id)).toEqual(['q1', 'q2'])
  })

  test('marks around a title inside a quote are no quote', () => {
    const text = '“I read the council’s booklet, ‘Your New Bin Schedule’, three times,” said Gwen Aldous.'
    expect(contents(detectQuotes(text))).toEqual([
      'I read the council’s booklet, ‘Your New Bin Schedule’, three times,',
    ])
  })
})

describe('apostrophes are never quotation marks', () => {
  test('contractions, elisions, years and names', () => {
    const text = '“I’ve played rock ’n’ roll since the ’90s, and I’ll keep playing ’em till O’Neill’s closes,” said Bo Reyes.'
    expect(contents(detectQuotes(text))).toEqual([
      'I’ve played rock ’n’ roll since the ’90s, and I’ll keep playing ’em till O’Neill’s closes,',
    ])
  })

  test('a plural possessive inside single marks of the same character', () => {
    const text = '‘The nurses’ union will strike on Thursday,’ she said.'
    expect(contents(detectQuotes(text))).toEqual(['The nurses’ union will strike on Thursday,'])
  })

  test('a plural possessive with straight apostrophes and no quote at all', () => {
    expect(detectQuotes("The drivers' contract expires in May, and the '80s-era depot is closing.")).toEqual([])
  })

  test('a short single-quoted word after a word ending in s is still closed where it stands', () => {
    const text = 'Dr Marsh never used the word ‘crisis’ once.\n\n‘We have been here before,’ she said.'
    expect(contents(detectQuotes(text))).toEqual(['We have been here before,'])
  })
})

describe('multi-paragraph quotes', () => {
  test('no closing mark before the break, a mark reopening the next paragraph: one quote', () => {
    const text = [
      'The coach spoke for ten minutes. He said:',
      '“We lost because we stopped running in the second half.',
      '“That is on me, and I will fix it before Saturday.”',
      'The club plays Harwick next.',
    ].join('\n\n')
    const quotes = detectQuotes(text)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.paragraphs).toEqual([1, 2])
    expect(quotes[0]?.kind).toBe('direct')
    expect(quotes[0]?.content.text).toBe(
      'We lost because we stopped running in the second half.\n\n“That is on me, and I will fix it before Saturday.',
    )
  })

  test('a paragraph that does not reopen with a mark ends an unclosed quote without swallowing the story', () => {
    const text = [
      'Residents gathered outside the “town hall on Friday.',
      'The mayor arrived late. “We hear you,” she said.',
    ].join('\n\n')
    expect(kinds(detectQuotes(text))).toEqual([['direct', 'We hear you,']])
  })

  test('a stray opening mark between spaces does not pair with the next paragraph’s quote', () => {
    const text = 'A stray “ mark sits in this sentence.\n\n“The bridge reopens Monday,” the agency said.'
    expect(contents(detectQuotes(text))).toEqual(['The bridge reopens Monday,'])
  })
})

describe('direct and partial', () => {
  test('a quote split by its attribution is two direct quotes', () => {
    const text = '“First,” the governor said, “we restore power to the hospitals.”'
    expect(kinds(detectQuotes(text))).toEqual([
      ['direct', 'First,'],
      ['direct', 'we restore power to the hospitals.'],
    ])
  })

  test('the second half of a split quote stays direct when the attribution runs long', () => {
    const text =
      '“We tried everything,” Nell Carver, the bakery’s owner, said at the shop on Ferry Lane on Tuesday, “but the rent doubled.”'
    expect(kinds(detectQuotes(text))).toEqual([
      ['direct', 'We tried everything,'],
      ['direct', 'but the rent doubled.'],
    ])
  })

  test('after a colon, and with a dash attribution', () => {
    const text = 'The statement was brief: “The plant will close in June.”\n\n“Evacuate now.” — Fire Chief Ana Ruiz'
    expect(kinds(detectQuotes(text))).toEqual([
      ['direct', 'The plant will close in June.'],
      ['direct', 'Evacuate now.'],
    ])
  })

  test('a fragment in the reporter’s own sentence is partial', () => {
    const text = 'Castillo called the offer “an insult to every crane operator on this dock.”'
    expect(kinds(detectQuotes(text))).toEqual([['partial', 'an insult to every crane operator on this dock.']])
  })

  test('a fragment finishing the reporter’s clause after a parenthetical attribution is partial', () => {
    const text = 'A second audit, she said, “would only repeat what we already know.”'
    expect(kinds(detectQuotes(text))).toEqual([['partial', 'would only repeat what we already know.']])
  })

  test('short lower-case fragments after a cue are partial quotes', () => {
    const text = 'The mayor called it “unacceptable” on Tuesday. Reyes said he was “proud of what we built” and left.'
    expect(kinds(detectQuotes(text))).toEqual([
      ['partial', 'unacceptable'],
      ['partial', 'proud of what we built'],
    ])
  })
})

describe('marks that hold no quote', () => {
  test('scare quotes and irony', () => {
    expect(detectQuotes('The militia’s so-called “tax office” stood empty by noon.')).toEqual([])
    expect(detectQuotes('Neighbours want an informal “pocket park” on the vacant lot.')).toEqual([])
  })

  test('a scare-quoted word is no quote even when a cue comes later in the sentence', () => {
    const text = 'After the collapse of the rebels’ “republic,” the elders said the valley was calm.'
    expect(detectQuotes(text)).toEqual([])
  })

  test('titles of works, names and nicknames', () => {
    expect(detectQuotes('She won an award for the documentary “Salt and Iron” last spring.')).toEqual([])
    expect(detectQuotes('The five founders, known as “the Lamplighters,” still meet monthly.')).toEqual([])
    expect(detectQuotes('Outfielder Marcus “Quick” Delacroix signed on Monday.')).toEqual([])
    expect(detectQuotes('Staff call the old terminal “the Greenhouse,” and the name stuck.')).toEqual([])
    expect(detectQuotes('Crews have taken to calling it the “night shuttle.”')).toEqual([])
  })

  test('a title in marks that ends with a comma inside them', () => {
    const text = 'Okafor, the author of “Rivers Without Banks,” a history of the delta, said the floods were worse.'
    expect(detectQuotes(text)).toEqual([])
  })

  test('words mentioned as words', () => {
    expect(detectQuotes('The minister avoided the word “recession” in every answer.')).toEqual([])
  })
})

describe('options', () => {
  test('workNouns: a newsroom’s own noun of a work', () => {
    const text = 'She starred in the telenovela “sombras del río” for six seasons.'
    expect(detectQuotes(text, {workNouns: {add: ['telenovela']}})).toEqual([])
  })

  test('mentionIntroducers: replacing the list brings back a quote it filtered', () => {
    const text = 'Officials told reporters the so-called “temporary” closure would last a year.'
    expect(detectQuotes(text)).toEqual([])
    expect(contents(detectQuotes(text, {mentionIntroducers: ['known as']}))).toEqual(['temporary'])
  })

  test('quoteElisions: an elision a newsroom adds opens no quote', () => {
    const text = "Lee said 'Nam vets' stories kept him up at night."
    expect(contents(detectQuotes(text))).toEqual(['Nam vets'])
    expect(detectQuotes(text, {quoteElisions: {add: ['nam']}})).toEqual([])
  })

  test('a wrong option type throws a TypeError naming it', () => {
    expect(() => detectQuotes('x', {workNouns: 'film' as unknown as string[]})).toThrow(TypeError)
    expect(() => detectQuotes('x', {workNouns: 'film' as unknown as string[]})).toThrow(/options\.workNouns/)
  })
})

describe('stray marks inside a sentence', () => {
  test('an unclosed mark inside a noun phrase does not run on into a reopening paragraph', () => {
    const text = 'Residents gathered outside the “town hall on Friday.\n\n“We hear you,” the mayor said.'
    expect(contents(detectQuotes(text))).toEqual(['We hear you,'])
  })

  test('an unclosed quote right after a cue word does run on', () => {
    const text = 'The chief said “Crews worked through the night.\n\n“They will be back at dawn.”'
    expect(detectQuotes(text).map((quote) => quote.paragraphs)).toEqual([[0, 1]])
  })
})

describe('names a group gives itself', () => {
  test('a name after `calls itself` or `goes by` is no quote', () => {
    const text =
      'The group calls itself the “Harbor Defenders.” It meets on Thursdays, and its founder goes by “Captain Reef.”'
    expect(detectQuotes(text)).toEqual([])
  })
})
