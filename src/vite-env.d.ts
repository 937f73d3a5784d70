/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** 'demo' runs on the in-browser mock API; 'konnect' talks to Konnect through the console's server. */
  readonly VITE_APP_MODE: 'demo' | 'konnect'
  /** Mock API latency in ms for demo builds (tests build with 0). */
  readonly VITE_DEMO_LATENCY_MS?: string
}
