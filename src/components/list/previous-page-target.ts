import type { CursorMetaPage } from '../../api/api-types'
import { pageCursors } from '../../api/page-cursor'
import type { RecalledPage } from './previous-page-memory'

export type PreviousPageTarget =
  | { kind: 'none' }
  /** `after` undefined is the first page. */
  | { kind: 'page'; after: string | undefined }

/**
 * Where "Go to previous page" leads: the API's own `previous` link when it sends one, else the page
 * this tab came from, else the first page (a cursor page always has one before it).
 */
export function previousPageTarget(
  currentAfter: string | undefined,
  meta: CursorMetaPage | undefined,
  recalled: RecalledPage,
): PreviousPageTarget {
  if (currentAfter === undefined) return { kind: 'none' }
  const cursors = pageCursors(meta)
  if (cursors.hasPrevious) return { kind: 'page', after: cursors.previous }
  if (recalled.found) return { kind: 'page', after: recalled.after }
  return { kind: 'page', after: undefined }
}
