import { render, screen, waitFor } from '@testing-library/react'
import { useCallback, useRef } from 'react'
import { describe, expect, it } from 'vitest'
import { useFocusAfterPaint } from './use-focus-after-paint'

function NameField({ enabled }: { enabled: boolean }) {
  const ref = useRef<HTMLInputElement>(null)
  const focus = useCallback(() => ref.current?.focus(), [])
  useFocusAfterPaint(focus, enabled)
  return (
    <>
      <label>
        Name <input ref={ref} />
      </label>
      <button>Other</button>
    </>
  )
}

const settle = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve))))

describe('useFocusAfterPaint', () => {
  it('focuses the field once the page has painted, not during the render', async () => {
    render(<NameField enabled />)
    const name = screen.getByLabelText('Name')
    expect(name).not.toHaveFocus()
    await waitFor(() => expect(name).toHaveFocus())
  })

  it('leaves focus where the person already put it', async () => {
    render(<NameField enabled />)
    // As a person's click would, before the page has painted.
    screen.getByRole('button', { name: 'Other' }).focus()
    await settle()
    expect(screen.getByRole('button', { name: 'Other' })).toHaveFocus()
    expect(screen.getByLabelText('Name')).not.toHaveFocus()
  })

  it('does nothing when not enabled (an edit form)', async () => {
    render(<NameField enabled={false} />)
    await settle()
    expect(screen.getByLabelText('Name')).not.toHaveFocus()
  })
})
