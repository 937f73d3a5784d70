// Parsing and checking Kafka bootstrap servers ("host:port" or "[ipv6]:port") as typed in the form.
import { issue } from './form-rule-issue'
import type { FormRuleIssue } from './form-rule-issue'

/** The spec's BootstrapServers item pattern. */
const SERVER_PATTERN = /^(([a-zA-Z0-9.-]+)|\[([a-fA-F0-9:]+)\]):\d+$/
const MAX_PORT = 65535

/**
 * What ends a server while typing or pasting: a comma or any white space, the non-breaking space that
 * Option+Space types on macOS included (`\s` covers the Unicode spaces). The one definition both the
 * splitting and the field's typing use.
 */
const SEPARATOR = /[\s,]/
const SEPARATORS = /[\s,]+/

export function hasSeparator(text: string): boolean {
  return SEPARATOR.test(text)
}

/** Splits pasted text such as "a:9092, b:9092\nc:9092" into servers; empty pieces are dropped. */
export function splitBootstrapInput(text: string): string[] {
  return text.split(SEPARATORS).filter((piece) => piece !== '')
}

/** Typed text cut after its last separator: what is finished, and the half-typed rest to keep. */
export function splitAtLastSeparator(text: string): { done: string; rest: string } {
  for (let index = text.length - 1; index >= 0; index -= 1) {
    if (SEPARATOR.test(text.charAt(index))) {
      return { done: text.slice(0, index), rest: text.slice(index + 1) }
    }
  }
  return { done: '', rest: text }
}

/** The non-blank servers, trimmed, in the order typed: exactly what the request body carries. */
export function normalizeBootstrapServers(servers: readonly string[]): string[] {
  return servers.map((server) => server.trim()).filter((server) => server !== '')
}

function formatProblem(server: string): string {
  if (!server.includes(':')) return `${server} has no port; write it as host:port`
  // An IPv6 address without brackets has several colons and no "[".
  if (!server.startsWith('[') && server.split(':').length > 2) {
    return `${server}: put IPv6 addresses in brackets, e.g. [fe80::1]:9092`
  }
  return `${server} is not host:port`
}

function serverIssue(server: string): FormRuleIssue | null {
  const path = ['bootstrapServers']
  if (!SERVER_PATTERN.test(server)) return issue(path, 'server-format', formatProblem(server))
  const port = Number(server.slice(server.lastIndexOf(':') + 1))
  if (port < 1 || port > MAX_PORT) {
    return issue(path, 'server-port-range', `Port must be 1–65535 in ${server}`)
  }
  return null
}

/** What is wrong with one (trimmed) server, or null when it is usable. */
export function bootstrapServerProblem(server: string): string | null {
  return serverIssue(server.trim())?.message ?? null
}

/** Rule for the whole list: at least one server, each well-formed, none listed twice. */
export function bootstrapServerIssues(servers: readonly string[]): FormRuleIssue[] {
  const normalized = normalizeBootstrapServers(servers)
  if (normalized.length === 0) {
    return [issue(['bootstrapServers'], 'servers-required', 'Add at least one bootstrap server')]
  }
  const issues: FormRuleIssue[] = []
  const seen = new Set<string>()
  for (const server of normalized) {
    const problem = serverIssue(server)
    if (problem) issues.push(problem)
    // Host names are case-insensitive, so KAFKA:9092 and kafka:9092 are the same broker.
    const identity = server.toLowerCase()
    if (seen.has(identity)) {
      issues.push(issue(['bootstrapServers'], 'server-duplicate', `${server} is listed twice`))
    }
    seen.add(identity)
  }
  return issues
}

function hostOf(server: string): string {
  if (server.startsWith('[')) return server.slice(0, server.indexOf(']') + 1)
  const colon = server.lastIndexOf(':')
  return colon === -1 ? server : server.slice(0, colon)
}

/** True for addresses that point back at the gateway itself (localhost, 127.0.0.0/8, [::1]). */
export function isLoopbackServer(server: string): boolean {
  const host = hostOf(server.trim().toLowerCase())
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    /^\[(0{0,4}:){2,7}0{0,3}1\]$/.test(host)
  )
}
