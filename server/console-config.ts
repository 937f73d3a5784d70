// What the server tells the page about itself: written into index.html (so the first paint needs
// no request) and answered at /api/info. Shared with vite.config.ts: no imports.

export type ConsoleConfig =
  | { mode: 'demo' }
  | {
      mode: 'konnect'
      /** Konnect's API base URL, e.g. https://eu.api.konghq.com/v1 (never a token). */
      apiUrl: string
      /** One token the server holds for everyone, or each person signing in with their own. */
      access: 'shared-token' | 'sign-in'
      /** Always true with a shared token; with sign-in, whether this request has a live session. */
      signedIn: boolean
    }

export const CONSOLE_CONFIG_ELEMENT_ID = 'console-config'

/**
 * A JSON data block (`type="application/json"`: never run, so the strict script-src is untouched),
 * with `<` escaped so that nothing in the data can close the element.
 */
export function consoleConfigScript(config: ConsoleConfig): string {
  const json = JSON.stringify(config).replaceAll('<', '\\u003c')
  return `<script id="${CONSOLE_CONFIG_ELEMENT_ID}" type="application/json">${json}</script>`
}

/** index.html with the configuration inserted right before `</head>`. */
export function withConsoleConfig(html: string, config: ConsoleConfig): string {
  const end = html.indexOf('</head>')
  if (end === -1) throw new Error('index.html has no </head> to put the console configuration in.')
  return `${html.slice(0, end)}${consoleConfigScript(config)}${html.slice(end)}`
}
