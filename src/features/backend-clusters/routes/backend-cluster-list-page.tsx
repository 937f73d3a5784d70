import AddIcon from '@mui/icons-material/Add'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { backendClusterQueries } from '../../../api/queries/backend-cluster-queries'
import { eventGatewayQueries } from '../../../api/queries/event-gateway-queries'
import { ListPagination } from '../../../components/list/list-pagination'
import { ListContent } from '../../../components/list/list-content'
import { listParamsFromSearch } from '../../../components/list/list-search'
import { SearchField } from '../../../components/list/search-field'
import { useCursorList } from '../../../components/list/use-cursor-list'
import { useRowActions } from '../../../components/list/use-row-actions'
import { PageContainer } from '../../../components/page-container'
import { RouterButton, RouterLink } from '../../../components/router-link'
import { usePendingDeletions } from '../api/backend-cluster-mutations'
import { DeleteBackendClusterDialog } from '../delete/delete-backend-cluster-dialog'
import { BackendClusterTable } from '../list/backend-cluster-table'
import { ClusterActionsMenu } from '../list/cluster-actions-menu'
import { NoClustersYet } from '../list/cluster-list-messages'

const route = getRouteApi('/event-gateways/$gatewayId/backend-clusters')

export function BackendClusterListPage() {
  const { gatewayId } = route.useParams()
  // Another gateway is another list: start it fresh, without the previous gateway's rows.
  return <BackendClusterList key={gatewayId} gatewayId={gatewayId} />
}

const NOUN = { one: 'backend cluster', other: 'backend clusters' }

function BackendClusterList({ gatewayId }: { gatewayId: string }) {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { data: gateway } = useSuspenseQuery(eventGatewayQueries.detail(gatewayId))
  // Not suspense: while a search or page loads, the previous rows stay (placeholder data), the
  // search box keeps focus and every keystroke, and errors show in place of the table.
  const listQuery = useQuery(backendClusterQueries.list(gatewayId, listParamsFromSearch(search)))
  const list = useCursorList({
    listKey: `backend-clusters/${gatewayId}`,
    noun: NOUN,
    search,
    query: listQuery,
    pendingDeletions: usePendingDeletions(gatewayId),
    update: (patch, options = {}) =>
      void navigate({
        search: (previous) => ({ ...previous, ...patch }),
        replace: options.replace,
        // Typing keeps the page where it is; paging brings the list's top into view.
        resetScroll: !options.replace,
      }),
  })
  const { view } = list
  const rowActions = useRowActions()

  const newButton = (
    <RouterButton
      to="/event-gateways/$gatewayId/backend-clusters/new"
      params={{ gatewayId }}
      variant="contained"
      startIcon={<AddIcon />}
    >
      New backend cluster
    </RouterButton>
  )

  const content = (
    <ListContent
      view={view}
      noun={NOUN}
      empty={<NoClustersYet newButton={newButton} />}
      query={search.q}
      onClearSearch={list.clearSearch}
      onFirstPage={list.goToFirstPage}
      onRetry={() => void listQuery.refetch()}
      table={(rows) => (
        <BackendClusterTable
          gatewayId={gatewayId}
          clusters={rows}
          pageSize={list.size}
          refreshing={list.refreshing}
          menuClusterId={rowActions.menuItemId}
          onOpenActions={rowActions.openActions}
          containerRef={rowActions.tableContainerRef}
          footer={rows ? <ListPagination {...list.pagination} /> : null}
        />
      )}
    />
  )

  const showSearch = view.kind !== 'empty' || list.searchText.text !== ''

  return (
    <PageContainer
      title="Backend Clusters"
      subtitle={`Kafka clusters that ${gateway.name} proxies.`}
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
      {showSearch ? (
        <Stack direction="row" sx={{ mb: 2 }}>
          <SearchField
            value={list.searchText.text}
            onChange={list.searchText.onTextChange}
            inputRef={list.searchInputRef}
          />
        </Stack>
      ) : null}
      {content}
      <Box role="status" className="visually-hidden">
        {list.announcement}
      </Box>
      <ClusterActionsMenu key={rowActions.menuKey} gatewayId={gatewayId} {...rowActions.menu} />
      <DeleteBackendClusterDialog
        gatewayId={gatewayId}
        cluster={rowActions.deleting}
        onClose={rowActions.endDelete}
        onDeleted={rowActions.markDeleted}
      />
    </PageContainer>
  )
}
