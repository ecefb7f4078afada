/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Where CREATE/DROP DATABASE run: the database DATABASE_URL names (it must exist). */
export function adminUrl(url: string): string {
  return url;
}
