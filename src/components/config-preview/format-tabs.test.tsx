import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { FormatTabs } from './format-tabs'

const TABS = [
  { id: 'api', label: 'Konnect API' },
  { id: 'curl', label: 'curl' },
  { id: 'yaml', label: 'YAML' },
] as const

type Id = (typeof TABS)[number]['id']

function Strip({ onSelect }: { onSelect?: (id: Id) => void }) {
  const [selected, setSelected] = useState<Id>('api')
  return (
    <>
      <FormatTabs
        tabs={TABS}
        selected={selected}
        onSelect={(id) => {
          setSelected(id)
          onSelect?.(id)
        }}
        label="Configuration format"
        tabId={(id) => `tab-${id}`}
        panelId="panel"
      />
      <div role="tabpanel" id="panel" aria-labelledby={`tab-${selected}`}>
        {selected}
      </div>
    </>
  )
}

describe('FormatTabs', () => {
  it('is a named tablist whose selected tab names the panel', async () => {
    render(<Strip />)
    expect(screen.getByRole('tablist', { name: 'Configuration format' })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Konnect API' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    expect(screen.getByRole('tab', { name: 'curl' })).toHaveAttribute('aria-selected', 'false')
    expect(screen.getByRole('tab', { name: 'curl' })).toHaveAttribute('aria-controls', 'panel')
    await userEvent.click(screen.getByRole('tab', { name: 'YAML' }))
    expect(screen.getByRole('tabpanel', { name: 'YAML' })).toHaveTextContent('yaml')
    expect(screen.getByRole('tab', { name: 'YAML' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tab', { name: 'Konnect API' })).toHaveAttribute(
      'aria-selected',
      'false',
    )
  })

  it('is one tab stop, on the selected tab', async () => {
    const user = userEvent.setup()
    render(
      <>
        <button type="button">Before</button>
        <Strip />
        <button type="button">After</button>
      </>,
    )
    screen.getByRole('button', { name: 'Before' }).focus()
    await user.tab()
    expect(screen.getByRole('tab', { name: 'Konnect API' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus()
  })

  it('moves focus with the arrow keys, Home and End, and selects with Enter or Space', async () => {
    const user = userEvent.setup()
    const onSelect = vi.fn()
    render(<Strip onSelect={onSelect} />)
    screen.getByRole('tab', { name: 'Konnect API' }).focus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'curl' })).toHaveFocus()
    // Moving focus does not select: the panel changes only when asked to.
    expect(onSelect).not.toHaveBeenCalled()
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Konnect API' })).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('tab', { name: 'YAML' })).toHaveFocus()
    await user.keyboard('{Home}')
    expect(screen.getByRole('tab', { name: 'Konnect API' })).toHaveFocus()
    await user.keyboard('{End}')
    expect(screen.getByRole('tab', { name: 'YAML' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(onSelect).toHaveBeenLastCalledWith('yaml')
    expect(screen.getByRole('tab', { name: 'YAML' })).toHaveAttribute('tabindex', '0')
    await user.keyboard('{ArrowLeft} ')
    expect(onSelect).toHaveBeenLastCalledWith('curl')
    expect(screen.getByRole('tabpanel', { name: 'curl' })).toBeInTheDocument()
  })
})
