import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider, NavLink, Notification, createTheme, darken, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { session } from './api/session';
import { router } from './routes';

const PAGER_CONTROLS = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' } as const;
const FAINT_COLORS = new Set(['green', 'lime', 'yellow', 'orange']);

// Shade 9 and a darker "dimmed": text and links on white meet WCAG AA contrast (axe-core checks it).
const theme = createTheme({
  primaryColor: 'red',
  primaryShade: { light: 9, dark: 7 },
  defaultRadius: 'sm',
  // "light" badges, alerts and buttons: the darkest shade on the pale background, readable (WCAG AA);
  // green, lime, yellow and orange are too bright even at shade 9, so they are darkened further,
  // and so is their "filled" background under white text.
  variantColorResolver: (input) => {
    const base = defaultVariantColorsResolver(input);
    const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
    if (!parsed.isThemeColor) return base;
    const faint = FAINT_COLORS.has(parsed.color);
    const shade9 = `var(--mantine-color-${parsed.color}-9)`;
    if (input.variant === 'light') return { ...base, color: faint ? darken(input.theme.colors[parsed.color][9], 0.3) : shade9 };
    if (input.variant === 'filled' && faint) {
      return { ...base, background: darken(input.theme.colors[parsed.color][9], 0.3), hover: darken(input.theme.colors[parsed.color][9], 0.4), color: 'var(--mantine-color-white)' };
    }
    return base;
  },
  // (Plain objects rather than `Modal.extend(...)`: importing those components here would put them
  // in the sign-in page's first load.)
  components: {
    // The active section: white on the primary colour (the light variant's red on pink is too faint).
    NavLink: NavLink.extend({ defaultProps: { variant: 'filled' } }),
    // A dialog's close button is an icon: give it a name.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    // So is the clear button of a date or a select.
    InputClearButton: { defaultProps: { 'aria-label': 'Clear' } },
    // The arrows of a pager are icons too.
    Pagination: { defaultProps: { getControlProps: (control: keyof typeof PAGER_CONTROLS) => ({ 'aria-label': PAGER_CONTROLS[control] }) } },
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
  // Error messages and fields in error: red-6 on white is 3.3:1, red-9 passes AA.
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 } },
});
// A signed-out person's cached data must not show to the next one. Only a session that ends
// clears the cache: the first answer (no session to resume) has nothing of anyone's to remove, and
// clearing then would cancel the public pages' first queries in flight (the sign-in methods, the
// social sign-up step), whose components would wait for an answer forever.
let previous = session.getState().status;
session.subscribe(() => {
  const status = session.getState().status;
  if (status === 'signedOut' && previous === 'signedIn') queryClient.clear();
  previous = status;
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
