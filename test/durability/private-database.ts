// A throw-away PostgreSQL database next to TEST_DATABASE_URL's, for tests that must not share
// tables with the rest of the suite (its setup empties every table before each file, and other
// runs may use the same database at the same time).
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface PrivateDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createPrivateDatabase(baseUrl: string, prefix: string): Promise<PrivateDatabase> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
