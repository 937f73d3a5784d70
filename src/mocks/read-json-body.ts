export type JsonBody = { ok: true; value: unknown } | { ok: false }

/** Reads a request body as JSON; an empty or malformed body is `{ ok: false }`, never a throw. */
export async function readJsonBody(request: Request): Promise<JsonBody> {
  try {
    const value: unknown = JSON.parse(await request.text())
    return { ok: true, value }
  } catch {
    return { ok: false }
  }
}
