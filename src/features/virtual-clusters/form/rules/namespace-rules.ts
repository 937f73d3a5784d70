// The namespace (behind "Use a namespace") and its extra topics and consumer groups, and topic aliases.
import type { SelectorValues, VirtualClusterFormValues } from '../virtual-cluster-form-values'
import { runtimeReason, TOPIC_ALIASES_MIN_RUNTIME } from '../virtual-cluster-runtime'
import type { FormContext } from './form-context'
import { issue } from './form-rule-issue'
import type { FormRuleIssue } from './form-rule-issue'
import { requiredTextIssues } from './text-rules'

/** The spec's pattern for topic and consumer-group globs. */
export const GLOB_PATTERN = /^[A-Za-z0-9._?*-]+$/

/** The names of an exact list as the body carries them: one per line, trimmed, blank lines dropped. */
export function exactListNames(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

function selectorIssues(
  field: 'namespaceTopics' | 'namespaceConsumerGroups',
  selector: SelectorValues,
  index: number,
): FormRuleIssue[] {
  if (selector.kind === 'exact_list') {
    return exactListNames(selector.exactList).length === 0
      ? [
          issue(
            [field, index, 'exactList'],
            'exact-list-required',
            'Enter at least one name, one per line',
          ),
        ]
      : []
  }
  const path = [field, index, 'glob']
  if (selector.glob === '') return [issue(path, 'glob-required', 'Enter a glob pattern')]
  return GLOB_PATTERN.test(selector.glob)
    ? []
    : [issue(path, 'glob-pattern', 'Use letters, digits and . _ - with * and ? as wildcards')]
}

export function namespaceIssues(values: VirtualClusterFormValues): FormRuleIssue[] {
  if (!values.namespaceEnabled) return []
  return [
    ...requiredTextIssues(
      ['namespacePrefix'],
      values.namespacePrefix,
      'namespace-prefix-required',
      'Enter a prefix',
    ),
    ...values.namespaceTopics.flatMap((selector, index) =>
      selectorIssues('namespaceTopics', selector, index),
    ),
    ...values.namespaceConsumerGroups.flatMap((selector, index) =>
      selectorIssues('namespaceConsumerGroups', selector, index),
    ),
  ]
}

export function topicAliasIssues(
  values: VirtualClusterFormValues,
  ctx: FormContext,
): FormRuleIssue[] {
  const aliases = values.topicAliases
  if (aliases.length === 0) return []
  const issues: FormRuleIssue[] = []
  if (!ctx.runtime.topicAliases) {
    issues.push(
      issue(
        ['topicAliases'],
        'topic-aliases-runtime',
        runtimeReason('Topic aliases', TOPIC_ALIASES_MIN_RUNTIME, ctx.runtime.version),
      ),
    )
  }
  const seen = new Set<string>()
  aliases.forEach((alias, index) => {
    const aliasIssues = requiredTextIssues(
      ['topicAliases', index, 'alias'],
      alias.alias,
      'alias-required',
      'Enter the alias clients use',
    )
    if (aliasIssues.length === 0 && seen.has(alias.alias)) {
      aliasIssues.push(
        issue(
          ['topicAliases', index, 'alias'],
          'alias-duplicate',
          `${alias.alias} is already an alias above`,
        ),
      )
    }
    seen.add(alias.alias)
    issues.push(
      ...aliasIssues,
      ...requiredTextIssues(
        ['topicAliases', index, 'topic'],
        alias.topic,
        'alias-topic-required',
        'Enter the topic it stands for',
      ),
    )
  })
  return issues
}
