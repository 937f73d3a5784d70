import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { VirtualCluster, VirtualClusterAuthentication } from '../../../api/api-types'
import { DetailList, type DetailItem } from '../../../components/detail/detail-list'
import { SecretValue } from '../../../components/detail/secret-value'
import { FieldWarning } from '../../../components/field-warning'
import { FormSection } from '../../../components/form/form-section'
import { RouterLink } from '../../../components/router-link'
import {
  ACL_MODE_LABELS,
  authenticationMethodLabel,
} from '../../../components/virtual-cluster-words'
import { NamespaceDetails } from './namespace-details'

function Mono({ children }: { children: string }) {
  return (
    <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
      {children}
    </Typography>
  )
}

type Method<T extends VirtualClusterAuthentication['type']> = Extract<
  VirtualClusterAuthentication,
  { type: T }
>

function kongIdentityItems(
  lookup: { directory: string; failure_mode: string; fetch_by?: { key: string } } | undefined,
): DetailItem[] {
  if (!lookup) return []
  return [
    {
      label: 'Kong Identity lookup',
      value: (
        <>
          Directory <Mono>{lookup.directory}</Mono>
          {lookup.fetch_by ? (
            <>
              , by <Mono>{lookup.fetch_by.key}</Mono>
            </>
          ) : null}
          ; on failure: {lookup.failure_mode === 'error' ? 'refuse the client' : 'carry on'}
        </>
      ),
    },
  ]
}

function saslPlainItems(method: Method<'sasl_plain'>): DetailItem[] {
  const principals = method.principals ?? []
  return [
    { label: 'Mediation', value: method.mediation === 'terminate' ? 'Terminate' : 'Passthrough' },
    ...(method.mediation === 'terminate' || principals.length > 0
      ? [
          {
            label: 'Principals',
            value:
              principals.length === 0 ? (
                'None'
              ) : (
                <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2 }}>
                  {principals.map((principal, index) => (
                    <li key={index}>
                      <Mono>{principal.username}</Mono> — password{' '}
                      <SecretValue value={principal.password} />
                    </li>
                  ))}
                </Stack>
              ),
          },
        ]
      : []),
    ...kongIdentityItems(method.fetch_kong_identity_principal),
  ]
}

function oauthItems(method: Method<'oauth_bearer'>): DetailItem[] {
  const mediation = {
    passthrough: 'Passthrough',
    validate_forward: 'Validate and forward',
    terminate: 'Terminate',
  }[method.mediation]
  const audiences = method.validate?.audiences?.map((audience) => audience.name) ?? []
  const claims = method.claims_mapping
  return [
    { label: 'Mediation', value: mediation },
    ...(method.jwks
      ? [
          { label: 'JWKS endpoint', value: <Mono>{method.jwks.endpoint}</Mono> },
          {
            label: 'JWKS timeout / cache',
            value: `${method.jwks.timeout ?? '10s'} / ${method.jwks.cache_expiration ?? '1h'}`,
          },
        ]
      : []),
    ...(method.validate?.issuer
      ? [{ label: 'Issuer', value: <Mono>{method.validate.issuer}</Mono> }]
      : []),
    ...(audiences.length > 0 ? [{ label: 'Audiences', value: audiences.join(', ') }] : []),
    ...(claims?.sub || claims?.scope
      ? [
          {
            label: 'Claims mapping',
            value: [
              claims.sub ? `sub ← ${claims.sub}` : '',
              claims.scope ? `scope ← ${claims.scope}` : '',
            ]
              .filter(Boolean)
              .join(', '),
          },
        ]
      : []),
    ...kongIdentityItems(method.fetch_kong_identity_principal),
  ]
}

function methodItems(method: VirtualClusterAuthentication): DetailItem[] {
  switch (method.type) {
    case 'anonymous':
      return [{ label: 'Clients', value: 'Connect without credentials' }]
    case 'sasl_plain':
      return saslPlainItems(method)
    case 'sasl_scram':
      return [
        { label: 'Mediation', value: 'Passthrough' },
        ...kongIdentityItems(method.fetch_kong_identity_principal),
      ]
    case 'oauth_bearer':
      return oauthItems(method)
    case 'client_certificate':
      return [
        { label: 'Clients', value: 'Present a certificate the listener trusts' },
        ...kongIdentityItems(method.fetch_kong_identity_principal),
      ]
  }
}

