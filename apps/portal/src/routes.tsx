import { createBrowserRouter, Navigate } from 'react-router';
import { operatorRoutes } from './operator/routes';
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
  { path: '/invitations/accept', lazy: () => import('./pages/AcceptInvitationPage').then((m) => ({ Component: m.AcceptInvitationPage })) },
  { path: '/email-change/confirm', lazy: () => import('./pages/ConfirmEmailChangePage').then((m) => ({ Component: m.ConfirmEmailChangePage })) },
  { path: '/social/callback', lazy: () => import('./pages/SocialCallbackPage').then((m) => ({ Component: m.SocialCallbackPage })) },
  {
    element: <RequireSession />,
    children: [
      // The operators' back office: its own layout, which refuses customers.
      { path: 'operator', lazy: () => import('./operator/OperatorLayout').then((m) => ({ Component: m.OperatorLayout })), children: operatorRoutes },
      {
        lazy: () => import('./layout/AppLayout').then((m) => ({ Component: m.AppLayout })),
        children: [
          { index: true, lazy: () => import('./pages/HomeRedirect').then((m) => ({ Component: m.HomeRedirect })) },
          { path: 'personal', lazy: () => import('./pages/PersonalPage').then((m) => ({ Component: m.PersonalPage })) },
          { path: 'profile', lazy: () => import('./pages/ProfilePage').then((m) => ({ Component: m.ProfilePage })) },
          { path: 'security', lazy: () => import('./pages/SecurityPage').then((m) => ({ Component: m.SecurityPage })) },
          { path: 'accounts/:accountId', element: <Navigate to="dashboard" replace /> },
          { path: 'accounts/:accountId/profile', lazy: () => import('./pages/BusinessProfilePage').then((m) => ({ Component: m.BusinessProfilePage })) },
          { path: 'accounts/:accountId/users', lazy: () => import('./pages/BusinessUsersPage').then((m) => ({ Component: m.BusinessUsersPage })) },
          { path: 'accounts/:accountId/downloads', lazy: () => import('./pages/DownloadsPage').then((m) => ({ Component: m.DownloadsPage })) },
          { path: 'accounts/:accountId/support', lazy: () => import('./pages/SupportPage').then((m) => ({ Component: m.SupportPage })) },
          { path: 'accounts/:accountId/dashboard', lazy: () => import('./pages/DashboardPage').then((m) => ({ Component: m.DashboardPage })) },
          { path: 'accounts/:accountId/subscriptions', lazy: () => import('./pages/SubscriptionsPage').then((m) => ({ Component: m.SubscriptionsPage })) },
          {
            path: 'accounts/:accountId/subscriptions/:subscriptionId',
            lazy: () => import('./pages/SubscriptionDetailsPage').then((m) => ({ Component: m.SubscriptionDetailsPage })),
          },
          { path: 'accounts/:accountId/proxy-servers', lazy: () => import('./pages/ProxyServersPage').then((m) => ({ Component: m.ProxyServersPage })) },
          { path: 'accounts/:accountId/offline', lazy: () => import('./pages/OfflinePage').then((m) => ({ Component: m.OfflinePage })) },
          { path: 'accounts/:accountId/mdm-certificate', lazy: () => import('./pages/MdmCertificatePage').then((m) => ({ Component: m.MdmCertificatePage })) },
        ],
      },
    ],
  },
  { path: '*', lazy: () => import('./pages/NotFoundPage').then((m) => ({ Component: m.NotFoundPage })) },
]);
