import {describe, expect, it} from 'vitest'
import {analyze, splitParagraphs, type Paragraph} from '../src/index.js'

const texts = (paragraphs: Paragraph[]) => paragraphs.map((paragraph) => paragraph.text)
const kinds = (paragraphs: Paragraph[]) => paragraphs.map((paragraph) => paragraph.kind)

function expectConsistent(input: string, paragraphs: Paragraph[]) {
  for (const paragraph of paragraphs) {
    expect(input.slice(paragraph.start, paragraph.end)).toBe(paragraph.text)
    for (const sentence of paragraph.sentences) {
      expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text)
      expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start)
      expect(sentence.end).toBeLessThanOrEqual(paragraph.end)
    }
  }
}

describe('layouts', () => {
  it('splits blank-line text, treating runs of blank and whitespace-only lines as one break', () => {
    const input =
      'Ferry Service Cut to Two Sailings a Day\n\n\nBy Imogen Tallis\n \t \nThe island ferry will run twice a day from June, the operator said.   \n\n\n\nFares will not change.\n'
    const paragraphs = splitParagraphs(input)
    expect(texts(paragraphs)).toEqual([
      'Ferry Service Cut to Two Sailings a Day',
      'By Imogen Tallis',
      'The island ferry will run twice a day from June, the operator said.',
      'Fares will not change.',
    ])
    expect(kinds(paragraphs)).toEqual(['headline', 'byline', 'body', 'body'])
    expectConsistent(input, paragraphs)
  })

  it('splits one paragraph per line when there are no blank lines', () => {
    const input = [
      'Orchard Growers Brace for Late Frost',
      'By Peter Vance, Staff Writer',
      'Apple growers in the valley spent Tuesday night lighting smudge pots.',
      'Advertisement',
      'Temperatures fell to 27 degrees before dawn, the weather service said.',
      'Copyright 2025 The Valley Ledger. All rights reserved.',
    ].join('\n')
    const paragraphs = splitParagraphs(input)
    expect(paragraphs).toHaveLength(6)
    expect(kinds(paragraphs)).toEqual(['headline', 'byline', 'body', 'boilerplate', 'body', 'boilerplate'])
  })

  it('joins the soft wraps of hard-wrapped text, even where a wrapped line ends a sentence', () => {
    const input = [
      'Harbor dredging to resume after two-year delay',
      '',
      'By Ana Ferreira',
      '',
      'Dredging of the inner harbor will resume next month after the port',
      'secured its last permit, officials said on Friday. The channel has',
      'silted up so badly that larger cargo ships must wait for high tide.',
      '“We have waited long enough,” said harbor master Luis Okonjo, who',
      'has run the port since 2016.',
      '',
      'The work is expected to take about eight months.',
    ].join('\n')
    const paragraphs = splitParagraphs(input)
    expect(paragraphs).toHaveLength(4)
    expect(paragraphs[2]?.text.startsWith('Dredging of the inner harbor')).toBe(true)
    expect(paragraphs[2]?.text.endsWith('since 2016.')).toBe(true)
    expect(paragraphs[3]?.text).toBe('The work is expected to take about eight months.')
  })

  it('splits hard-wrapped text without blank lines at clearly short lines', () => {
    const input = [
      'The county will repave Mill Road this summer, closing it for six weeks',
      'between the bridge and the school, officials said.',
      'Detours will send traffic along Route 9, which adds about ten minutes',
      'to the drive for most of the north side.',
      'Work starts on July 7.',
    ].join('\n')
    const paragraphs = splitParagraphs(input)
    expect(texts(paragraphs).map((text) => text.slice(0, 20))).toEqual([
      'The county will repa',
      'Detours will send tr',
      'Work starts on July ',
    ])
  })

  it('starts paragraphs at indented first lines, keeping unindented lines with the paragraph above', () => {
    const input = [
      '\tRiver Festival Moves to September',
      '\tBy Grace Obi',
      '\tThe River Festival will move from July to September this year, organizers',
      'said, to avoid the worst of the summer heat.',
      '\t“Last year we had people fainting in the square. We are not doing that again.”',
      '— Hana Lind, festival director',
      '\tTickets go on sale in May.',
    ].join('\n')
    const paragraphs = splitParagraphs(input)
    expect(paragraphs).toHaveLength(5)
    expect(paragraphs[2]?.text.endsWith('summer heat.')).toBe(true)
    expect(paragraphs[3]?.text.endsWith('festival director')).toBe(true)
    expect(kinds(paragraphs)).toEqual(['headline', 'byline', 'body', 'body', 'body'])
  })

  it('handles CRLF and lone CR line endings with exact offsets', () => {
    for (const newline of ['\r\n', '\r']) {
      const input = ['Library Hours Cut', '', 'By Tom Reyes', '', 'The library will close at 6 p.m. on weekdays.', '', 'It opens at 9.'].join(newline)
      const paragraphs = splitParagraphs(input)
      expect(texts(paragraphs)).toEqual(['Library Hours Cut', 'By Tom Reyes', 'The library will close at 6 p.m. on weekdays.', 'It opens at 9.'])
      expectConsistent(input, paragraphs)
    }
  })

  it('ignores a byte-order mark, non-breaking spaces and trailing whitespace at the edges', () => {
    const input = '\ufeffCouncil Delays Vote\u00a0\n\n\u00a0The council met at 10\u00a0a.m. and adjourned at noon. \t\n\n'
    const paragraphs = splitParagraphs(input)
    expect(texts(paragraphs)).toEqual(['Council Delays Vote', 'The council met at 10\u00a0a.m. and adjourned at noon.'])
    expect(paragraphs[0]?.start).toBe(1)
    expectConsistent(input, paragraphs)
  })
})

