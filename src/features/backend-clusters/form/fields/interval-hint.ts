// Reads a number of seconds back to the person: 5400 → "1 hour 30 minutes".

const UNITS = [
  { seconds: 3600, name: 'hour' },
  { seconds: 60, name: 'minute' },
  { seconds: 1, name: 'second' },
] as const

function plural(count: number, name: string): string {
  return `${count} ${name}${count === 1 ? '' : 's'}`
}

export function describeInterval(seconds: number): string {
  let rest = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0
  if (rest === 0) return plural(0, 'second')
  const parts: string[] = []
  for (const unit of UNITS) {
    const count = Math.floor(rest / unit.seconds)
    rest -= count * unit.seconds
    if (count > 0) parts.push(plural(count, unit.name))
  }
  return parts.join(' ')
}

/** "90 seconds (1 minute 30 seconds)"; just "30 seconds" when spelling it out would repeat it. */
export function describeIntervalInSeconds(seconds: number): string {
  const exact = plural(seconds, 'second')
  const spelled = describeInterval(seconds)
  return spelled === exact ? exact : `${exact} (${spelled})`
}
