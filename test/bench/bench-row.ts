/** One line of the bench table. `ok` is whether the value meets the goal (absent: no goal). */
export interface BenchRow {
  section: string;
  measure: string;
  value: string;
  goal?: string;
  ok?: boolean;
  /** Longer text printed under the table (a query plan, a load's waterfall), headed by the measure. */
  detail?: string;
}
