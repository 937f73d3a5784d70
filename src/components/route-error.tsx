import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { useEffect } from 'react'
import { ErrorState } from './error-state'
import { PageContainer } from './page-container'

/** Route error boundary: explains the failure and retries the route's loader and queries. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  const queryReset = useQueryErrorResetBoundary()
  useEffect(() => queryReset.reset(), [queryReset])
  const retry = () => {
    reset()
    void router.invalidate()
  }
  return (
    <PageContainer title="This page could not be loaded">
      <ErrorState error={error} onRetry={retry} />
    </PageContainer>
  )
}
