/**
 * Datelines: the place (and sometimes date and agency) a story opens with,
 * `WASHINGTON (AP) —`, `LONDON, May 3 (Reuters) -`, `NAIROBI, Kenya —`.
 */

// Applied only to the first 160 characters of a paragraph, so its cost is
// bounded whatever the input.
// `LONDON/ABIDJAN`: two places a story is filed from, joined by a slash.
const CAPS_WORD = "\\p{Lu}[\\p{Lu}.'’/\\-]*"
const PLACE_WORD = "\\p{Lu}[\\p{L}.'’\\-]*"
// `Democratic Republic of Congo`: after its first word, a place's name may hold a lower-case `of`.
const PLACE_PART = `(?:${PLACE_WORD}|of|and|the)`
const SPACE = '[ \\u00a0]'
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?'
const datelinePattern = new RegExp(
  `^(?:${CAPS_WORD}(?:${SPACE}${CAPS_WORD}){0,4})` +
    `(?:,${SPACE}+${PLACE_WORD}(?:${SPACE}${PLACE_PART}){0,4})?` +
    `(?:,?${SPACE}+${MONTH}${SPACE}\\d{1,2})?` +
    `(?:${SPACE}+\\([\\p{L}][\\p{L}.&'’ \\-]{0,40}\\))?` +
    `${SPACE}*(?:—|–|--|-|:)(?=\\s|$)`,
  'u',
)

const WINDOW = 160
const upper = /\p{Lu}/u
const lower = /\p{Ll}/u

/**
 * The length of the dateline that opens `text` at `start`, or 0. The place
 * must be in capitals (at least two letters), as wire style writes it.
 */
export function datelineLength(text: string, start: number, end: number): number {
  const head = text.slice(start, Math.min(end, start + WINDOW))
  const match = datelinePattern.exec(head)
  if (!match) return 0
  let letters = 0
  for (const char of match[0]) {
    if (upper.test(char)) letters++
    else if (char === ',' || char === '(' || char === ':') break
  }
  if (letters < 2) return 0
  // A colon only closes a dateline when a date or agency stands before it.
  if (match[0].endsWith(':') && !/[)\d]:$/.test(match[0])) return 0
  // The story's first sentence follows: `NASA - the agency said` is no dateline.
  const after = head.slice(match[0].length).trimStart().charAt(0)
  if (after !== '' && lower.test(after)) return 0
  return match[0].length
}
