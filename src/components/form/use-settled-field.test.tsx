import { act, renderHook } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSettledField } from './use-settled-field'

function renderSettledName() {
  let renders = 0
  const hook = renderHook(() => {
    renders += 1
    const form = useForm<{ name: string; description: string }>({
      defaultValues: { name: ' orders ', description: '' },
    })
    return { form, name: useSettledField(form, 'name', 400) }
  })
  const type = (name: string) => {
    act(() => {
      hook.result.current.form.setValue('name', name)
    })
  }
  return { hook, type, renders: () => renders }
}

describe('useSettledField', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('starts settled on the trimmed value', () => {
    const { hook } = renderSettledName()
    expect(hook.result.current.name).toEqual({ settled: 'orders', typing: false })
  })

  it('renders when typing starts and when it pauses, not on every keystroke', async () => {
    const { hook, type, renders } = renderSettledName()
    const before = renders()
    type('o')
    type('or')
    type('ord')
    expect(hook.result.current.name).toEqual({ settled: 'orders', typing: true })
    expect(renders() - before).toBe(1)
    await act(() => vi.advanceTimersByTimeAsync(400))
    expect(hook.result.current.name).toEqual({ settled: 'ord', typing: false })
    expect(renders() - before).toBe(2)
  })

  it('keeps waiting while keystrokes come sooner than the delay', async () => {
    const { hook, type } = renderSettledName()
    type('p')
    await act(() => vi.advanceTimersByTimeAsync(300))
    type('pa')
    await act(() => vi.advanceTimersByTimeAsync(300))
    expect(hook.result.current.name.typing).toBe(true)
    await act(() => vi.advanceTimersByTimeAsync(100))
    expect(hook.result.current.name).toEqual({ settled: 'pa', typing: false })
  })

  it('ignores the other fields', () => {
    const { hook, renders } = renderSettledName()
    const before = renders()
    act(() => {
      hook.result.current.form.setValue('description', 'about orders')
    })
    expect(renders() - before).toBe(0)
    expect(hook.result.current.name.typing).toBe(false)
  })
})
