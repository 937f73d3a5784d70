import { useFormContext, useWatch } from 'react-hook-form'
import { FieldWarning } from '../../../../components/field-warning'
import { FormSelect } from '../../../../components/form/form-select'
import type { VirtualClusterFormValues } from '../virtual-cluster-form-values'
import { PLAIN_MEDIATION_OPTIONS } from './authentication-method-options'
import { PrincipalsField } from './principals-field'

/** `plainRank`: how many SASL/PLAIN methods come before this one. */
export function SaslPlainSettings({ index, plainRank }: { index: number; plainRank: number }) {
  const { control } = useFormContext<VirtualClusterFormValues>()
  const base = `authentication.${index}` as const
  const mediation = useWatch({ control, name: `${base}.plainMediation` })
  const principals = useWatch({ control, name: `${base}.principals` })
  return (
    <>
      <FormSelect
        control={control}
        name={`${base}.plainMediation`}
        label="Mediation"
        options={PLAIN_MEDIATION_OPTIONS}
      />
      {mediation === 'terminate' || principals.length > 0 ? (
        <>
          {mediation === 'passthrough' ? (
            <FieldWarning>
              Principals are used only with Terminate: with Passthrough they are kept but unused.
            </FieldWarning>
          ) : null}
          <PrincipalsField index={index} plainRank={plainRank} />
        </>
      ) : null}
    </>
  )
}
