// Names for the generated spec types the app uses; aliases only, never hand-written shapes.
import type { components, operations } from './schema'

type Schemas = components['schemas']

export type BackendCluster = Schemas['BackendCluster']
export type EventGateway = Schemas['EventGatewayInfo']
export type CursorMetaPage = Schemas['CursorMetaPage']
export type InvalidParameters = Schemas['InvalidParameters']
export type InvalidParameter = InvalidParameters[number]
export type ProblemBody = Schemas['BaseError']
export type Labels = Schemas['Labels']
export type BackendClusterTls = Schemas['BackendClusterTLS']
export type BackendClusterAuthentication =
  Schemas['BackendClusterAuthenticationSensitiveDataAwareScheme']

export type VirtualCluster = Schemas['VirtualCluster']
/** One entry of a virtual cluster's `authentication` list, as responses show it (passwords optional). */
export type VirtualClusterAuthentication =
  Schemas['VirtualClusterAuthenticationSensitiveDataAwareScheme']
export type VirtualClusterPrincipal =
  Schemas['VirtualClusterAuthenticationPrincipalSensitiveDataAware']
export type VirtualClusterNamespace = Schemas['VirtualClusterNamespace']
export type VirtualClusterTopicAlias = Schemas['VirtualClusterTopicAlias']
export type VirtualClusterAclMode = Schemas['VirtualClusterACLMode']
export type BackendClusterReference = Schemas['BackendClusterReference']
/** A request's `destination`: the backend cluster by `id` or by `name`. */
export type BackendClusterReferenceModify = Schemas['BackendClusterReferenceModify']

export type CreateBackendClusterRequest =
  components['requestBodies']['CreateBackendClusterRequest']['content']['application/json']
export type UpdateBackendClusterRequest =
  components['requestBodies']['UpdateBackendClusterRequest']['content']['application/json']

export type CreateVirtualClusterRequest =
  components['requestBodies']['CreateVirtualClusterRequest']['content']['application/json']
export type UpdateVirtualClusterRequest =
  components['requestBodies']['UpdateVirtualClusterRequest']['content']['application/json']

export type BackendClusterListResponse =
  operations['list-event-gateway-backend-clusters']['responses'][200]['content']['application/json']
export type EventGatewayListResponse =
  operations['list-event-gateways']['responses'][200]['content']['application/json']
export type VirtualClusterListResponse =
  operations['list-event-gateway-virtual-clusters']['responses'][200]['content']['application/json']
