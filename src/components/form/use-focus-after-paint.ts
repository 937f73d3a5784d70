import { useEffect } from 'react'

/**
 * Focuses a new form's first field once the form has painted, unless the person has moved focus
 * since the form appeared (focus the page put on its heading after a navigation does not count).
 * `autoFocus` focuses during the commit, and focusing forces a style and layout pass of the whole
 * page there, lengthening the one task that draws the form.
 */
export function useFocusAfterPaint(focus: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return
    const before = document.activeElement
    let timer: ReturnType<typeof setTimeout> | undefined
    // The frame's callback runs before it paints; the timer's task after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const now = document.activeElement
        if (now === before || now === null || now === document.body) focus()
      })
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [focus, enabled])
}
