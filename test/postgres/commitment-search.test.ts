// The search and department equivalence suite on a real PostgreSQL server (pg_trgm's GIN index).
import { commitmentSearchSuite } from "../server/commitments/commitment-search-suite";

commitmentSearchSuite();