describe('kinds and datelines', () => {
  it('reads an agency dateline that opens the first body paragraph', () => {
    const input = 'Mine Reopens After Flood\n\nBy Lena Sorensen\n\nELKO, Nev. (AP) — The Sagebrush gold mine reopened on Monday.'
    const article = analyze(input)
    expect(article.dateline?.text).toBe('ELKO, Nev. (AP) —')
    expect(article.paragraphs[2]?.kind).toBe('body')
  })

  it('reads a dated wire dateline with a hyphen', () => {
    const article = analyze('Brewer raises prices\n\nOSLO, March 2 (Reuters) - Nordhavn Breweries raised prices on Tuesday.')
    expect(article.dateline?.text).toBe('OSLO, March 2 (Reuters) -')
  })

  it('reads a dateline with a country and multi-word place names in capitals', () => {
    const article = analyze('Drought Hits Coffee Farms\n\nSANTA ROSA DE COPÁN, Honduras — Coffee farmers here lost half their crop.')
    expect(article.dateline?.text).toBe('SANTA ROSA DE COPÁN, Honduras —')
  })

  it('reads a dateline filed from two places, and one whose country holds a lower-case word', () => {
    expect(analyze('Cocoa Jumps\n\nACCRA/ABIDJAN, Oct 7 (Reuters) - Cocoa futures rose 6% on Monday.').dateline?.text).toBe('ACCRA/ABIDJAN, Oct 7 (Reuters) -')
    expect(analyze('Raid Kills 14\n\nBUTEMBO, Democratic Republic of Congo, Jan 18 (Reuters) - Militia fighters raided a village.').dateline?.text).toBe(
      'BUTEMBO, Democratic Republic of Congo, Jan 18 (Reuters) -',
    )
  })

  it('takes the short lines between the byline and the dateline for furniture', () => {
    const article = analyze('Review Clears Officer\n\nBy Mara Voss\n\nPublished 6:14 a.m. CT Oct. 17, 2024 | Updated 9:02 a.m. CT\n\n4 minute read\n\nLARKPORT — An internal review cleared the officer on Wednesday.')
    expect(kinds(article.paragraphs)).toEqual(['headline', 'byline', 'boilerplate', 'boilerplate', 'body'])
    expect(article.dateline?.text).toBe('LARKPORT —')
  })

  it('keeps short lines after the byline as story when no dateline follows them', () => {
    const article = analyze('Review Clears Officer\n\nBy Mara Voss\n\nThe review is out\n\nAn internal review cleared the officer on Wednesday.')
    expect(kinds(article.paragraphs)).toEqual(['headline', 'byline', 'body', 'body'])
  })

  it('gives a paragraph that is only a dateline the kind dateline', () => {
    const article = analyze('Storm Closes Port\n\nBy Kai Ruiz\n\nPORT ELLIS, Maine —\n\nThe storm closed the port on Sunday.')
    expect(kinds(article.paragraphs)).toEqual(['headline', 'byline', 'dateline', 'body'])
    expect(article.dateline?.text).toBe('PORT ELLIS, Maine —')
  })

  it('reports no dateline when the story opens without one', () => {
    const article = analyze('Bakery Wins Award\n\nThe Crumb & Co. bakery won a regional award on Sunday.')
    expect(article.dateline).toBeNull()
  })

  it('does not take a capitalised sentence opening for a dateline', () => {
    const article = analyze('NASA - the space agency - said on Monday that the launch would slip.')
    expect(article.dateline).toBeNull()
  })

  it('recognises agency and staff credits as bylines', () => {
    for (const credit of ['The Northern Wire Service', 'Reuters', 'Metro Desk Staff', 'By Ada Mensah and Joe Park']) {
      const article = analyze(`Bridge Reopens\n\n${credit}\n\nThe bridge reopened on Friday after repairs.`)
      expect(article.paragraphs[1]?.kind).toBe('byline')
    }
  })

  it('marks page furniture and credits as boilerplate, anywhere in the story', () => {
    const input = [
      'Zoo Welcomes Twin Otters',
      'The city zoo announced the birth of twin otters on Thursday.',
      'Read more: How the zoo rebuilt its aquatic wing',
      'The pups will go on view next month.',
      'Reporting by Lise Haugen; Editing by Mark Dale',
      "Please let us know if you're having issues with commenting.",
    ].join('\n')
    expect(kinds(splitParagraphs(input))).toEqual(['headline', 'body', 'boilerplate', 'body', 'boilerplate', 'boilerplate'])
  })

  it('takes boilerplate phrases from options', () => {
    const input = 'Market Opens Late\n\nThe market opened an hour late.\n\nGet the Morning Brief every weekday'
    expect(splitParagraphs(input)[2]?.kind).toBe('body')
    expect(splitParagraphs(input, {boilerplate: {add: ['Get the Morning Brief']}})[2]?.kind).toBe('boilerplate')
  })

  it('does not call a long story paragraph boilerplate because of its first word', () => {
    const input =
      'Copyright lawsuits against the startup have multiplied since the spring, with three publishers now suing over the use of their archives, and lawyers for the company said on Monday that they expected more cases before the end of the year, possibly many more.'
    expect(splitParagraphs(input)[0]?.kind).toBe('body')
  })
})

