import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider, NavLink, Notification, createTheme, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { session } from './api/session';
import { router } from './routes';

// Shade 9 and a darker "dimmed": text and links on white meet WCAG AA contrast (axe-core checks it).
const theme = createTheme({
  primaryColor: 'red',
  primaryShade: { light: 9, dark: 7 },
  defaultRadius: 'sm',
  // "light" badges and buttons: the darkest shade on the pale background, readable (WCAG AA).
  variantColorResolver: (input) => {
    const base = defaultVariantColorsResolver(input);
    if (input.variant !== 'light') return base;
    const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
    return parsed.isThemeColor ? { ...base, color: `var(--mantine-color-${parsed.color}-9)` } : base;
  },
  // The active section: white on the primary colour (the light variant's red on pink is too faint).
  components: {
    NavLink: NavLink.extend({ defaultProps: { variant: 'filled' } }),
    // The close button of a notification is an icon: give it a name.
    // Its description under a title is light grey by default: darker, for contrast.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
      styles: { description: { color: 'var(--mantine-color-gray-7)' } },
    }),
  },
});
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 } },
});
// A signed-out person's cached data must not show to the next one.
session.subscribe(() => {
  if (session.getState().status === 'signedOut') queryClient.clear();
});
// Resume the session (refresh cookie or stored token) before the first signed-in page asks.
void session.refresh();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
