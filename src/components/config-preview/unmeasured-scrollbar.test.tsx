import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { UnmeasuredScrollbar } from './unmeasured-scrollbar'

describe('UnmeasuredScrollbar', () => {
  it('tells the tabs the bar is 0 wide, and draws nothing', async () => {
    const onChange = vi.fn()
    const { container } = render(<UnmeasuredScrollbar onChange={onChange} />)
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(0))
    expect(container).toBeEmptyDOMElement()
  })

  it('lets a scrollable tab strip scroll once mounted', async () => {
    render(
      <Tabs value="a" variant="scrollable" slots={{ scrollbar: UnmeasuredScrollbar }}>
        <Tab value="a" label="A" />
        <Tab value="b" label="B" />
      </Tabs>,
    )
    const scroller = screen.getByRole('tablist').parentElement
    // MUI keeps the strip's overflow hidden until its scrollbar slot reports a width.
    await waitFor(() => expect(scroller?.style.overflow).toBe(''))
  })
})
