// On SQLite and PGlite in `npm test`; test/postgres/commitment-search.test.ts runs it on PostgreSQL.
import { commitmentSearchSuite } from "./commitment-search-suite";

commitmentSearchSuite();
