// Attendance rates: the share of recorded sessions a child was present at.
// Sessions without a record for the child do not count either way.

export interface AttendanceRate {
  present: number;
  recorded: number;
  /** 0–1, or null when nothing is recorded yet. */
  rate: number | null;
}

export function attendanceRate(present: number, recorded: number): AttendanceRate {
  return { present, recorded, rate: recorded === 0 ? null : present / recorded };
}

/** Rounded percent for display, e.g. 0.875 → 88. */
export const ratePercent = (rate: number | null): number | null =>
  rate === null ? null : Math.round(rate * 100);
