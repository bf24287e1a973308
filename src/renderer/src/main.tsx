// Renderer entry: Mantine with the CSP nonce for the <style> tags it injects,
// the bundled CSS files (nothing is loaded from elsewhere), the router (hash
// history: the window never leaves app://, a reload keeps the route) and the app.
import './zod-config';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles/app.css';
import './styles/print.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { App } from './app/app';
import { registerNavigator } from './navigation/navigate';
import { cssVariablesResolver, theme } from './app/theme';
import { queryClient } from './data/query-client';
import { installTestHooks } from './data/test-hooks';

const nonce = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? '';
// Modals lock page scrolling with react-remove-scroll, which injects a <style>
// tag; it takes its nonce from this global (the get-nonce convention).
(globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = nonce;
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// One splat route: the app reads the location itself (navigation/routes.ts),
// so the lock screen and the setup wizard sit outside any route and the
// location survives a lock.
const router = createHashRouter([{ path: '*', element: <App /> }]);
installTestHooks();
registerNavigator({
  to: (path, { replace }) => void router.navigate(path, { replace }),
  back: () => void router.navigate(-1),
});

createRoot(root).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      forceColorScheme="light"
      getStyleNonce={() => nonce}
    >
      <QueryClientProvider client={queryClient}>
        <Notifications position="top-right" zIndex={1000} />
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
