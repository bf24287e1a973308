// The route on screen, for the signed-in role (a route the role may not see
// has already fallen back, see resolveRoute), and the way back and forward.
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Role } from '../../../shared/roles';
import { leaveThen } from '../stores/leave-guard-store';
import { resolveRoute, type Route } from './routes';

export function useRoute(role: Role): Route {
  return resolveRoute(useLocation().pathname, role);
}

const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Alt+← and Alt+→, and the mouse's back and forward buttons (3 and 4), move
 * through the history as in a browser. Not while the user types in a field,
 * where Alt+arrows may edit text. A form with unsaved changes asks first.
 */
export function useHistoryKeys(): void {
  const navigate = useNavigate();
  useEffect(() => {
    // A form with unsaved changes asks first (issue 11), as the menu and Tillbaka do.
    const move = (delta: -1 | 1) => leaveThen(() => void navigate(delta));
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || editable(event.target)) return;
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      event.preventDefault();
      move(event.key === 'ArrowLeft' ? -1 : 1);
    };
    // Chromium may also act on these buttons by itself; the app handles them once.
    const onMouse = (event: MouseEvent) => {
      if (event.button !== 3 && event.button !== 4) return;
      event.preventDefault();
      if (event.type === 'mouseup') move(event.button === 3 ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onMouse);
    window.addEventListener('mouseup', onMouse);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onMouse);
      window.removeEventListener('mouseup', onMouse);
    };
  }, [navigate]);
}
