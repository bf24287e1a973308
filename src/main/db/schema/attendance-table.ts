export interface AttendanceTable {
  session_id: number;
  enrolment_id: number;
  present: 0 | 1;
  recorded_by_user_id: number | null;
  recorded_at: string;
}
