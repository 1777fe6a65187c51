import { createBrowserRouter, Navigate } from 'react-router';
import { RequireSession } from './session/RequireSession';

/**
 * Every page is its own chunk, so the sign-in page loads only what it needs. Paths that emails
 * link to: /reset-password?token=…, /invitations/accept?token=… (the gateway answers index.html
 * for any non-API path).
 */
export const router = createBrowserRouter([
  { path: '/sign-in', lazy: () => import('./pages/SignInPage').then((m) => ({ Component: m.SignInPage })) },
  { path: '/sign-up', lazy: () => import('./pages/SignUpPage').then((m) => ({ Component: m.SignUpPage })) },
  { path: '/forgot-password', lazy: () => import('./pages/ForgotPasswordPage').then((m) => ({ Component: m.ForgotPasswordPage })) },
  { path: '/reset-password', lazy: () => import('./pages/ResetPasswordPage').then((m) => ({ Component: m.ResetPasswordPage })) },
  { path: '/social/callback', lazy: () => import('./pages/SocialCallbackPage').then((m) => ({ Component: m.SocialCallbackPage })) },
  {
    element: <RequireSession />,
    children: [
      {
        lazy: () => import('./layout/AppLayout').then((m) => ({ Component: m.AppLayout })),
        children: [
          { index: true, lazy: () => import('./pages/HomeRedirect').then((m) => ({ Component: m.HomeRedirect })) },
          { path: 'personal', lazy: () => import('./pages/PersonalPage').then((m) => ({ Component: m.PersonalPage })) },
          { path: 'accounts/:accountId', element: <Navigate to="dashboard" replace /> },
          { path: 'accounts/:accountId/dashboard', lazy: () => import('./pages/DashboardPage').then((m) => ({ Component: m.DashboardPage })) },
          { path: 'accounts/:accountId/subscriptions', lazy: () => import('./pages/SubscriptionsPage').then((m) => ({ Component: m.SubscriptionsPage })) },
          {
            path: 'accounts/:accountId/subscriptions/:subscriptionId',
            lazy: () => import('./pages/SubscriptionDetailsPage').then((m) => ({ Component: m.SubscriptionDetailsPage })),
          },
        ],
      },
    ],
  },
  { path: '*', lazy: () => import('./pages/NotFoundPage').then((m) => ({ Component: m.NotFoundPage })) },
]);
