import { PageContainer } from '../../../components/page-container'

export function BackendClusterEditPage() {
  return (
    <PageContainer title="Edit backend cluster">The form arrives with the edit flow.</PageContainer>
  )
}
