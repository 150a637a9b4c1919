import { LocalDateResolver } from "graphql-scalars";

/** Calendar date without time zone, "YYYY-MM-DD" (session dates, due dates). */
export const LocalDate = LocalDateResolver;
