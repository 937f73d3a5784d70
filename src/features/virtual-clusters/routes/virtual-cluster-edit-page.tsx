import { PageContainer } from '../../../components/page-container'

// Placeholder while the page is built.
export function VirtualClusterEditPage() {
  return <PageContainer title="Virtual Clusters">{null}</PageContainer>
}
