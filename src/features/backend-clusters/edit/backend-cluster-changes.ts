// The backend cluster's words for the review of changes before an edit is saved.
import {
  diffRequestBodies,
  type DiffVocabulary,
  type FieldChange,
} from '../../../components/review/diff-request-bodies'
import { PASSWORD_SLOT, CLIENT_KEY_SLOT } from '../config-preview/backend-cluster-secrets'
import type { BackendClusterRequestBody } from '../form/mapping/backend-cluster-request-mapper'

const VOCABULARY: DiffVocabulary<BackendClusterRequestBody> = {
  labels: {
    name: 'Name',
    description: 'Description',
    bootstrap_servers: 'Bootstrap servers',
    'authentication.type': 'Authentication',
    'authentication.algorithm': 'SCRAM algorithm',
    'authentication.username': 'Username',
    'authentication.password': 'Password',
    insecure_allow_anonymous_virtual_cluster_auth:
      'Allow anonymous authentication from virtual clusters',
    'tls.enabled': 'TLS',
    'tls.insecure_skip_verify': 'Skip certificate verification',
    'tls.ca_bundle': 'CA bundle',
    'tls.tls_versions': 'TLS versions',
    'tls.client_identity.certificate': 'Client certificate',
    'tls.client_identity.key': 'Client key',
    metadata_update_interval_seconds: 'Metadata update interval (seconds)',
  },
  fallbackLabel: (path) =>
    path.startsWith('labels.') ? `Label ${path.slice('labels.'.length)}` : undefined,
  secretPaths: [PASSWORD_SLOT.path.join('.'), CLIENT_KEY_SLOT.path.join('.')],
  withDefaults: (body) => ({
    ...body,
    description: body.description ?? '',
    insecure_allow_anonymous_virtual_cluster_auth:
      body.insecure_allow_anonymous_virtual_cluster_auth ?? false,
    metadata_update_interval_seconds: body.metadata_update_interval_seconds ?? 60,
    labels: body.labels ?? {},
    tls: {
      ...body.tls,
      insecure_skip_verify: body.tls.insecure_skip_verify ?? false,
      tls_versions: body.tls.tls_versions ?? ['tls12', 'tls13'],
    },
  }),
}

export function diffBackendClusterBodies(
  before: BackendClusterRequestBody,
  after: BackendClusterRequestBody,
): FieldChange[] {
  return diffRequestBodies(before, after, VOCABULARY)
}
