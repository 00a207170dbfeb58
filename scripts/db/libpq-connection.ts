// Parameters libpq understands in a connection URI. Others that DATABASE_URL
// may carry for Prisma or node-postgres (schema, connection_limit, …) make
// pg_dump stop with "invalid URI query parameter", so they are left out.
const LIBPQ_PARAMETERS = new Set([
  "sslmode",
  "sslcert",
  "sslkey",
  "sslrootcert",
  "sslcrl",
  "sslpassword",
  "connect_timeout",
  "application_name",
  "options",
  "target_session_attrs",
  "gssencmode",
  "channel_binding",
  "host",
  "port",
]);

/**
 * What a PostgreSQL command-line tool needs to reach `url`: the URI without
 * its password (which would otherwise show in `ps` to every user of the
 * machine) and the password in PGPASSWORD.
 */
export function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  for (const key of [...parsed.searchParams.keys()]) {
    if (!LIBPQ_PARAMETERS.has(key)) parsed.searchParams.delete(key);
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.toString(), env };
}
