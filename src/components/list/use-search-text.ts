import { useEffect, useEffectEvent, useState } from 'react'

export const SEARCH_DEBOUNCE_MS = 300

function normalise(text: string): string | undefined {
  const trimmed = text.trim()
  return trimmed === '' ? undefined : trimmed
}

interface SearchText {
  /** What the box shows: exactly what was typed, never rewritten while typing. */
  text: string
  onTextChange: (text: string) => void
  /** Empties the box and the search at once (no debounce). */
  clear: () => void
}

/**
 * The search box's text and the URL's `q`, kept in step both ways: typing reaches the URL after a
 * pause; back, forward or a link that changes `q` show up in the box. While typing (or while the
 * last committed text is on its way to the URL) the URL never overwrites the box, so no keystroke
 * is lost to a late answer.
 */
export function useSearchText(
  urlQuery: string | undefined,
  commit: (query: string | undefined) => void,
  delayMs: number = SEARCH_DEBOUNCE_MS,
): SearchText {
  const [text, setText] = useState(urlQuery ?? '')
  /** Typed and not yet sent; a new object per keystroke restarts the pause. */
  const [draft, setDraft] = useState<{ text: string } | null>(null)
  const [seenUrlQuery, setSeenUrlQuery] = useState(urlQuery)

  if (urlQuery !== seenUrlQuery) {
    setSeenUrlQuery(urlQuery)
    if (draft === null && urlQuery !== normalise(text)) setText(urlQuery ?? '')
  }

  const send = useEffectEvent((typed: string) => {
    setDraft(null)
    const query = normalise(typed)
    if (query !== urlQuery) commit(query)
  })

  useEffect(() => {
    if (draft === null) return
    const timer = setTimeout(() => send(draft.text), delayMs)
    return () => clearTimeout(timer)
  }, [draft, delayMs])

  return {
    text,
    onTextChange: (next) => {
      setText(next)
      setDraft({ text: next })
    },
    clear: () => {
      setText('')
      setDraft(null)
      if (urlQuery !== undefined) commit(undefined)
    },
  }
}
