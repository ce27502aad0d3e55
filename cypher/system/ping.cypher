// Does the database answer? The availability probe (src/db/availability.ts) runs this.
RETURN 1 AS ok
