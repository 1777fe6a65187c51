import { createBrowserRouter, Navigate, useParams } from 'react-router';
import { PORTAL_ROUTES, type PortalRoute } from '../../../libs/common/src/portal-routes';
import { operatorRoutes } from './operator/routes';
import { RequireSession } from './session/RequireSession';

/**
 * The path of a page that emails link to, from the list the email templates use
 * (`libs/common/src/portal-routes.ts`): every one of them is registered below, by its name.
 */
const emailPage = (route: PortalRoute): string => PORTAL_ROUTES[route].split('?')[0] as string;

/** An email's link to one proxy server: the list with that server's details open. */
function ProxyServerLink() {
  const { accountId = '', installationId = '' } = useParams();
  return <Navigate to={`/accounts/${encodeURIComponent(accountId)}/proxy-servers?server=${encodeURIComponent(installationId)}`} replace />;
}

/**
 * Every page is its own chunk, so the sign-in page loads only what it needs. The gateway answers
 * index.html for any non-API path, so the pages emails link to load from the link itself.
 */
export const router = createBrowserRouter([
  { path: emailPage('signIn'), lazy: () => import('./pages/SignInPage').then((m) => ({ Component: m.SignInPage })) },
  { path: '/sign-up', lazy: () => import('./pages/SignUpPage').then((m) => ({ Component: m.SignUpPage })) },
  { path: '/forgot-password', lazy: () => import('./pages/ForgotPasswordPage').then((m) => ({ Component: m.ForgotPasswordPage })) },
  { path: emailPage('resetPassword'), lazy: () => import('./pages/ResetPasswordPage').then((m) => ({ Component: m.ResetPasswordPage })) },
  { path: emailPage('acceptInvitation'), lazy: () => import('./pages/AcceptInvitationPage').then((m) => ({ Component: m.AcceptInvitationPage })) },
  { path: emailPage('confirmEmailChange'), lazy: () => import('./pages/ConfirmEmailChangePage').then((m) => ({ Component: m.ConfirmEmailChangePage })) },
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
          { path: emailPage('subscription'), lazy: () => import('./pages/SubscriptionDetailsPage').then((m) => ({ Component: m.SubscriptionDetailsPage })) },
          // The subscription's page lists its license keys.
          { path: emailPage('licenseKeys'), lazy: () => import('./pages/SubscriptionDetailsPage').then((m) => ({ Component: m.SubscriptionDetailsPage })) },
          { path: 'accounts/:accountId/proxy-servers', lazy: () => import('./pages/ProxyServersPage').then((m) => ({ Component: m.ProxyServersPage })) },
          { path: emailPage('proxyServer'), element: <ProxyServerLink /> },
          { path: 'accounts/:accountId/offline', lazy: () => import('./pages/OfflinePage').then((m) => ({ Component: m.OfflinePage })) },
          { path: emailPage('offlineActivation'), element: <Navigate to="../offline" relative="path" replace /> },
          { path: 'accounts/:accountId/mdm-certificate', lazy: () => import('./pages/MdmCertificatePage').then((m) => ({ Component: m.MdmCertificatePage })) },
        ],
      },
    ],
  },
  { path: '*', lazy: () => import('./pages/NotFoundPage').then((m) => ({ Component: m.NotFoundPage })) },
]);
