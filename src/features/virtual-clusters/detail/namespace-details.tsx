import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { VirtualClusterNamespace } from '../../../api/api-types'

type Additional = NonNullable<VirtualClusterNamespace['additional']>
type TopicSelector = NonNullable<Additional['topics']>[number]
type IdSelector = NonNullable<Additional['consumer_groups']>[number]

function selectorText(selector: TopicSelector | IdSelector): string {
  if (selector.type === 'glob') return `matching ${selector.glob}`
  const names =
    'exact_list' in selector && selector.exact_list
      ? selector.exact_list.map((item) => ('backend' in item ? item.backend : item.value))
      : []
  return names.join(', ')
}

/** Mode and prefix, then the topics and consumer groups shown beyond the prefix. */
export function NamespaceDetails({ namespace }: { namespace: VirtualClusterNamespace }) {
  const topics = namespace.additional?.topics ?? []
  const groups = namespace.additional?.consumer_groups ?? []
  return (
    <Stack spacing={0.5} component="span">
      <span>
        {namespace.mode === 'hide_prefix' ? 'Hide prefix' : 'Enforce prefix'}{' '}
        <Typography component="code" variant="body2" sx={{ fontFamily: 'monospace' }}>
          {namespace.prefix}
        </Typography>
      </span>
      {topics.length > 0 ? <span>Also topics: {topics.map(selectorText).join('; ')}</span> : null}
      {groups.length > 0 ? (
        <span>Also consumer groups: {groups.map(selectorText).join('; ')}</span>
      ) : null}
    </Stack>
  )
}
