import LockOutlined from '@mui/icons-material/LockOutlined'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { isSecretReference } from '../form/vault-reference'

/** A write-only value: the reference when it is one, otherwise only the fact that Konnect keeps it. */
export function SecretValue({ value }: { value: string | undefined }) {
  if (value !== undefined && isSecretReference(value)) {
    return (
      <Typography component="span" variant="body2">
        <code>{value}</code>{' '}
        <Typography component="span" variant="body2" color="text.secondary">
          (reference)
        </Typography>
      </Typography>
    )
  }
  return (
    <Stack component="span" direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
      <LockOutlined fontSize="inherit" color="action" aria-hidden />
      <span>Stored — hidden</span>
    </Stack>
  )
}
