import type { FieldValues, Resolver } from 'react-hook-form'

/**
 * A form resolver whose rules load on first use, so a form's schema (and the schema library) stay
 * out of the page's first paint; `preload` starts the download on first use of the form. Should
 * the download fail (a network fault), the values pass unchecked this time — Konnect still checks
 * them on save and its answer lands at the fields — and the next check downloads again.
 */
export function lazyResolver<V extends FieldValues>(load: () => Promise<Resolver<V>>) {
  let loading: Promise<Resolver<V>> | undefined
  const rules = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined
      throw error
    })
    return loading
  }
  const resolver: Resolver<V> = async (values, context, options) => {
    let check: Resolver<V>
    try {
      check = await rules()
    } catch {
      return { values, errors: {} }
    }
    return check(values, context, options)
  }
  // Called on every key press in the form: after the first, it only reads a variable.
  const preload = () => {
    if (loading === undefined) rules().catch(() => undefined)
  }
  return { resolver, preload }
}
