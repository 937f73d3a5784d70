import AddIcon from '@mui/icons-material/Add'
import LanOutlined from '@mui/icons-material/LanOutlined'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { backendClusterQueries } from '../../../api/queries/backend-cluster-queries'
import { eventGatewayQueries } from '../../../api/queries/event-gateway-queries'
import { virtualClusterQueries } from '../../../api/queries/virtual-cluster-queries'
import { BackendClusterPicker } from '../../../components/backend-cluster-picker'
import { EmptyState } from '../../../components/empty-state'
import { ListPagination } from '../../../components/list/list-pagination'
import { ListContent } from '../../../components/list/list-content'
import { SearchField } from '../../../components/list/search-field'
import { useCursorList } from '../../../components/list/use-cursor-list'
import { useRowActions } from '../../../components/list/use-row-actions'
import { PageContainer } from '../../../components/page-container'
import { RouterButton, RouterLink } from '../../../components/router-link'
import { usePendingVirtualClusterDeletions } from '../api/virtual-cluster-mutations'
import { DeleteVirtualClusterDialog } from '../delete/delete-virtual-cluster-dialog'
import { VirtualClusterActionsMenu } from '../list/virtual-cluster-actions-menu'
import { virtualClusterListParams } from '../list/virtual-cluster-list-search'
import { VirtualClusterTable } from '../list/virtual-cluster-table'

const route = getRouteApi('/event-gateways/$gatewayId/virtual-clusters')

const NOUN = { one: 'virtual cluster', other: 'virtual clusters' }

export function VirtualClusterListPage() {
  const { gatewayId } = route.useParams()
  // Another gateway is another list: start it fresh, without the previous gateway's rows.
  return <VirtualClusterList key={gatewayId} gatewayId={gatewayId} />
}

function VirtualClusterList({ gatewayId }: { gatewayId: string }) {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { data: gateway } = useSuspenseQuery(eventGatewayQueries.detail(gatewayId))
  const listQuery = useQuery(
    virtualClusterQueries.list(gatewayId, virtualClusterListParams(search)),
  )
  const backendFilter = search.backend_cluster
  const filteredBy = useQuery({
    ...backendClusterQueries.detail(gatewayId, backendFilter ?? ''),
    enabled: backendFilter !== undefined,
  })
  const update = (patch: Partial<typeof search>, options: { replace?: boolean } = {}): void =>
    void navigate({
      search: (previous) => ({ ...previous, ...patch }),
      replace: options.replace,
      // Typing keeps the page where it is; paging brings the list's top into view.
      resetScroll: !options.replace,
    })
  const list = useCursorList({
    listKey: `virtual-clusters/${gatewayId}/${backendFilter ?? ''}`,
    noun: NOUN,
    search,
    filtered: backendFilter !== undefined,
    query: listQuery,
    pendingDeletions: usePendingVirtualClusterDeletions(gatewayId),
    update,
  })
  const { view } = list
  const rowActions = useRowActions()

  const newButton = (
    <RouterButton
      to="/event-gateways/$gatewayId/virtual-clusters/new"
      params={{ gatewayId }}
      search={{ backend_cluster: backendFilter }}
      variant="contained"
      startIcon={<AddIcon />}
    >
      New virtual cluster
    </RouterButton>
  )

  const content = (
    <ListContent
      view={view}
      noun={NOUN}
      empty={
        <EmptyState
          icon={<LanOutlined fontSize="large" color="disabled" />}
          title="No virtual clusters yet"
          message="Clients reach Kafka through a virtual cluster: it routes them to a backend cluster, with its own authentication, namespace and ACL mode."
          action={newButton}
        />
      }
      query={search.q}
      filter={backendFilter ? 'None of them routes to the chosen backend cluster.' : undefined}
      onClearSearch={() => {
        if (search.q !== undefined) list.clearSearch()
        else update({ backend_cluster: undefined, after: undefined })
      }}
      onFirstPage={list.goToFirstPage}
      onRetry={() => void listQuery.refetch()}
      table={(rows) => (
        <VirtualClusterTable
          gatewayId={gatewayId}
          virtualClusters={rows}
          pageSize={list.size}
          refreshing={list.refreshing}
          menuItemId={rowActions.menuItemId}
          onOpenActions={rowActions.openActions}
          containerRef={rowActions.tableContainerRef}
          footer={rows ? <ListPagination {...list.pagination} /> : null}
        />
      )}
    />
  )

  const showFilters =
    view.kind !== 'empty' || list.searchText.text !== '' || backendFilter !== undefined

  return (
    <PageContainer
      title="Virtual Clusters"
      subtitle={`How clients reach Kafka through ${gateway.name}: each routes to one backend cluster.`}
      breadcrumbs={[
        <RouterLink key="gateways" to="/event-gateways" underline="hover" color="inherit">
          Event Gateways
        </RouterLink>,
        <Typography key="gateway" color="text.primary">
          {gateway.name}
        </Typography>,
      ]}
      actions={view.kind === 'empty' ? undefined : newButton}
    >
      {showFilters ? (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
          <SearchField
            value={list.searchText.text}
            onChange={list.searchText.onTextChange}
            inputRef={list.searchInputRef}
          />
          <BackendClusterPicker
            gatewayId={gatewayId}
            label="Backend cluster"
            size="small"
            value={
              backendFilter === undefined
                ? null
                : { id: backendFilter, name: filteredBy.data?.name ?? '' }
            }
            onChange={(cluster) => update({ backend_cluster: cluster?.id, after: undefined })}
            sx={{ minWidth: 260 }}
          />
        </Stack>
      ) : null}
      {content}
      <Box role="status" className="visually-hidden">
        {list.announcement}
      </Box>
      <VirtualClusterActionsMenu
        key={rowActions.menuKey}
        gatewayId={gatewayId}
        {...rowActions.menu}
      />
      <DeleteVirtualClusterDialog
        gatewayId={gatewayId}
        virtualCluster={rowActions.deleting}
        onClose={rowActions.endDelete}
        onDeleted={rowActions.markDeleted}
      />
    </PageContainer>
  )
}
