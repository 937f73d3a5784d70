import type { FormFieldPath } from './mapping/server-error-mapping'

// Top-to-bottom order on screen, so focus goes to the first error a person would meet.
const ORDER = [
  'name',
  'description',
  'dnsLabel',
  'destination',
  'authentication',
  'aclMode',
  'namespaceEnabled',
  'namespaceMode',
  'namespacePrefix',
  'namespaceTopics',
  'namespaceConsumerGroups',
  'topicAliases',
  'labels',
]

/** Compares two field paths by where they show: section first, then list positions. */
export function compareFieldPaths(a: FormFieldPath, b: FormFieldPath): number {
  const rank = (path: string) => {
    const [root = path, ...rest] = path.split('.')
    const index = ORDER.indexOf(root)
    return [
      index === -1 ? ORDER.length : index,
      ...rest.map((part) => Number(part)).filter(Number.isInteger),
    ]
  }
  const left = rank(a)
  const right = rank(b)
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1)
    if (difference !== 0) return difference
  }
  return 0
}
