// UI preferences (never data or secrets) kept across visits; storage may be missing or blocked.

export function readPreference(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

export function writePreference(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value)
  } catch {
    // A preference that can't be saved is simply not remembered.
  }
}
