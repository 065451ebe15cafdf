/**
 * Whole-article inputs: files, directories walked for `.txt` and `.md`,
 * and standard input. Each is read as bytes and decoded (see `decode.ts`).
 */
import {createReadStream, type Dirent, type Stats} from 'node:fs'
import {readFile, readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {decodeBytes} from './decode.js'
import {maxRecordBytes, overLimit, tooLarge} from './limits.js'
import {errorMessage, stringId, type Decoded, type Input} from './records.js'

/** The extensions a directory walk picks up. */
export const articleExtensions = ['.txt', '.md']

/** The operand that names standard input. */
export const stdinOperand = '-'

/** The inputs the operands name, and what the walk had to say. */
export interface ArticleSelection {
  inputs: Input[]
  /** Folders named on the command line that hold no article. */
  emptyFolders: string[]
}

/**
 * Every input the operands name, in order: files as given, directories
 * walked in name order. A path that cannot be listed or read still yields
 * an input, whose `read` rejects, so that it becomes an error record.
 *
 * @param operands Paths and `-`.
 * @param stdin Standard input.
 * @param note Told of each entry of a folder that is skipped, and why.
 */
export async function listArticleInputs(operands: string[], stdin: AsyncIterable<string | Buffer>, note: (message: string) => void): Promise<ArticleSelection> {
  const selection: ArticleSelection = {inputs: [], emptyFolders: []}
  for (const operand of operands) {
    if (operand === stdinOperand) {
      selection.inputs.push({id: stringId(stdinOperand), bytes: 0, read: () => readStream(stdin)})
      continue
    }
    let info
    try {
      info = await stat(operand)
    } catch (error) {
      selection.inputs.push(failedInput(operand, describeFsError(error)))
      continue
    }
    if (info.isDirectory()) {
      const before = selection.inputs.length
      for await (const entry of walkArticles(operand, note)) selection.inputs.push(entry)
      if (selection.inputs.length === before) selection.emptyFolders.push(operand)
    } else {
      selection.inputs.push(fileInput(operand, info))
    }
  }
  return selection
}

/**
 * Whether the operands name exactly one article, so that json and html
 * print it alone rather than as one of a collection. Decided by the
 * operands, not by what a directory holds, so scripts get a stable shape.
 *
 * @param operands Paths and `-`.
 */
export async function namesOneArticle(operands: string[]): Promise<boolean> {
  if (operands.length === 0) return true
  if (operands.length > 1) return false
  const [operand = stdinOperand] = operands
  if (operand === stdinOperand) return true
  const info = await stat(operand).catch(() => null)
  return !info?.isDirectory()
}

async function* walkArticles(directory: string, note: (message: string) => void): AsyncGenerator<Input> {
  let entries
  try {
    entries = await readdir(directory, {withFileTypes: true})
  } catch (error) {
    yield failedInput(directory, describeFsError(error))
    return
  }
  // Name order, not the file system's, so runs are reproducible.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    // Hidden files and folders (.git, editor backups) are not articles.
    if (entry.name.startsWith('.')) continue
    const child = path.join(directory, entry.name)
    // Symbolic links to folders are not followed: they can loop.
    if (entry.isDirectory()) {
      yield* walkArticles(child, note)
      continue
    }
    if (!isArticleName(entry.name)) continue
    const info = entry.isFile() || entry.isSymbolicLink() ? await stat(child).catch(() => null) : null
    // A link that leads nowhere is read, and fails, as an error record.
    if (info?.isFile() || (entry.isSymbolicLink() && !info)) yield fileInput(child, info)
    else if (!info?.isDirectory()) note(`${child}: skipped: ${specialKind(entry, info)}, not a regular file`)
  }
}

// Reading a named pipe in a walk could wait for ever, and a device has no end.
function specialKind(entry: Dirent, info: Stats | null): string {
  const kind = info ?? entry
  if (kind.isFIFO()) return 'a named pipe (FIFO)'
  if (kind.isSocket()) return 'a socket'
  if (kind.isCharacterDevice() || kind.isBlockDevice()) return 'a device'
  return 'not a file'
}

function isArticleName(name: string): boolean {
  return articleExtensions.includes(path.extname(name).toLowerCase())
}

function fileInput(file: string, info: Stats | null): Input {
  const bytes = info?.size ?? 0
  // Too large is known from the size: say so before reading a byte.
  if (bytes > maxRecordBytes) return failedInput(file, tooLarge(bytes))
  return {
    id: stringId(file),
    bytes,
    read: async () => {
      try {
        // A named pipe or a device (`/dev/stdin`, `<(…)`) has no size to check: read it capped.
        return info?.isFile() ? decodeBytes(await readFile(file)) : await readStream(createReadStream(file))
      } catch (error) {
        throw new Error(describeFsError(error))
      }
    },
  }
}

function failedInput(id: string, message: string): Input {
  return {id: stringId(id), bytes: 0, read: () => Promise.reject(new Error(message))}
}

/**
 * All of a stream as text (see `decode.ts`); a stream longer than the
 * record limit is left unread past it, and rejects.
 *
 * @param stream Standard input, or any byte stream.
 * @param limit The largest record, in bytes.
 */
export async function readStream(stream: AsyncIterable<string | Buffer>, limit = maxRecordBytes): Promise<Decoded> {
  const parts: Buffer[] = []
  let length = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    length += bytes.length
    if (length > limit) throw new Error(overLimit())
    parts.push(bytes)
  }
  return decodeBytes(Buffer.concat(parts))
}

/**
 * A file-system error in words, without Node's syscall details.
 *
 * @param error What was thrown.
 */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    default:
      return errorMessage(error)
  }
}
