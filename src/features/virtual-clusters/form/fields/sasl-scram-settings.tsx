import Typography from '@mui/material/Typography'
import { useFormContext } from 'react-hook-form'
import { FormSelect } from '../../../../components/form/form-select'
import type { VirtualClusterFormValues } from '../virtual-cluster-form-values'
import { SCRAM_ALGORITHM_OPTIONS, SCRAM_MEDIATION_TEXT } from './authentication-method-options'

export function SaslScramSettings({ index }: { index: number }) {
  const { control } = useFormContext<VirtualClusterFormValues>()
  return (
    <>
      <FormSelect
        control={control}
        name={`authentication.${index}.scramAlgorithm`}
        label="Algorithm"
        options={SCRAM_ALGORITHM_OPTIONS}
        helperText="The hash the clients and the backend cluster use."
      />
      <Typography variant="body2" color="text.secondary">
        {SCRAM_MEDIATION_TEXT}
      </Typography>
    </>
  )
}
