import { notFound } from '@tanstack/react-router'
import { isApiError } from '../api/api-error'
import { isUuid } from '../api/uuid'

/** IDs in the API are UUIDs; anything else cannot exist, so it is a not-found, not an API error. */
export function assertUuid(id: string): void {
  if (!isUuid(id)) throw notFound()
}

/** Loader helper: a 404 from the API renders the route's not-found page instead of its error page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load
  } catch (error) {
    if (isApiError(error, 404)) throw notFound()
    throw error
  }
}
