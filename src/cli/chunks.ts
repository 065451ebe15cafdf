/**
 * Output built in pieces. V8 cannot hold a string longer than about 2^29
 * characters (`Invalid string length`), and the output of one large
 * article can be longer (its JSON is about ten times its text), so a
 * record's output is a list of chunks, each well below that, written one
 * after another.
 */

/** The size chunks are cut at: large enough that a write is cheap, far below V8's limit. */
export const chunkSize = 1 << 20

/** Collects pieces of text into chunks of about `size` characters. */
export interface Chunker {
  push: (piece: string) => void
  /** The chunks so far, the last one included; the chunker is empty after. */
  done: () => string[]
}

/**
 * A chunker. A piece is never split, so a chunk can exceed `size` by the
 * length of one piece: callers push pieces of bounded length.
 *
 * @param size Characters at which a chunk is closed.
 */
export function createChunker(size = chunkSize): Chunker {
  let chunks: string[] = []
  let parts: string[] = []
  let length = 0
  const close = () => {
    if (parts.length > 0) chunks.push(parts.length === 1 ? (parts[0] ?? '') : parts.join(''))
    parts = []
    length = 0
  }
  return {
    push: (piece) => {
      if (piece === '') return
      parts.push(piece)
      length += piece.length
      if (length >= size) close()
    },
    done: () => {
      close()
      const all = chunks
      chunks = []
      return all
    },
  }
}

/**
 * Cuts of a long string, each at most `size` characters and never between
 * the two halves of a surrogate pair, so each cut can be encoded alone.
 *
 * @param text The string.
 * @param size The longest cut, at least 2.
 */
export function* cuts(text: string, size: number): Generator<string> {
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + size)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--
    yield text.slice(start, end)
    start = end
  }
}
