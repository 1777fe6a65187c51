import { Navigate, type RouteObject } from 'react-router';

/** The back office's pages, under /operator (each its own chunk, loaded only by operators). */
export const operatorRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="accounts" replace /> },
  { path: 'accounts', lazy: () => import('./pages/AccountsPage').then((m) => ({ Component: m.AccountsPage })) },
  { path: 'accounts/:accountId', lazy: () => import('./pages/AccountPage').then((m) => ({ Component: m.AccountPage })) },
  { path: 'users', lazy: () => import('./pages/UsersPage').then((m) => ({ Component: m.UsersPage })) },
  { path: 'users/:userId', lazy: () => import('./pages/UserPage').then((m) => ({ Component: m.UserPage })) },
  { path: 'subscriptions', lazy: () => import('./pages/SubscriptionsPage').then((m) => ({ Component: m.OperatorSubscriptionsPage })) },
  { path: 'subscriptions/:subscriptionId', lazy: () => import('./pages/SubscriptionPage').then((m) => ({ Component: m.OperatorSubscriptionPage })) },
  { path: 'products', lazy: () => import('./pages/ProductsPage').then((m) => ({ Component: m.ProductsPage })) },
  { path: 'products/:productId', lazy: () => import('./pages/ProductPage').then((m) => ({ Component: m.ProductPage })) },
  { path: 'deliveries', lazy: () => import('./pages/DeliveriesPage').then((m) => ({ Component: m.DeliveriesPage })) },
  { path: 'mdm-certificate', lazy: () => import('./pages/MdmCertificatePage').then((m) => ({ Component: m.MdmCertificatePage })) },
];
