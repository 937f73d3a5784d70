import Box from '@mui/material/Box'
import { useQuery } from '@tanstack/react-query'
import { useFormContext, useWatch } from 'react-hook-form'
import { virtualClusterQueries } from '../../../../api/queries/virtual-cluster-queries'
import { FieldWarning } from '../../../../components/field-warning'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'

/** The most a list page holds; more anonymous users than that are named as "at least". */
const PAGE_SIZE = 100

interface AnonymousUsersWarningProps {
  gatewayId: string
  backendClusterId: string
}

/** "1 virtual cluster with anonymous authentication routes…" or "At least 100 virtual clusters…". */
export function anonymousUsersMessage(names: readonly string[], more: boolean): string {
  const count = `${more ? 'At least ' : ''}${names.length}`
  const subject =
    names.length === 1 && !more
      ? 'virtual cluster with anonymous authentication routes'
      : 'virtual clusters with anonymous authentication route'
  return `${count} ${subject} to this backend cluster: ${names.join(', ')}. Konnect refuses to turn this off while they do; remove their Anonymous method or route them elsewhere first.`
}

/**
 * Edit: unticking "Allow anonymous authentication from virtual clusters" while anonymous virtual
 * clusters route here would be refused on save; this says so, and names them, before.
 */
export function AnonymousUsersWarning({ gatewayId, backendClusterId }: AnonymousUsersWarningProps) {
  const { control } = useFormContext<BackendClusterFormValues>()
  const allowed = useWatch({ control, name: 'allowAnonymousVirtualClusterAuth' })
  // Asked only once the box is unticked: while it is ticked nobody needs to know.
  const users = useQuery({
    ...virtualClusterQueries.list(gatewayId, { backendClusterId, pageSize: PAGE_SIZE }),
    enabled: !allowed,
  })
  const anonymous = (users.data?.data ?? []).filter((virtualCluster) =>
    virtualCluster.authentication.some((method) => method.type === 'anonymous'),
  )
  const more = Boolean(users.data?.meta?.page.next)
  return (
    // A live region that is always there, so the warning is announced when it appears.
    <Box role="status">
      {!allowed && anonymous.length > 0 ? (
        <FieldWarning>
          {anonymousUsersMessage(
            anonymous.map((virtualCluster) => virtualCluster.name),
            more,
          )}
        </FieldWarning>
      ) : null}
    </Box>
  )
}
