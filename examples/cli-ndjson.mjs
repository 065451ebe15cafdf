// The CLI on a corpus: write one `{"id", "text"}` line per article (NDJSON),
// pipe it through `copydesk --ndjson`, and read one `{"id", ...Article}` line
// back per article, in input order. A bad line becomes an `{"id", "error"}`
// record and the exit status is 1; the rest still goes through. This is
// the shell pipeline
//
//   copydesk --ndjson < stories.ndjson > results.ndjson
//
// driven from Node. In your project run `npx copydesk`; here, inside the
// repository, the built `dist/cli.js` (run `npm run build` first).
//
//   node examples/cli-ndjson.mjs
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import {fileURLToPath} from 'node:url'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const folder = fileURLToPath(new URL('articles/', import.meta.url))

const child = spawn(process.execPath, [cli, '--ndjson', '--workers', '2', '--quiet'], {
  stdio: ['pipe', 'pipe', 'pipe'],
})
let errors = ''
child.stderr.on('data', (chunk) => (errors += chunk))

// Write the corpus as NDJSON: one article per line, then one broken line.
for (const name of fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()) {
  const text = fs.readFileSync(path.join(folder, name), 'utf8')
  child.stdin.write(JSON.stringify({id: name, text}) + '\n')
}
child.stdin.write(JSON.stringify({id: 'broken', body: 'no text field'}) + '\n')
child.stdin.end()

// Read the results as they come, one line each.
for await (const line of readline.createInterface({input: child.stdout})) {
  const record = JSON.parse(line)
  if (record.error) {
    console.log(`${record.id}: error: ${record.error}`)
    continue
  }
  const anonymous = record.speakers.filter((speaker) => speaker.anonymous).length
  console.log(
    `${record.id}: ${record.paragraphs.length} paragraphs, ${record.quotes.length} quotes, ` +
      `${record.speakers.length} speakers (${anonymous} anonymous), ${record.hedges.length} hedged claims`,
  )
}

const status = await new Promise((resolve) => child.on('close', resolve))
console.log(`exit status: ${status} (1: some records failed)`)
console.log(`stderr: ${errors.trim()}`)
