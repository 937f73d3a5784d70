import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined'
import type { ReactNode } from 'react'
import { EmptyState } from './empty-state'
import { PageContainer } from './page-container'
import { RouterButton } from './router-link'

interface NotFoundStateProps {
  title?: string
  message?: ReactNode
  /** Where to go instead; defaults to the gateway list. */
  action?: ReactNode
}

export function NotFoundState({
  title = 'Page not found',
  message = 'Nothing lives at this address. It may have been deleted, or the link may be mistyped.',
  action,
}: NotFoundStateProps) {
  return (
    <PageContainer title={title}>
      <EmptyState
        icon={<SearchOffOutlined fontSize="large" color="disabled" />}
        title={title}
        message={message}
        action={
          action ?? (
            <RouterButton to="/event-gateways" variant="contained">
              Go to Event Gateways
            </RouterButton>
          )
        }
      />
    </PageContainer>
  )
}
