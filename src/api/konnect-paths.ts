// The Konnect API paths the console shows people (previews, curl, docs links), under `/v1`. The
// typed client builds its own request paths from the spec's templates; these are for display.

function item(collection: string, id: string | undefined): string {
  return id === undefined ? collection : `${collection}/${encodeURIComponent(id)}`
}

export const konnectPaths = {
  backendClusters: (gatewayId: string, clusterId?: string) =>
    item(`/event-gateways/${encodeURIComponent(gatewayId)}/backend-clusters`, clusterId),
  virtualClusters: (gatewayId: string, clusterId?: string) =>
    item(`/event-gateways/${encodeURIComponent(gatewayId)}/virtual-clusters`, clusterId),
}
