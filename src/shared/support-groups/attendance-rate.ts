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
