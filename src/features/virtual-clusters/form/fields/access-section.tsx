import { useFormContext, useWatch } from 'react-hook-form'
import { FieldWarning } from '../../../../components/field-warning'
import { FormSection } from '../../../../components/form/form-section'
import { FormSelect, type SelectOption } from '../../../../components/form/form-select'
import type { AclMode, VirtualClusterFormValues } from '../virtual-cluster-form-values'

const ACL_MODE_OPTIONS: readonly SelectOption<AclMode>[] = [
  {
    value: 'enforce_on_gateway',
    label: 'Enforce on gateway',
    description:
      "The gateway applies this virtual cluster's ACL policies itself and does not pass ACL commands to the backend cluster.",
  },
  {
    value: 'passthrough',
    label: 'Passthrough',
    description: 'ACL commands go on to the backend cluster, whose own ACLs apply.',
  },
]

export function AccessSection() {
  const { control } = useFormContext<VirtualClusterFormValues>()
  const mode = useWatch({ control, name: 'aclMode' })
  return (
    <FormSection title="Access control">
      <FormSelect control={control} name="aclMode" label="ACL mode" options={ACL_MODE_OPTIONS} />
      {mode === 'enforce_on_gateway' ? (
        <FieldWarning>
          With no ACL policies on this virtual cluster, every request is denied. Add ACL policies
          before clients connect.
        </FieldWarning>
      ) : null}
    </FormSection>
  )
}
