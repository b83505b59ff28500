// A mistake in the command line (flags, paths, outputs): exit code 2 with the message only.
export class UsageError extends Error {
  override name = 'UsageError';
}
