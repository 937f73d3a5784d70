import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CodeBlock } from './code-block'
import { NotificationsProvider } from './notifications'

const CODE = 'curl --request POST'

/** Renders first: user-event installs a clipboard of its own, which each test then replaces. */
function renderBlock() {
  render(
    <NotificationsProvider>
      <CodeBlock code={CODE} label="curl command" />
    </NotificationsProvider>,
  )
  return userEvent.setup({ delay: null })
}

/** A plain-http page: no Clipboard API, and select-and-copy answering as given. */
function withoutClipboardApi(execCommandResult: boolean) {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
  const copied: string[] = []
  const execCommand = vi.fn((command: string) => {
    // What a browser copies: the selected text of the page.
    const area = document.querySelector('textarea')
    if (command === 'copy' && execCommandResult && area) {
      copied.push(area.value.slice(area.selectionStart, area.selectionEnd))
    }
    return execCommandResult
  })
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
  return copied
}

let savedClipboard: PropertyDescriptor | undefined
beforeEach(() => {
  savedClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard')
})
afterEach(() => {
  if (savedClipboard) Object.defineProperty(navigator, 'clipboard', savedClipboard)
  else Reflect.deleteProperty(navigator, 'clipboard')
  Reflect.deleteProperty(document, 'execCommand')
})

describe('Copy button', () => {
  it('copies with the Clipboard API where the browser has it', async () => {
    const user = renderBlock()
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await user.click(screen.getByRole('button', { name: 'Copy curl command' }))
    expect(writeText).toHaveBeenCalledWith(CODE)
    // The label changes once the copy promise settles, which may be after the click's act().
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Copy curl command' })).toHaveTextContent('Copied')
    })
  })

  it('falls back to select-and-copy without the Clipboard API (plain http)', async () => {
    const user = renderBlock()
    const copied = withoutClipboardApi(true)
    const button = screen.getByRole('button', { name: 'Copy curl command' })
    await user.click(button)
    expect(copied).toEqual([CODE])
    await waitFor(() => {
      expect(button).toHaveTextContent('Copied')
    })
    // The helper text area is gone and focus is back where it was.
    expect(document.querySelector('textarea')).not.toBeInTheDocument()
    expect(button).toHaveFocus()
  })

  it('says why it cannot copy and selects the code when the browser refuses both ways', async () => {
    const user = renderBlock()
    withoutClipboardApi(false)
    const button = screen.getByRole('button', { name: 'Copy curl command' })
    await user.click(button)
    expect(await screen.findByRole('alert')).toHaveTextContent(/not served over HTTPS.*Ctrl\+C/)
    expect(button).toHaveTextContent('Copy')
    expect(screen.getByRole('region', { name: 'curl command' })).toHaveFocus()
  })
})
