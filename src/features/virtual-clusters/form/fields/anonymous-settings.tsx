import OpenInNew from '@mui/icons-material/OpenInNew'
import Alert from '@mui/material/Alert'
import Typography from '@mui/material/Typography'
import { useFormContext } from 'react-hook-form'
import { RouterLink } from '../../../../components/router-link'
import { anonymousNotAllowedMessage } from '../rules/authentication-rules'
import { useDestination } from '../use-destination'
import type { VirtualClusterFormValues } from '../virtual-cluster-form-values'

interface AnonymousSettingsProps {
  gatewayId: string
  /** The card's own error (rules or Konnect), if any. */
  error: string | undefined
}

/**
 * Nothing to set; the backend cluster must allow anonymous virtual clusters. When it doesn't, the
 * card says so at once and links to where that is switched on.
 */
export function AnonymousSettings({ gatewayId, error }: AnonymousSettingsProps) {
  const { control } = useFormContext<VirtualClusterFormValues>()
  const { destination, cluster } = useDestination(gatewayId, control)
  const refused =
    cluster !== undefined && cluster.insecure_allow_anonymous_virtual_cluster_auth !== true
  const message =
    error ?? (refused && destination ? anonymousNotAllowedMessage(destination.name) : undefined)
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        Clients connect without credentials. Use it for trusted networks only; the backend cluster
        must allow anonymous authentication from virtual clusters.
      </Typography>
      {message ? (
        <Alert severity="error" role="alert">
          {message}.{' '}
          {destination ? (
            <RouterLink
              to="/event-gateways/$gatewayId/backend-clusters/$backendClusterId/edit"
              params={{ gatewayId, backendClusterId: destination.id }}
              // A new tab, so this half-filled form stays as it is while the backend cluster changes.
              target="_blank"
              rel="noopener noreferrer"
              color="inherit"
              sx={{ fontWeight: 600 }}
            >
              Edit {destination.name} to allow it (opens in a new tab)
              <OpenInNew fontSize="inherit" aria-hidden sx={{ ml: 0.5, verticalAlign: 'middle' }} />
            </RouterLink>
          ) : null}
        </Alert>
      ) : null}
    </>
  )
}
