/** What the word layer knows of each word's form, one bit each. */

/** Bits of {@link WordLayer.flags}. */
export const WordFlag = {
  /** A word, not punctuation or a symbol. */
  word: 1,
  /** A word that starts with a capital letter. */
  capital: 2,
  /** Its sentence's first word (opening marks and dashes aside). */
  opener: 4,
  /** A word that starts with a digit. */
  numeric: 8,
} as const
