/** A mistake in how the gate was called (bad flag, bad path, too many files): exit 2, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError'
}
