// Konnect's problem+json error answers.
import { HttpResponse } from 'msw'
import type { InvalidParameter, ProblemBody } from '../api/api-types'

const TITLES = { 400: 'Bad Request', 404: 'Not Found', 409: 'Conflict' } as const

export type ProblemStatus = keyof typeof TITLES

/** Konnect's correlation id format, `kong:trace:<digits>`. */
function traceId(): string {
  const digits = () => String(Math.floor(1e9 + Math.random() * 9e9))
  return `kong:trace:${digits()}${digits()}`
}

export function problemBody(
  status: ProblemStatus,
  detail: string,
  invalidParameters?: InvalidParameter[],
): ProblemBody & { invalid_parameters?: InvalidParameter[] } {
  return {
    status,
    title: TITLES[status],
    type: `https://httpstatuses.com/${status}`,
    instance: traceId(),
    detail,
    ...(invalidParameters && { invalid_parameters: invalidParameters }),
  }
}

export function problemResponse(
  status: ProblemStatus,
  detail: string,
  invalidParameters?: InvalidParameter[],
): Response {
  return HttpResponse.json(problemBody(status, detail, invalidParameters), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

export function gatewayNotFound(gatewayId: string): Response {
  return problemResponse(404, `Event gateway [${gatewayId}] was not found.`)
}

export function clusterNotFound(clusterId: string): Response {
  return problemResponse(404, `Backend cluster [${clusterId}] was not found in this event gateway.`)
}

export function virtualClusterNotFound(virtualClusterId: string): Response {
  return problemResponse(
    404,
    `Virtual cluster [${virtualClusterId}] was not found in this event gateway.`,
  )
}
