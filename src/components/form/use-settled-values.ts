import { startTransition, useEffect, useState } from 'react'
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form'

/** How long typing must pause before a live preview catches up. */
export const SETTLE_MS = 150

type Subscribe<T extends FieldValues> = UseFormReturn<T>['subscribe']

/**
 * Calls `onChange` on every change to the form (or to field `name`), and `onPause` once changes
 * have stopped for `delayMs`, in a transition: what it renders comes in slices, so a keystroke
 * arriving meanwhile goes first. Returns the unsubscribe.
 */
export function subscribeToPauses<T extends FieldValues>(
  subscribe: Subscribe<T>,
  {
    name,
    delayMs,
    onChange,
    onPause,
  }: { name?: FieldPath<T>; delayMs: number; onChange?: () => void; onPause: () => void },
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const stop = subscribe({
    ...(name === undefined ? {} : { name }),
    formState: { values: true },
    callback: () => {
      onChange?.()
      clearTimeout(timer)
      timer = setTimeout(() => startTransition(onPause), delayMs)
    },
  })
  return () => {
    clearTimeout(timer)
    stop()
  }
}

/**
 * The form's values once typing pauses. A live preview fed from this renders when the operator
 * stops, not on every keystroke, so typing stays instant; it always ends on the latest values.
 */
export function useSettledValues<T extends FieldValues>(
  { getValues, subscribe }: Pick<UseFormReturn<T>, 'getValues' | 'subscribe'>,
  delayMs = SETTLE_MS,
): T {
  const [values, setValues] = useState<T>(() => getValues())
  useEffect(
    () => subscribeToPauses(subscribe, { delayMs, onPause: () => setValues(getValues()) }),
    [subscribe, getValues, delayMs],
  )
  return values
}
