export interface Tally {
  tp: number
  gold: number
  pred: number
}
export interface Ratio {
  ok: number
  n: number
}
export interface Figures {
  paragraphBoundaries: Tally
  paragraphKinds: Ratio
  datelines: Ratio
  markedLenient: Tally
  markedExact: Tally
  quoteKinds: Ratio
  markedAttribution: Ratio
  markedAttributionOfFound: Ratio
  cueOfFound: Ratio
  indirect: Tally
  indirectAttribution: Ratio
  allQuotesOverlap: Tally
  speakers: Tally
  anonymous: Ratio
  speakerKinds: Ratio
  peopleQuoted: Tally
  hedgeCues: Tally
  hedgeCategories: Ratio
  hedgedClaimPrecision: Ratio
  spans: Ratio
}
export interface GoldArticle {
  id: string
  layout?: string
  text: string
  paragraphs: Array<{kind: string; startsWith: string}>
  dateline?: string | null
  quotes?: Array<{kind: string; content: string; speaker: string | null; cue: string | null}>
  speakers?: Array<{name: string; anonymous: boolean; kind?: string}>
  hedges?: Array<{cue: string; category: string; context: string}>
}
export function normalise(value: string): string
export function overlapF1(a: string, b: string): number
export function sameSpeaker(predicted: string | null | undefined, gold: string | null | undefined): boolean
export function emptyFigures(): Figures
export function scoreCorpus(
  analyze: (text: string) => import('../src/types.js').Article,
  golds: readonly GoldArticle[],
): {figures: Figures; details: string[]}
export function prf(value: Tally): {precision: number; recall: number; f1: number}
export function accuracy(value: Ratio): number
export function formatFigures(figures: Figures): string
