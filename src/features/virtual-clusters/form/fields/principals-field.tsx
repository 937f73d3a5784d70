import AddIcon from '@mui/icons-material/Add'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import Button from '@mui/material/Button'
import FormHelperText from '@mui/material/FormHelperText'
import IconButton from '@mui/material/IconButton'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useEffect, useId, useRef } from 'react'
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import { FormTextField } from '../../../../components/form/form-text-field'
import { SecretField } from '../../../../components/form/secret-field'
import { storedPasswordLost } from '../rules/authentication-rules'
import { newPrincipal, type VirtualClusterFormValues } from '../virtual-cluster-form-values'

interface PrincipalPasswordFieldProps {
  name: `authentication.${number}.principals.${number}`
  plainRank: number
}

/** A principal's password; a stored one is kept only while the principal is who it was stored for. */
function PrincipalPasswordField({ name, plainRank }: PrincipalPasswordFieldProps) {
  const { control } = useFormContext<VirtualClusterFormValues>()
  const principal = useWatch({ control, name })
  return (
    <SecretField
      control={control}
      name={`${name}.password`}
      storedName={`${name}.passwordStored`}
      label="Password"
      subject="password"
      required
      helperText="Write-only: Konnect encrypts a plaintext password and never shows it again."
      cannotKeep={storedPasswordLost(principal, plainRank)}
    />
  )
}

interface PrincipalsFieldProps {
  /** The method's place in the list. */
  index: number
  /** How many SASL/PLAIN methods come before this one: Konnect keeps passwords by this rank. */
  plainRank: number
}

/** The usernames and passwords a Terminate SASL/PLAIN method checks clients against. */
export function PrincipalsField({ index, plainRank }: PrincipalsFieldProps) {
  const { control, formState, setFocus, getFieldState } = useFormContext<VirtualClusterFormValues>()
  const name = `authentication.${index}.principals` as const
  const { fields, append, remove } = useFieldArray({ control, name })
  const addButton = useRef<HTMLButtonElement>(null)
  const focusAfter = useRef<{ kind: 'added' } | { kind: 'removed'; at: number } | null>(null)
  const legendId = useId()
  useEffect(() => {
    const pending = focusAfter.current
    focusAfter.current = null
    if (pending === null) return
    if (pending.kind === 'added') {
      setFocus(`${name}.${fields.length - 1}.username`)
      return
    }
    // The removed row took the focus with it: move on to the row that took its place, or back out.
    const next = Math.min(pending.at, fields.length - 1)
    if (next >= 0) setFocus(`${name}.${next}.username`)
    else addButton.current?.focus()
  }, [fields.length, name, setFocus])
  // Passing formState subscribes to it (principals-required lands on the list itself).
  const listError = getFieldState(name, formState).error
  const listMessage = listError?.root?.message ?? listError?.message
  return (
    <Stack
      spacing={1.5}
      component="fieldset"
      aria-labelledby={legendId}
      sx={{ border: 0, p: 0, m: 0 }}
    >
      <Typography id={legendId} component="legend" variant="subtitle2" sx={{ p: 0 }}>
        Principals
      </Typography>
      {fields.map((row, position) => (
        <Paper
          key={row.id}
          variant="outlined"
          role="group"
          aria-label={`Principal ${position + 1}`}
          sx={{ p: 1.5 }}
        >
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="body2" color="text.secondary">
              Principal {position + 1}
            </Typography>
            <IconButton
              size="small"
              aria-label={`Remove principal ${position + 1}`}
              onClick={() => {
                focusAfter.current = { kind: 'removed', at: position }
                remove(position)
              }}
            >
              <DeleteOutlined fontSize="small" />
            </IconButton>
          </Stack>
          <Stack spacing={1.5} sx={{ mt: 1 }}>
            <FormTextField
              control={control}
              name={`${name}.${position}.username`}
              label="Username"
              helperText="A literal, or a reference such as ${vault.env['KAFKA_USER']}"
              required
              code
            />
            <PrincipalPasswordField name={`${name}.${position}`} plainRank={plainRank} />
          </Stack>
        </Paper>
      ))}
      {listMessage ? <FormHelperText error>{listMessage}</FormHelperText> : null}
      <Button
        ref={addButton}
        startIcon={<AddIcon />}
        onClick={() => {
          focusAfter.current = { kind: 'added' }
          append(newPrincipal(), { shouldFocus: false })
        }}
        sx={{ alignSelf: 'flex-start' }}
      >
        Add principal
      </Button>
    </Stack>
  )
}
