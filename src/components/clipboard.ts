// Copying text. The Clipboard API exists only in secure contexts (https, localhost); a console
// opened over plain http on a LAN address has none, so the older select-and-copy takes over.

export type CopyOutcome = 'copied' | 'unavailable'

/** What to tell someone whose browser refused both ways of copying. */
export const COPY_UNAVAILABLE_HINT =
  'This browser does not allow copying from this page (it is not served over HTTPS). Select the text and press Ctrl+C (⌘C on a Mac).'

function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.setAttribute('aria-hidden', 'true')
  Object.assign(area.style, { position: 'fixed', top: '0', left: '0', opacity: '0' })
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null
  document.body.append(area)
  area.select()
  let copied = false
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only copy that works without the Clipboard API
    copied = document.execCommand('copy')
  } catch {
    copied = false
  }
  area.remove()
  focused?.focus()
  return copied
}

export async function copyText(text: string): Promise<CopyOutcome> {
  // Typed as always there, yet undefined outside secure contexts.
  const { clipboard } = globalThis.navigator as Partial<Navigator>
  if (clipboard !== undefined) {
    try {
      await clipboard.writeText(text)
      return 'copied'
    } catch {
      // Refused (no permission, page not focused): the fallback may still work.
    }
  }
  return copyBySelection(text) ? 'copied' : 'unavailable'
}
