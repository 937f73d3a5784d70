import { useDeferredValue } from 'react'

/**
 * False for a page's first render, then true in a transition, which React renders in short slices:
 * the page's heading paints first, and the body that follows never blocks input as one long task.
 */
export function useAfterFirstPaint(): boolean {
  return useDeferredValue(true, false)
}
