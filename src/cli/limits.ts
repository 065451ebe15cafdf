/**
 * How large one record may be. Above this an input is not read at all: it
 * becomes an error record at once, before any time is spent on it. The
 * limit keeps a record's text well inside the longest string V8 can hold
 * (2^29 − 24 characters), and far beyond any real article; below it, an
 * article too large for the memory a worker has fails alone, as an error
 * record (see `pool.ts`).
 */

/** The largest record, in bytes of input: 256 MiB. */
export const maxRecordBytes = 256 * 2 ** 20

/**
 * The error of a record over the limit.
 *
 * @param bytes Its size in bytes (at least the limit).
 */
export function tooLarge(bytes: number): string {
  return `record too large: ${mebibytes(bytes)} MiB (the limit is ${mebibytes(maxRecordBytes)} MiB)`
}

function mebibytes(bytes: number): string {
  const value = bytes / 2 ** 20
  // Rounded up: a record just over the limit must not read as the limit.
  return value >= 10 ? String(Math.ceil(value)) : (Math.ceil(value * 10) / 10).toFixed(1)
}

/** The error of a stream that went on past the limit, whose size is not known. */
export function overLimit(): string {
  return `record too large: more than the limit of ${mebibytes(maxRecordBytes)} MiB (the rest was not read)`
}
