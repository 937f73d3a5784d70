import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { ChipsTextField } from './chips-text-field'

function Servers({ initial }: { initial: string[] }) {
  const [values, setValues] = useState(initial)
  const [draft, setDraft] = useState('')
  return (
    <>
      <ChipsTextField
        label="Servers"
        values={values}
        draft={draft}
        onDraftChange={setDraft}
        onRemove={(index) => setValues(values.filter((_value, at) => at !== index))}
        onInputKeyDown={(event) => {
          if (event.key === 'Enter' && draft) {
            event.preventDefault()
            setValues([...values, draft])
            setDraft('')
          }
        }}
        isInvalid={(value) => !value.includes(':')}
        helperText="host:port"
      />
      <button type="button">After</button>
    </>
  )
}

function setup(initial: string[]) {
  const user = userEvent.setup()
  render(<Servers initial={initial} />)
  return { user, input: screen.getByRole('textbox', { name: 'Servers' }) }
}

const chip = (name: string) => screen.getByRole('button', { name })
const chipNames = () =>
  screen
    .queryAllByRole('button')
    .map((element) => element.textContent)
    .filter((name) => name !== 'After')

describe('ChipsTextField', () => {
  it('shows each entry as a chip inside the labelled field, with its helper text', async () => {
    const { user, input } = setup(['a:1'])
    expect(chip('a:1')).toBeInTheDocument()
    expect(input).toHaveAccessibleDescription('host:port')
    await user.type(input, 'b:2{Enter}')
    expect(chipNames()).toEqual(['a:1', 'b:2'])
    expect(input).toHaveValue('')
  })

  it('removes the last chip on Backspace in an empty field, and only then', async () => {
    const { user, input } = setup(['a:1', 'b:2'])
    await user.type(input, 'c{Backspace}')
    expect(chipNames()).toEqual(['a:1', 'b:2'])
    await user.keyboard('{Backspace}')
    expect(chipNames()).toEqual(['a:1'])
    expect(input).toHaveFocus()
  })

  it('moves onto the chips with the left arrow, removes one with Delete and keeps focus near', async () => {
    const { user, input } = setup(['a:1', 'b:2', 'c:3'])
    await user.click(input)
    await user.keyboard('{ArrowLeft}')
    expect(chip('c:3')).toHaveFocus()
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}')
    expect(chip('a:1')).toHaveFocus()
    await user.keyboard('{Delete}')
    expect(chipNames()).toEqual(['b:2', 'c:3'])
    expect(chip('b:2')).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(chip('c:3')).toHaveFocus()
    await user.keyboard('{Backspace}')
    expect(chipNames()).toEqual(['b:2'])
    expect(chip('b:2')).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(input).toHaveFocus()
  })

  it('returns to the text with Escape, and keeps chips out of the Tab order', async () => {
    const { user, input } = setup(['a:1', 'b:2'])
    await user.click(input)
    await user.keyboard('{ArrowLeft}{Escape}')
    expect(input).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus()
    await user.tab({ shift: true })
    expect(input).toHaveFocus()
  })

  it('removes a chip with its delete icon', async () => {
    const { user } = setup(['a:1', 'b:2'])
    const icon = chip('a:1').querySelector('svg')
    if (!icon) throw new Error('the chip has no delete icon')
    await user.click(icon)
    expect(chipNames()).toEqual(['b:2'])
  })

  it('keeps the left arrow for the caret while the text holds anything', async () => {
    const { user, input } = setup(['a:1'])
    await user.type(input, 'xy{ArrowLeft}{ArrowLeft}{ArrowLeft}')
    expect(input).toHaveFocus()
    expect(chipNames()).toEqual(['a:1'])
  })
})
