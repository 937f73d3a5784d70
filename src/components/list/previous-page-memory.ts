// Fallback for going back a page when the API sends no `meta.page.previous` link (the spec allows
// null; Konnect may not fill it). Each "Go to next page" notes which cursor the new page came from,
// per browser tab (sessionStorage), so Previous, reload and the Back button keep working in the tab.
// A link opened elsewhere carries no such note: Previous then goes to the first page.

const STORAGE_KEY = 'egc:list-previous-pages'
/** Enough for long paging sessions; the oldest notes go first. */
const MAX_NOTES = 500
const FIRST_PAGE = ''

export interface PageAddress {
  /** Which list: the entity, its gateway and any filter, e.g. "backend-clusters/<gateway id>". */
  list: string
  q: string | undefined
  size: number
  after: string
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>

function addressKey(page: PageAddress): string {
  return JSON.stringify([page.list, page.q ?? '', page.size, page.after])
}

function readNotes(storage: StorageLike): [string, string][] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]')
    if (!Array.isArray(parsed)) return []
    return parsed.filter(
      (entry): entry is [string, string] =>
        Array.isArray(entry) &&
        entry.length === 2 &&
        typeof entry[0] === 'string' &&
        typeof entry[1] === 'string',
    )
  } catch {
    return []
  }
}

function browserStorage(): StorageLike | undefined {
  try {
    return window.sessionStorage
  } catch {
    return undefined
  }
}

/** Notes that `page` was reached from the page at `previousAfter` (undefined: the first page). */
export function rememberPreviousPage(
  page: PageAddress,
  previousAfter: string | undefined,
  storage: StorageLike | undefined = browserStorage(),
): void {
  if (!storage) return
  const key = addressKey(page)
  const notes = readNotes(storage).filter(([noted]) => noted !== key)
  notes.push([key, previousAfter ?? FIRST_PAGE])
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(notes.slice(-MAX_NOTES)))
  } catch {
    // Storage full or blocked: Previous falls back to the first page.
  }
}

export type RecalledPage = { found: true; after: string | undefined } | { found: false }

/** The page `page` was reached from, if this tab noted it. */
export function recallPreviousPage(
  page: PageAddress,
  storage: StorageLike | undefined = browserStorage(),
): RecalledPage {
  if (!storage) return { found: false }
  const key = addressKey(page)
  const note = readNotes(storage).find(([noted]) => noted === key)
  if (!note) return { found: false }
  return { found: true, after: note[1] === FIRST_PAGE ? undefined : note[1] }
}
