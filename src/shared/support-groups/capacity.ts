// Group size: the maximum is hard (one more child is refused); below the
// minimum the group still runs but shows a warning.
import type { EnrolmentStatus } from './vocabulary';

/** Enrolments that hold a place in a group. */
export const placeHoldingStatuses: readonly EnrolmentStatus[] = [
  'offered',
  'admitted',
  'participating',
  'completed',
];

export const holdsPlace = (status: EnrolmentStatus): boolean => placeHoldingStatuses.includes(status);

export interface Capacity {
  placed: number;
  min: number;
  max: number;
  free: number;
  full: boolean;
  belowMinimum: boolean;
}

export function capacity(placed: number, min: number, max: number): Capacity {
  return {
    placed,
    min,
    max,
    free: Math.max(0, max - placed),
    full: placed >= max,
    belowMinimum: placed < min,
  };
}

/** Whether `adding` more children fit under the maximum. */
export const canPlace = (placed: number, max: number, adding = 1): boolean => placed + adding <= max;
