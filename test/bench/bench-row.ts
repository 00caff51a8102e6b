/** One line of the bench table. `ok` is whether the value meets the goal (absent: no goal). */
export interface BenchRow {
  section: string;
  measure: string;
  value: string;
  goal?: string;
  ok?: boolean;
}
