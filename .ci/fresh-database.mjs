// Creates (or drops) a throw-away database on the CI PostgreSQL server and prints its URL.
// Tries the users CI machines have (trust auth): postgres, then root.
import postgres from "postgres";

const [action, target] = process.argv.slice(2);
const candidates = ["postgres", "root"].map((user) => `postgres://${user}@127.0.0.1:5432/test`);

async function connect() {
  const errors = [];
  for (const url of candidates) {
    const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
    try {
      await sql`select 1`;
      return { sql, url };
    } catch (e) {
      errors.push(`${new URL(url).username}: ${e.message}`);
      await sql.end({ timeout: 1 }).catch(() => {});
    }
  }
  console.error(`PostgreSQL on 127.0.0.1:5432 (database test) cannot be reached: ${errors.join("; ")}`);
  process.exit(1);
}

const { sql, url } = await connect();
try {
  if (action === "create") {
    const name = `thidua_ci_${Date.now()}_${process.pid}`;
    await sql.unsafe(`create database ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    console.log(u.toString());
  } else if (action === "drop" && target) {
    const name = new URL(target).pathname.slice(1);
    if (/^thidua_ci_\d+_\d+$/.test(name)) await sql.unsafe(`drop database if exists ${name} with (force)`);
  } else {
    console.error("usage: fresh-database.mjs create | drop <url>");
    process.exit(2);
  }
} finally {
  await sql.end({ timeout: 5 });
}
