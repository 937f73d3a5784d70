// Runs in the page before the app (Playwright addInitScript): marks the first frame in which a data
// row of the backend cluster list is on screen, as `performance.mark(FIRST_ROW_MARK)`.

export const FIRST_ROW_MARK = 'bench:first-cluster-row'

/**
 * Serialised into the page, so no named inner functions: tsx (esbuild keepNames) would wrap them in
 * a `__name` helper that only exists in Node.
 */
export function installFirstRowProbe(markName: string): void {
  // Skeleton rows have no link; a loaded table is not busy.
  const selector = 'table[aria-label="Backend clusters"][aria-busy="false"] tbody tr a'
  const observer = new MutationObserver(() => {
    const link = document.querySelector(selector)
    if (!link?.checkVisibility()) return
    observer.disconnect()
    // The frame that paints the row starts after this callback.
    requestAnimationFrame(() => performance.mark(markName))
  })
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  })
}

/**
 * In the page: presses "Go to next page" and resolves with the milliseconds until the next page's
 * first row is on screen. (No named inner functions, as above.)
 */
export function timeNextPage(): Promise<number> {
  const selector = 'table[aria-label="Backend clusters"][aria-busy="false"] tbody tr a'
  const before = document.querySelector(selector)?.textContent
  const button = document.querySelector<HTMLButtonElement>('button[aria-label="Go to next page"]')
  return new Promise((resolve, reject) => {
    if (!button) {
      reject(new Error('No "Go to next page" button'))
      return
    }
    const start = performance.now()
    const observer = new MutationObserver(() => {
      const now = document.querySelector(selector)?.textContent
      if (now === undefined || now === before) return
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now() - start))
    })
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    })
    button.click()
  })
}

/**
 * In the page (the gateway list): clicks the gateway's link and resolves with the milliseconds until
 * its first backend cluster row is on screen — a navigation inside the running app.
 */
export function timeInAppNavigation(gatewayName: string): Promise<number> {
  const selector = 'table[aria-label="Backend clusters"][aria-busy="false"] tbody tr a'
  const link = [...document.querySelectorAll('a')].find(
    (anchor) => anchor.textContent === gatewayName,
  )
  return new Promise((resolve, reject) => {
    if (!link) {
      reject(new Error(`No link named ${gatewayName}`))
      return
    }
    const start = performance.now()
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)?.checkVisibility()) return
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now() - start))
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true })
    link.click()
  })
}
