/** Settles like `promise`, or rejects after `ms` (the work itself is not stopped). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what = "the call"): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(`${what} did not finish within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export class TimeoutError extends Error {
  override name = "TimeoutError";
}
