import Stack from '@mui/material/Stack'
import { useFormContext, useWatch } from 'react-hook-form'
import { FormSection } from '../../../../components/form/form-section'
import { FormSelect, type SelectOption } from '../../../../components/form/form-select'
import { FormTextField } from '../../../../components/form/form-text-field'
import { FormToggle } from '../../../../components/form/form-toggle'
import type { NamespaceMode, VirtualClusterFormValues } from '../virtual-cluster-form-values'
import { SelectorListField } from './selector-list-field'

const MODE_OPTIONS: readonly SelectOption<NamespaceMode>[] = [
  {
    value: 'hide_prefix',
    label: 'Hide prefix',
    description:
      'Clients see names without the prefix; what they create gets it on the backend cluster.',
  },
  {
    value: 'enforce_prefix',
    label: 'Enforce prefix',
    description: 'Clients see the prefix, and what they create must start with it.',
  },
]

/** Several virtual clusters can share one backend cluster, each seeing only its own prefix. */
export function NamespaceSection() {
  const { control } = useFormContext<VirtualClusterFormValues>()
  const enabled = useWatch({ control, name: 'namespaceEnabled' })
  return (
    <FormSection
      title="Namespace"
      description="Share one backend cluster between several virtual clusters: each sees only the topics, consumer groups and transactional IDs under its prefix."
    >
      <FormToggle control={control} name="namespaceEnabled" kind="switch" label="Use a namespace" />
      {enabled ? (
        <Stack spacing={2.5}>
          <FormSelect control={control} name="namespaceMode" label="Mode" options={MODE_OPTIONS} />
          <FormTextField
            control={control}
            name="namespacePrefix"
            label="Prefix"
            placeholder="analytics_"
            helperText="With analytics_, the backend topic analytics_user_clicks is this virtual cluster's user_clicks (or analytics_user_clicks when the prefix is enforced)."
            required
            code
          />
          <SelectorListField
            name="namespaceTopics"
            title="Additional topics"
            noun="topic"
            description="Backend topics to show although they lack the prefix, as they are named. Clients cannot create topics that match."
          />
          <SelectorListField
            name="namespaceConsumerGroups"
            title="Additional consumer groups"
            noun="consumer group"
            description="Consumer group IDs to allow although they lack the prefix."
          />
        </Stack>
      ) : null}
    </FormSection>
  )
}
