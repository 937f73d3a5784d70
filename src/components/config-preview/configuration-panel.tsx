import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { useCallback, useEffect, useState } from 'react'
import { useConnectionInfo } from '../../config/connection-info'
import { CodeBlock } from '../code-block'
import { readPreference, writePreference } from '../preference-storage'
import { renderApiRequest, renderJson, type HttpMethod } from './render-json'
import { FormatTabs, type FormatTab } from './format-tabs'
import type { SecretSlot } from './secret-slots'

type TabId = 'api' | 'json' | 'curl' | 'terraform' | 'yaml'

const TAB_INFO: Record<TabId, { label: string; code: string }> = {
  api: { label: 'Konnect API', code: 'API request' },
  json: { label: 'JSON', code: 'JSON configuration' },
  curl: { label: 'curl', code: 'curl command' },
  terraform: { label: 'Terraform', code: 'Terraform resource' },
  yaml: { label: 'YAML', code: 'YAML configuration' },
}

/** A form previews the request it will send; a saved entity shows its configuration. */
const VARIANT_TABS: Record<'request' | 'resource', readonly TabId[]> = {
  request: ['api', 'curl', 'terraform', 'yaml'],
  resource: ['json', 'yaml', 'terraform', 'curl'],
}

const stripTabs = (ids: readonly TabId[]): readonly FormatTab<TabId>[] =>
  ids.map((id) => ({ id, label: TAB_INFO[id].label }))

const STRIP_TABS = {
  request: stripTabs(VARIANT_TABS.request),
  resource: stripTabs(VARIANT_TABS.resource),
}

const tabElementId = (id: TabId) => `config-tab-${id}`

const TAB_STORAGE_KEY = 'egc:configuration-tab'

/** The default shown when the console does not know the organization's region (the demo). */
const EXAMPLE_API_URL = 'https://us.api.konghq.com/v1'

export interface ConfigurationRequest {
  method: HttpMethod
  /** Path under /v1, e.g. /event-gateways/{id}/backend-clusters (api/konnect-paths.ts) */
  path: string
  body: object
  /** Where the body's plaintext secrets sit: every view shows a placeholder there. */
  secrets: readonly SecretSlot[]
  /** The entity's Terraform resource; only called while that tab shows, so its writer loads then. */
  terraform: () => Promise<string>
}

interface ConfigurationPanelProps {
  request: ConfigurationRequest
  variant?: 'request' | 'resource'
  title?: string
}

/** The same configuration as API call, JSON, curl, Terraform and YAML; secrets always appear as placeholders. */
export function ConfigurationPanel({
  request,
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
  const apiUrl = info.mode === 'konnect' ? info.apiUrl : EXAMPLE_API_URL
  const code = useRenderedCode(tab, request, apiUrl)
  const choose = useCallback((value: TabId) => {
    setChosen(value)
    writePreference(TAB_STORAGE_KEY, value)
  }, [])
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
      <FormatTabs
        tabs={STRIP_TABS[variant]}
        selected={tab}
        onSelect={choose}
        label="Configuration format"
        tabId={tabElementId}
        panelId="config-tabpanel"
      />
      <div role="tabpanel" id="config-tabpanel" aria-labelledby={tabElementId(tab)}>
        <CodeBlock
          code={code ?? ''}
          busy={code === undefined}
          label={TAB_INFO[tab].code}
          caption={
            info.mode === 'konnect'
              ? 'Secrets show as placeholders.'
              : 'Secrets show as placeholders. Use your own region in the URL.'
          }
        />
      </div>
    </Paper>
  )
}

/** The tab's code: API and JSON at once; curl, YAML and Terraform once their writers have loaded. */
function useRenderedCode(
  tab: TabId,
  request: ConfigurationRequest,
  apiUrl: string,
): string | undefined {
  const { method, path, body, secrets } = request
  const immediate =
    tab === 'api'
      ? renderApiRequest({ method, path: `/v1${path}`, body }, secrets)
      : tab === 'json'
        ? renderJson(body, secrets)
        : undefined
  const [loaded, setLoaded] = useState<{
    request: ConfigurationRequest
    tab: TabId
    code: string
  }>()
  useEffect(() => {
    if (tab === 'api' || tab === 'json') return
    let current = true
    const rendering =
      tab === 'terraform'
        ? request.terraform()
        : tab === 'curl'
          ? import('./render-curl').then(({ renderCurl }) =>
              renderCurl({ method, url: `${apiUrl}${path}`, body }, secrets),
            )
          : import('./render-yaml').then(({ renderYaml }) => renderYaml(body, secrets))
    void rendering.then((code) => {
      if (current) setLoaded({ request, tab, code })
    })
    return () => {
      current = false
    }
  }, [tab, request, apiUrl, method, path, body, secrets])
  if (immediate !== undefined) return immediate
  // While a newer body renders, the previous code of the same tab stays (typing never blanks it).
  return loaded?.tab === tab ? loaded.code : undefined
}
