import { startTransition, useEffect, useState } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'

/** How long typing must pause before a live preview catches up. */
export const SETTLE_MS = 150

/**
 * The form's values once typing pauses. A live preview fed from this renders when the operator
 * stops, not on every keystroke, so typing stays instant; it always ends on the latest values.
 */
export function useSettledValues<T extends FieldValues>(
  { getValues, subscribe }: Pick<UseFormReturn<T>, 'getValues' | 'subscribe'>,
  delayMs = SETTLE_MS,
): T {
  const [values, setValues] = useState<T>(() => getValues())
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const stop = subscribe({
      formState: { values: true },
      callback: () => {
        clearTimeout(timer)
        // A transition: the preview renders in slices, so a keystroke arriving meanwhile goes first.
        timer = setTimeout(() => startTransition(() => setValues(getValues())), delayMs)
      },
    })
    return () => {
      clearTimeout(timer)
      stop()
    }
  }, [subscribe, getValues, delayMs])
  return values
}