describe('sentences', () => {
  const sentencesOf = (input: string) => splitParagraphs(input).flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text))

  it('keeps titles, initials, abbreviations and decimals inside their sentence', () => {
    expect(sentencesOf('Gov. Ruth A. Diaz said the U.S. economy grew 3.5 percent. She spoke at No. 10 Main St. on Monday.')).toEqual([
      'Gov. Ruth A. Diaz said the U.S. economy grew 3.5 percent.',
      'She spoke at No. 10 Main St. on Monday.',
    ])
  })

  it('keeps military and clerical titles with the name that follows', () => {
    expect(sentencesOf('Lt. Gen. Mark Ames and Rev. Joan Pike met Sgt. Lee Park. They talked.')).toEqual([
      'Lt. Gen. Mark Ames and Rev. Joan Pike met Sgt. Lee Park.',
      'They talked.',
    ])
  })

  it('never cuts a closed quotation from its attribution', () => {
    expect(sentencesOf('“Stop the buses!” Ortiz said. “Why now?” asked the mayor. “Enough.” — Dr. Aisha Bello')).toEqual([
      '“Stop the buses!” Ortiz said.',
      '“Why now?” asked the mayor.',
      '“Enough.” — Dr. Aisha Bello',
    ])
  })

  it('still ends a sentence after a closed quotation when a new sentence follows', () => {
    expect(sentencesOf('She called it “a disgrace.” The council voted anyway.')).toEqual([
      'She called it “a disgrace.”',
      'The council voted anyway.',
    ])
  })

  it('treats a number after a month abbreviation as part of the date', () => {
    expect(sentencesOf('The vote is set for Sept. 12 at the town hall.')).toEqual(['The vote is set for Sept. 12 at the town hall.'])
  })
})

describe('boilerplate openings', () => {
  it('matches an opening written against what follows it', () => {
    const input = 'Ferry Fares Rise\n\nFares rise in March.\n\n©2026 Harbor Gazette'
    expect(splitParagraphs(input)[2]?.kind).toBe('boilerplate')
  })

  it('reads wire furniture set in parentheses, currency notes and photo captions', () => {
    const input = [
      'Brewer Buys Rival',
      'OSLO, March 2 (Reuters) - Nordhavn Breweries agreed to buy a rival for 4 billion crowns on Tuesday.',
      'FILE - A worker stacks crates at the Nordhavn brewery in Oslo, Norway, in 2021.',
      'The deal still needs approval from regulators, the company said.',
      '($1 = 10.6120 Norwegian crowns)',
      '(Reporting by Ana Ruiz in Oslo; Editing by Tom Hale)',
    ].join('\n\n')
    expect(kinds(splitParagraphs(input))).toEqual(['headline', 'body', 'boilerplate', 'body', 'boilerplate', 'boilerplate'])
  })

  it('keeps a story paragraph in parentheses as story', () => {
    const input = 'Brewer Buys Rival\n\nNordhavn agreed to buy a rival on Tuesday.\n\n(The rival had been losing money for three years.)'
    expect(kinds(splitParagraphs(input))).toEqual(['headline', 'body', 'body'])
  })
})

describe('separators', () => {
  it('treats a PARAGRAPH SEPARATOR as a paragraph break and a LINE SEPARATOR as a line break', () => {
    const input = 'Port Reopens\u2029The port reopened on Monday.\u2028Ships docked at noon.'
    expect(splitParagraphs(input).map((paragraph) => paragraph.text)).toEqual([
      'Port Reopens',
      'The port reopened on Monday.',
      'Ships docked at noon.',
    ])
  })
})
