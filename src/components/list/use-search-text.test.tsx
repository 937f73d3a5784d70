import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SEARCH_DEBOUNCE_MS, useSearchText } from './use-search-text'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

function setup(initialQuery: string | undefined) {
  const commit = vi.fn<(query: string | undefined) => void>()
  const view = renderHook(({ urlQuery }) => useSearchText(urlQuery, commit), {
    initialProps: { urlQuery: initialQuery },
  })
  const type = (text: string) => {
    act(() => {
      view.result.current.onTextChange(text)
    })
  }
  const pause = () => {
    act(() => {
      vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
    })
  }
  return { ...view, commit, type, pause }
}

describe('useSearchText', () => {
  it('sends the trimmed text once typing pauses', () => {
    const { result, commit, type, pause } = setup(undefined)
    type('or')
    act(() => {
      vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1)
    })
    type('orders ')
    expect(commit).not.toHaveBeenCalled()
    pause()
    expect(commit).toHaveBeenCalledExactlyOnceWith('orders')
    expect(result.current.text).toBe('orders ')
  })

  it('keeps what was typed since, when the URL catches up with an earlier search', () => {
    const { result, commit, type, pause, rerender } = setup(undefined)
    type('click')
    pause()
    expect(commit).toHaveBeenLastCalledWith('click')
    type('clicks')
    rerender({ urlQuery: 'click' })
    expect(result.current.text).toBe('clicks')
    pause()
    expect(commit).toHaveBeenLastCalledWith('clicks')
  })

  it('shows a search changed elsewhere, e.g. by the Back button', () => {
    const { result, rerender } = setup('growth')
    rerender({ urlQuery: 'billing' })
    expect(result.current.text).toBe('billing')
    rerender({ urlQuery: undefined })
    expect(result.current.text).toBe('')
  })

  it('sends nothing when the text means the search already shown', () => {
    const { commit, type, pause } = setup('orders')
    type(' orders ')
    pause()
    expect(commit).not.toHaveBeenCalled()
  })

  it('clears the box and the search at once', () => {
    const { result, commit, type } = setup('orders')
    type('ordersx')
    act(() => {
      result.current.clear()
    })
    expect(result.current.text).toBe('')
    expect(commit).toHaveBeenCalledExactlyOnceWith(undefined)
    act(() => {
      vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS * 2)
    })
    expect(commit).toHaveBeenCalledTimes(1)
  })
})
