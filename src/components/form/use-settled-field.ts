import { useEffect, useRef, useState } from 'react'
import type { FieldPathByValue, FieldValues, UseFormReturn } from 'react-hook-form'
import { subscribeToPauses } from './use-settled-values'

export interface SettledField {
  /** The field's value (trimmed) when typing last paused. */
  settled: string
  /** True from the first keystroke after a pause until the next pause. */
  typing: boolean
}

/**
 * A text field's value once typing pauses, for hints that ask the server about it. It renders
 * twice per burst of typing (its first keystroke, and the pause), never once per keystroke, so the
 * field itself can stay uncontrolled and a keystroke renders nothing.
 */
export function useSettledField<T extends FieldValues>(
  { getValues, subscribe }: Pick<UseFormReturn<T>, 'getValues' | 'subscribe'>,
  name: FieldPathByValue<T, string>,
  delayMs: number,
): SettledField {
  const [state, setState] = useState<SettledField>(() => ({
    settled: String(getValues(name)).trim(),
    typing: false,
  }))
  const typing = useRef(false)
  useEffect(
    () =>
      subscribeToPauses(subscribe, {
        name,
        delayMs,
        onChange: () => {
          if (typing.current) return
          typing.current = true
          setState((previous) => ({ ...previous, typing: true }))
        },
        onPause: () => {
          typing.current = false
          setState({ settled: String(getValues(name)).trim(), typing: false })
        },
      }),
    [subscribe, getValues, name, delayMs],
  )
  return state
}