/** The virtual cluster's settings in the form's sections, read-only; secrets never shown. */
export function VirtualClusterSections({
  gatewayId,
  virtualCluster,
}: {
  gatewayId: string
  virtualCluster: VirtualCluster
}) {
  const labels = Object.entries(virtualCluster.labels ?? {})
  const aliases = virtualCluster.topic_aliases ?? []
  return (
    <Stack spacing={3}>
      <FormSection title="General">
        <DetailList
          items={[
            { label: 'Name', value: virtualCluster.name },
            {
              label: 'Description',
              value: virtualCluster.description || (
                <Typography component="span" variant="body2" color="text.secondary">
                  None
                </Typography>
              ),
            },
            { label: 'DNS label', value: <Mono>{virtualCluster.dns_label}</Mono> },
            {
              label: 'Backend cluster',
              value: (
                <RouterLink
                  to="/event-gateways/$gatewayId/backend-clusters/$backendClusterId"
                  params={{ gatewayId, backendClusterId: virtualCluster.destination.id }}
                >
                  {virtualCluster.destination.name}
                </RouterLink>
              ),
            },
          ]}
        />
      </FormSection>
      <FormSection
        title="Authentication"
        description="Tried in order; the first method that matches a client wins."
      >
        {virtualCluster.authentication.map((method, index) => (
          <Stack
            key={index}
            spacing={1}
            component="section"
            aria-label={`Method ${String(index + 1)}`}
          >
            <Typography variant="h3">
              {index + 1}. {authenticationMethodLabel(method)}
            </Typography>
            <DetailList items={methodItems(method)} />
          </Stack>
        ))}
      </FormSection>
      <FormSection title="Access and topics">
        <DetailList
          items={[
            {
              label: 'ACL mode',
              value:
                virtualCluster.acl_mode === 'enforce_on_gateway' ? (
                  <>
                    {ACL_MODE_LABELS.enforce_on_gateway}{' '}
                    <Typography component="span" variant="body2" color="text.secondary">
                      (without ACL policies, every request is denied)
                    </Typography>
                  </>
                ) : (
                  <>
                    {ACL_MODE_LABELS.passthrough}{' '}
                    <Typography component="span" variant="body2" color="text.secondary">
                      (ACL commands go to the backend cluster)
                    </Typography>
                  </>
                ),
            },
            {
              label: 'Namespace',
              value: virtualCluster.namespace ? (
                <NamespaceDetails namespace={virtualCluster.namespace} />
              ) : (
                'None: clients see every topic and group of the backend cluster'
              ),
            },
            ...(aliases.length > 0
              ? [
                  {
                    label: 'Topic aliases',
                    value: (
                      <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2 }}>
                        {aliases.map((alias) => (
                          <li key={alias.alias}>
                            <Mono>{alias.alias}</Mono> → <Mono>{alias.topic}</Mono>
                            {alias.condition ? (
                              <>
                                {' '}
                                when <Mono>{alias.condition}</Mono>
                              </>
                            ) : null}
                          </li>
                        ))}
                      </Stack>
                    ),
                  },
                ]
              : []),
            {
              label: 'Labels',
              value:
                labels.length === 0 ? (
                  <Typography component="span" variant="body2" color="text.secondary">
                    None
                  </Typography>
                ) : (
                  <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                    {labels.map(([key, value]) => (
                      <Chip key={key} size="small" label={`${key}: ${value}`} />
                    ))}
                  </Stack>
                ),
            },
          ]}
        />
        {virtualCluster.authentication.some((method) => method.type === 'anonymous') ? (
          <FieldWarning>
            Anonymous clients are let in: whoever can reach the gateway can use this virtual
            cluster.
          </FieldWarning>
        ) : null}
      </FormSection>
    </Stack>
  )
}
