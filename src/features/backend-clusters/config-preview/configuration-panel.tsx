import Paper from '@mui/material/Paper'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import Typography from '@mui/material/Typography'
import { useMemo, useState } from 'react'
import type {
  CreateBackendClusterRequest,
  UpdateBackendClusterRequest,
} from '../../../api/api-types'
import { CodeBlock } from '../../../components/code-block'
import { readPreference, writePreference } from '../../../components/preference-storage'
import { useConnectionInfo } from '../../../app/shell/use-connection-info'
import { renderApiRequest } from './render-api-request'
import { renderCurl } from './render-curl'
import { renderTerraform } from './render-terraform'
import { renderYaml } from './render-yaml'

const TABS = [
  { id: 'api', label: 'Konnect API', code: 'API request' },
  { id: 'curl', label: 'curl', code: 'curl command' },
  { id: 'terraform', label: 'Terraform', code: 'Terraform resource' },
  { id: 'yaml', label: 'YAML', code: 'YAML configuration' },
] as const
type TabId = (typeof TABS)[number]['id']

const TAB_STORAGE_KEY = 'egc:configuration-tab'

function initialTab(): TabId {
  const saved = readPreference(TAB_STORAGE_KEY)
  return TABS.find((tab) => tab.id === saved)?.id ?? 'api'
}

export interface ConfigurationRequest {
  method: 'POST' | 'PUT'
  /** Path under /v1, e.g. /event-gateways/{id}/backend-clusters */
  path: string
  body: CreateBackendClusterRequest | UpdateBackendClusterRequest
}

interface ConfigurationPanelProps {
  request: ConfigurationRequest
  gatewayId: string
  title?: string
}

/** The same configuration as API call, curl, Terraform and YAML; secrets always appear as placeholders. */
export function ConfigurationPanel({
  request,
  gatewayId,
  title = 'Configuration',
}: ConfigurationPanelProps) {
  const [tab, setTab] = useState<TabId>(initialTab)
  const info = useConnectionInfo()
  const apiUrl =
    info?.mode === 'konnect' && info.region
      ? info.region.includes('.')
        ? `https://${info.region}/v1`
        : `https://${info.region}.api.konghq.com/v1`
      : 'https://us.api.konghq.com/v1'
  const code = useMemo(() => {
    switch (tab) {
      case 'api':
        return renderApiRequest({
          method: request.method,
          path: `/v1${request.path}`,
          body: request.body,
        })
      case 'curl':
        return renderCurl({
          method: request.method,
          url: `${apiUrl}${request.path}`,
          body: request.body,
        })
      case 'terraform':
        return renderTerraform(request.body, { gatewayId, resourceName: request.body.name })
      case 'yaml':
        return renderYaml(request.body)
    }
  }, [tab, request, apiUrl, gatewayId])
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="configuration-heading"
      sx={{ p: 2 }}
    >
      <Typography id="configuration-heading" variant="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Tabs
        value={tab}
        onChange={(_event, value: TabId) => {
          setTab(value)
          writePreference(TAB_STORAGE_KEY, value)
        }}
        variant="scrollable"
        aria-label="Configuration format"
      >
        {TABS.map((item) => (
          <Tab
            key={item.id}
            value={item.id}
            label={item.label}
            id={`config-tab-${item.id}`}
            aria-controls="config-tabpanel"
          />
        ))}
      </Tabs>
      <div role="tabpanel" id="config-tabpanel" aria-labelledby={`config-tab-${tab}`}>
        <CodeBlock
          code={code}
          label={TABS.find((item) => item.id === tab)?.code ?? 'configuration'}
          caption={
            info?.mode === 'konnect'
              ? 'Secrets typed in the form show as placeholders.'
              : 'Secrets typed in the form show as placeholders. Use your own region in the URL.'
          }
        />
      </div>
    </Paper>
  )
}
