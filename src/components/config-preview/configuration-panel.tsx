import Paper from '@mui/material/Paper'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import Typography from '@mui/material/Typography'
import { useMemo, useState } from 'react'
import { useConnectionInfo } from '../../config/connection-info'
import { CodeBlock } from '../code-block'
import { readPreference, writePreference } from '../preference-storage'
import type { BackendClusterRequestBody } from '../../features/backend-clusters/form/mapping/backend-cluster-request-body'
import {
  renderApiRequest,
  renderJson,
} from '../../features/backend-clusters/config-preview/render-api-request'
import { renderCurl } from '../../features/backend-clusters/config-preview/render-curl'
import { renderTerraform } from '../../features/backend-clusters/config-preview/render-terraform'
import { renderYaml } from './render-yaml'

type TabId = 'api' | 'json' | 'curl' | 'terraform' | 'yaml'

const TAB_INFO: Record<TabId, { label: string; code: string }> = {
  api: { label: 'Konnect API', code: 'API request' },
  json: { label: 'JSON', code: 'JSON configuration' },
  curl: { label: 'curl', code: 'curl command' },
  terraform: { label: 'Terraform', code: 'Terraform resource' },
  yaml: { label: 'YAML', code: 'YAML configuration' },
}

/** A form previews the request it will send; a saved cluster shows its configuration. */
const VARIANT_TABS: Record<'request' | 'resource', readonly TabId[]> = {
  request: ['api', 'curl', 'terraform', 'yaml'],
  resource: ['json', 'yaml', 'terraform', 'curl'],
}

const TAB_STORAGE_KEY = 'egc:configuration-tab'

export interface ConfigurationRequest {
  method: 'POST' | 'PUT'
  /** Path under /v1, e.g. /event-gateways/{id}/backend-clusters */
  path: string
  body: BackendClusterRequestBody
}

interface ConfigurationPanelProps {
  request: ConfigurationRequest
  gatewayId: string
  variant?: 'request' | 'resource'
  title?: string
}

/** The same configuration as API call, JSON, curl, Terraform and YAML; secrets always appear as placeholders. */
export function ConfigurationPanel({
  request,
  gatewayId,
  variant = 'request',
  title = 'Configuration',
}: ConfigurationPanelProps) {
  const tabs = VARIANT_TABS[variant]
  const [chosen, setChosen] = useState<TabId | null>(
    () => readPreference(TAB_STORAGE_KEY) as TabId | null,
  )
  // A tab remembered from the other variant (API request vs JSON) falls back to this one's first.
  const tab: TabId = chosen && tabs.includes(chosen) ? chosen : (tabs[0] ?? 'yaml')
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
      case 'json':
        return renderJson(request.body)
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
      aria-labelledby={`${variant}-configuration-heading`}
      sx={{ p: 2 }}
    >
      <Typography id={`${variant}-configuration-heading`} variant="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Tabs
        value={tab}
        onChange={(_event, value: TabId) => {
          setChosen(value)
          writePreference(TAB_STORAGE_KEY, value)
        }}
        variant="scrollable"
        aria-label="Configuration format"
      >
        {tabs.map((id) => (
          <Tab
            key={id}
            value={id}
            label={TAB_INFO[id].label}
            id={`config-tab-${id}`}
            aria-controls="config-tabpanel"
          />
        ))}
      </Tabs>
      <div role="tabpanel" id="config-tabpanel" aria-labelledby={`config-tab-${tab}`}>
        <CodeBlock
          code={code}
          label={TAB_INFO[tab].code}
          caption={
            info?.mode === 'konnect'
              ? 'Secrets show as placeholders.'
              : 'Secrets show as placeholders. Use your own region in the URL.'
          }
        />
      </div>
    </Paper>
  )
}
