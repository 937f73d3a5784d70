// The console's production server as its own process (from TypeScript, through tsx), so its memory
// can be read apart from the bench's own.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

export interface ConsoleProcess {
  origin: string
  /** The process's resident memory in MiB, from /proc (Linux). */
  rssMiB(): number
  stop(): Promise<void>
}

const LISTENING_LINE = /serving .+ at (http:\/\/127\.0\.0\.1:\d+)\n/

export async function startConsoleProcess(
  projectDir: string,
  env: Record<string, string>,
): Promise<ConsoleProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectDir,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  // The request log is drained and dropped: 2,000 lines are not worth keeping.
  const origin = await new Promise<string>((resolve, reject) => {
    let seen = ''
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8')
      const match = LISTENING_LINE.exec(seen)
      if (match?.[1]) {
        seen = ''
        resolve(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.once('exit', (code) => {
      reject(new Error(`the console server exited with ${String(code)}: ${output}`))
    })
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    origin,
    rssMiB() {
      const status = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8')
      const kib = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0)
      return kib / 1024
    },
    async stop() {
      child.kill('SIGTERM')
      await exited
    },
  }
}
