// `npm run bench:server`: the production server under load, through the proxy to the fake Konnect
// (the project's mock API over HTTP, e2e/konnect/fake-konnect.ts), all on 127.0.0.1.
//   1. 2,000 GETs, 50 at a time, Konnect answering at once: errors, p50/p99, memory growth.
//   2. Konnect answering in 1 s, KONNECT_TIMEOUT_MS=1500: 300 GETs all at once, then 200 GETs 50
//      at a time. Every request must end within 2 s with 200 or 504; none may hang.
// Prints the figures and exits 1 when a check fails.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { FakeKonnect } from '../e2e/konnect/fake-konnect'
import { SEED_GATEWAYS } from '../src/mocks/seed/seed-gateways'
import { formatMs, percentile } from './bench/bench-stats'
import { startConsoleProcess } from './bench/console-process'
import { runLoad, type LoadResult } from './bench/load-client'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const TOKEN = 'kpat_benchServerToken0123456789'
const SLOW_KONNECT_MS = 1_000
const TIMEOUT_MS = 1_500
const GRACE_MS = 500
const GIVE_UP_MS = 10_000

const failures: string[] = []

function check(ok: boolean, what: string) {
  if (!ok) failures.push(what)
  return ok ? 'ok' : 'FAILED'
}

function statusCounts(results: readonly LoadResult[]): string {
  const counts = new Map<string, number>()
  for (const result of results) {
    const key = result.status === 0 ? `error (${result.error ?? '?'})` : String(result.status)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].map(([status, count]) => `${status} × ${count}`).join(', ')
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)}`
}

function latencies(results: readonly LoadResult[]): string {
  const ms = results.map((result) => result.ms)
  return `p50 ${formatMs(percentile(ms, 50), 4)}, p99 ${formatMs(percentile(ms, 99), 4)}, max ${formatMs(Math.max(...ms), 4)}`
}

async function steadyLoad(fake: FakeKonnect, staticDir: string, url: string) {
  const server = await startConsoleProcess(ROOT, {
    KONNECT_TOKEN: TOKEN,
    KONNECT_API_URL: fake.apiUrl,
    STATIC_DIR: staticDir,
  })
  try {
    const target = `${server.origin}${url}`
    await runLoad({ url: target, requests: 200, concurrency: 50, giveUpMs: GIVE_UP_MS })
    const before = server.rssMiB()
    const results = await runLoad({
      url: target,
      requests: 2_000,
      concurrency: 50,
      giveUpMs: GIVE_UP_MS,
    })
    const after = server.rssMiB()
    // A second round the same size: a leak keeps growing, warming up does not.
    const again = await runLoad({
      url: target,
      requests: 2_000,
      concurrency: 50,
      giveUpMs: GIVE_UP_MS,
    })
    const afterAgain = server.rssMiB()
    const errors = [...results, ...again].filter((result) => result.status !== 200).length
    console.log('\n1. 2,000 GETs, 50 at a time, Konnect answering at once')
    console.log(`   answers       ${statusCounts(results)}`)
    console.log(
      `   errors        ${errors} in 4,000  ${check(errors === 0, 'steady load: errors')}`,
    )
    console.log(`   latency       ${latencies(results)}`)
    console.log(
      `   server memory ${before.toFixed(1)} MiB after warm-up → ${after.toFixed(1)} MiB (${signed(after - before)} MiB); after 2,000 more: ${afterAgain.toFixed(1)} MiB (${signed(afterAgain - after)} MiB)`,
    )
  } finally {
    await server.stop()
  }
}

async function slowKonnect(fake: FakeKonnect, staticDir: string, url: string) {
  fake.answerAfter(SLOW_KONNECT_MS)
  const server = await startConsoleProcess(ROOT, {
    KONNECT_TOKEN: TOKEN,
    KONNECT_API_URL: fake.apiUrl,
    KONNECT_TIMEOUT_MS: String(TIMEOUT_MS),
    STATIC_DIR: staticDir,
  })
  try {
    const target = `${server.origin}${url}`
    const runs: [string, number, number][] = [
      ['300 GETs at once', 300, 300],
      ['200 GETs, 50 at a time', 200, 50],
    ]
    console.log(
      `\n2. Konnect answering in ${SLOW_KONNECT_MS} ms, KONNECT_TIMEOUT_MS=${TIMEOUT_MS}: each must end within ${TIMEOUT_MS + GRACE_MS} ms with 200 or 504`,
    )
    for (const [label, requests, concurrency] of runs) {
      const results = await runLoad({ url: target, requests, concurrency, giveUpMs: GIVE_UP_MS })
      const slowest = Math.max(...results.map((result) => result.ms))
      const allowed = results.every((result) => result.status === 200 || result.status === 504)
      console.log(`   ${label}`)
      console.log(
        `     answers     ${statusCounts(results)}  ${check(allowed, `${label}: statuses`)}`,
      )
      console.log(
        `     latency     ${latencies(results)}  ${check(slowest <= TIMEOUT_MS + GRACE_MS, `${label}: slowest ${Math.round(slowest)} ms`)}`,
      )
    }
  } finally {
    fake.answerAfter(0)
    await server.stop()
  }
}

const staticDir = await mkdtemp(path.join(tmpdir(), 'egc-bench-server-'))
await writeFile(
  path.join(staticDir, 'index.html'),
  '<!doctype html><html><head><title>bench</title></head><body></body></html>',
)
const fake = await FakeKonnect.start(TOKEN)
// One gateway's first page of clusters: what the list page asks for first.
const url = `/api/konnect/event-gateways/${SEED_GATEWAYS.payments.id}/backend-clusters?page[size]=10`
try {
  console.log(`Console server (Node ${process.version}) → fake Konnect, all on 127.0.0.1`)
  await steadyLoad(fake, staticDir, url)
  await slowKonnect(fake, staticDir, url)
} finally {
  await fake.stop()
  await rm(staticDir, { recursive: true, force: true })
}
if (failures.length > 0) {
  console.log(`\nFAILED: ${failures.join('; ')}`)
  process.exitCode = 1
} else {
  console.log('\nAll checks passed.')
}
