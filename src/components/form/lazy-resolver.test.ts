import type { Resolver } from 'react-hook-form'
import { describe, expect, it, vi } from 'vitest'
import { lazyResolver } from './lazy-resolver'

// A type alias, not an interface: react-hook-form's FieldValues needs an index signature.
type Values = { name: string }

const OPTIONS = { fields: {}, shouldUseNativeValidation: false } as const
const nameRequired: Resolver<Values> = (values) => {
  if (values.name) return { values, errors: {} as Record<string, never> }
  return { values: {}, errors: { name: { type: 'required', message: 'Enter a name.' } } }
}

describe('lazyResolver', () => {
  it('loads the rules once, however often the form is used, and checks with them', async () => {
    const load = vi.fn(() => Promise.resolve(nameRequired))
    const { resolver, preload } = lazyResolver<Values>(load)
    preload()
    preload()
    const result = await resolver({ name: '' }, undefined, OPTIONS)
    expect(result.errors.name?.message).toBe('Enter a name.')
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('lets the values through when the rules cannot be downloaded, and tries again next time', async () => {
    const load = vi
      .fn<() => Promise<Resolver<Values>>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(nameRequired)
    const { resolver } = lazyResolver<Values>(load)
    expect(await resolver({ name: '' }, undefined, OPTIONS)).toEqual({
      values: { name: '' },
      errors: {},
    })
    const retried = await resolver({ name: '' }, undefined, OPTIONS)
    expect(retried.errors.name?.message).toBe('Enter a name.')
    expect(load).toHaveBeenCalledTimes(2)
  })
})
