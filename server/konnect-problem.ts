/** The members of a Konnect problem+json worth repeating to the browser, when they are strings. */
export interface KonnectProblem {
  title?: string
  detail?: string
}

/** Reads what Konnect said in an error body; nothing when it is not a JSON object. */
export function readKonnectProblem(body: Buffer): KonnectProblem {
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    return {}
  }
  if (typeof parsed !== 'object' || parsed === null) return {}
  const problem: KonnectProblem = {}
  if ('title' in parsed && typeof parsed.title === 'string') problem.title = parsed.title
  if ('detail' in parsed && typeof parsed.detail === 'string' && parsed.detail.trim() !== '') {
    problem.detail = parsed.detail
  }
  return problem
}
