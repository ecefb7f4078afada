/** Rows of a raw `execute`: postgres.js returns an array, PGlite an object with `rows`. */
export const rowsOf = <R>(result: unknown): R[] => (Array.isArray(result) ? (result as R[]) : ((result as { rows?: R[] }).rows ?? []));
