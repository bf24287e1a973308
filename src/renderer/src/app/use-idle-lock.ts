// Locks after `minutes` without keyboard, mouse or touch activity in the window.
import { useEffect } from 'react';

const activityEvents = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'pointerdown'] as const;

export function useIdleLock(minutes: number, enabled: boolean, onIdle: () => void): void {
  useEffect(() => {
    if (!enabled || minutes <= 0) return;
    const limitMs = minutes * 60_000;
    let lastActivity = Date.now();
    const markActive = () => {
      lastActivity = Date.now();
    };
    // A check every few seconds rather than a timer reset on every mouse move;
    // it also catches up at once after the computer wakes from sleep.
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity >= limitMs) onIdle();
    }, 5_000);
    for (const name of activityEvents)
      window.addEventListener(name, markActive, { capture: true, passive: true });
    return () => {
      window.clearInterval(timer);
      for (const name of activityEvents) window.removeEventListener(name, markActive, { capture: true });
    };
  }, [minutes, enabled, onIdle]);
}
