// Generated from openapi/licensing.json by `npm run openapi`; do not edit.
export interface paths {
    "/accounts/{accountId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dashboard: one card per product
         * @description Licensed computers, active subscriptions, registered proxy servers, offline operations, and links to subscriptions, downloads and support.
         */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/mdm/push-certificate-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the MDM push certificate requests signed for the account
         * @description Who signed, when, the CSR subject and key fingerprint; newest first. Every member of the account may read it.
         */
        get: operations["listPushCertificateRequests"];
        put?: never;
        /**
         * Sign a CSR into the MDM push certificate request for Apple
         * @description An administrator of an account with an active subscription uploads the certificate signing request made for the MDM push certificate. The answer is a file to upload to Apple Push Certificates Portal: an XML property list with `PushCertRequestCSR` (base64 of the CSR's DER), `PushCertCertificateChain` (PEM: vendor certificate, Apple WWDR intermediate, Apple root) and `PushCertSignature` (base64 of the vendor's RSA PKCS#1 v1.5 signature over the DER), the whole base64-encoded. The CSR must be PKCS#10 (PEM or DER, at most 16 KiB), signed with its own key, RSA of at least 2048 bits. Each signing is recorded.
         */
        post: operations["signPushCertificateRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/products/{productId}/downloads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Downloads of a product version
         * @description Installers, documents and tools, for a product the account holds a subscription of. Lists the versions for the selector.
         */
        get: operations["listProductDownloads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's subscriptions
         * @description Filter by status, sort by end date, search by name.
         */
        get: operations["listSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscription details
         * @description Status, renewal, dates, product and quantity, order history, contract details.
         */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a subscription (its display name) */
        patch: operations["renameSubscription"];
        trace?: never;
    };
    "/accounts/{accountId}/subscriptions/{subscriptionId}/license-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * License keys of a subscription
         * @description The primary key and the sublicenses with quota, used, vacant, expiry and the installation using each. Keys in full for admins, masked for members.
         */
        get: operations["listLicenseKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/subscriptions/{subscriptionId}/sublicenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a sublicense
         * @description Takes its quota from the primary key's vacant licenses; the key is answered in full. Only on an active subscription.
         */
        post: operations["createSublicense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/subscriptions/{subscriptionId}/sublicenses/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a sublicense
         * @description Deactivates the installation using it (its admins are emailed) and returns its quota to the primary key.
         */
        delete: operations["deleteSublicense"];
        options?: never;
        head?: never;
        /**
         * Modify a sublicense
         * @description Name, quota, renew-with-subscription, expiry. Only on an active subscription.
         */
        patch: operations["updateSublicense"];
        trace?: never;
    };
    "/accounts/{accountId}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Support contacts for the account's products, and its support code */
        get: operations["getAccountSupport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up and serving HTTP */
        get: operations["live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: Postgres and Redis are reachable */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/license-keys/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a license key
         * @description Binds the subscription of a primary key to a business account: an existing one you administer (`accountId`), or a new one created from `business` with you as its admin, in the same transaction. A key registers once.
         */
        post: operations["registerLicenseKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/accounts/{accountId}/offline-operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether offline operations are on for an account
         * @description The account itself (company, support code, members) is identity's `GET /operator/accounts/{accountId}`; its subscriptions are `GET /operator/subscriptions?accountId=`.
         */
        get: operations["getOfflineOperations"];
        /**
         * Turn offline operations on or off for an account
         * @description Off by default. Turning it on emails the account's admins; setting the current value again changes nothing.
         */
        put: operations["setOfflineOperations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/downloads/{downloadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a download */
        delete: operations["deleteDownload"];
        options?: never;
        head?: never;
        /** Change a download */
        patch: operations["updateDownload"];
        trace?: never;
    };
    "/operator/lookup/license-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find the subscription of a license key
         * @description Primary or sublicense key. A POST so that the key never appears in a URL or an access log.
         */
        post: operations["lookupLicenseKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/mdm/vendor-certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The MDM vendor certificate and its expiry (operators) */
        get: operations["getVendorCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products */
        get: operations["listProducts"];
        put?: never;
        /** Add a product */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/products/{productId}/downloads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The downloads catalogue of a product: every version, or the one asked, paged; and the versions it has */
        get: operations["listDownloads"];
        put?: never;
        /** Add a download (installer, document or tool) to a product version */
        post: operations["createDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/products/{productId}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Support contact details of a product */
        get: operations["getSupportContact"];
        /**
         * Set the support contact details of a product
         * @description Replaces them: omitted fields are cleared.
         */
        put: operations["setSupportContact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscriptions (back office)
         * @description Every subscription of every account, registered or not: by status, end date range, expiring soon, product, account, and a search over the name, company and support code; sorted and paged.
         */
        get: operations["listOperatorSubscriptions"];
        put?: never;
        /**
         * Create a subscription or a trial
         * @description Issues the primary license key, answered here in clear for the customer. With `accountId` the subscription belongs to that account at once; without, the customer registers it with the key.
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription with its account, order history and keys in full */
        get: operations["getOperatorSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the renewal flag, name or contract details */
        patch: operations["updateOperatorSubscription"];
        trace?: never;
    };
    "/operator/subscriptions/{subscriptionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a subscription (final)
         * @description Appends a `cancellation` order.
         */
        post: operations["cancelSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/subscriptions/{subscriptionId}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a suspended subscription
         * @description Appends a `reactivation` order.
         */
        post: operations["reactivateSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/subscriptions/{subscriptionId}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend the end date
         * @description Sublicenses that renew with the subscription follow; those with their own expiry keep it. Appends a `renewal` order.
         */
        post: operations["renewSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/subscriptions/{subscriptionId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend an active subscription
         * @description Appends a `suspension` order.
         */
        post: operations["suspendSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/subscriptions/{subscriptionId}/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add licenses
         * @description The primary key's quota grows by the same number. Appends an `upgrade` order.
         */
        post: operations["upgradeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountRefResponseDto: {
            /** @example My Company, Inc. */
            companyName: string;
            /**
             * Format: uuid
             * @example 0d3c1b9a-7e6f-4a5b-8c9d-0e1f2a3b4c5d
             */
            id: string;
            /** @example 19240-41140 */
            supportCode: string;
        };
        AccountSupportResponseDto: {
            /**
             * Format: uuid
             * @example 6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d
             */
            accountId: string;
            /** @description For each product the account has a subscription of */
            products: components["schemas"]["SupportContactResponseDto"][];
            /**
             * @description Quote it when contacting support
             * @example 19240-41140
             */
            supportCode: string;
        };
        BusinessDetailsRequestDto: {
            /** @example San Francisco */
            city?: string;
            /** @example My Company, Inc. */
            companyName: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example US
             */
            country: string;
            /** @example +1 415 555 0100 */
            phone: string;
            /**
             * @description Required for US, CA and AU
             * @example CA
             */
            state?: string;
            /** @example 500 Howard St */
            street?: string;
            /** @example 94105 */
            zip: string;
        };
        ContractResponseDto: {
            /** @example C-2026-00042 */
            contractNumber: string | null;
            /** @example Contoso Reseller GmbH */
            resellerName: string | null;
            /**
             * @example reseller
             * @enum {string}
             */
            salesChannel: "direct" | "reseller";
            /** @example Net 30, support included */
            terms: string | null;
        };
        CreateDownloadRequestDto: {
            /**
             * @example installer
             * @enum {string}
             */
            kind: "installer" | "document" | "tool";
            /** @example Mac Management installer */
            name: string;
            /**
             * @description SHA-256 of the file, hex
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            sha256: string;
            /** @example 184549376 */
            sizeBytes: number;
            /** @example https://downloads.example.com/mac-management/7.2.1/setup.msi */
            url: string;
            /**
             * @description The product version the item belongs to
             * @example 7.2.1
             */
            version: string;
        };
        CreateProductRequestDto: {
            /**
             * @description Stable short code: lowercase letters, digits and dashes
             * @example mac-management
             */
            code: string;
            /** @example Mac Management for Microsoft SCCM */
            name: string;
        };
        CreateSublicenseRequestDto: {
            /**
             * Format: date
             * @description Own expiry, only with renewsWithSubscription false; not after the subscription end
             * @example 2026-09-30
             */
            expiresOn?: string | null;
            /**
             * @description Default: "License Key N"
             * @example Berlin site
             */
            name?: string;
            /**
             * @description Licenses taken from the primary key's vacant licenses
             * @example 5
             */
            quota: number;
            /**
             * @description Follow the subscription end date and its renewals
             * @default true
             * @example true
             */
            renewsWithSubscription: boolean;
        };
        CreateSubscriptionRequestDto: {
            /**
             * Format: uuid
             * @description The business account it is for; omit for a subscription the customer registers with its key
             */
            accountId?: string | null;
            /** @example C-2026-00042 */
            contractNumber?: string | null;
            /** @example Support included. Net 30. */
            contractTerms?: string | null;
            /**
             * Format: date
             * @description Last valid day, not before `startsOn` (400 INVALID_PERIOD); a trial lasts at most 90 days (422 TRIAL_LIMIT_EXCEEDED).
             * @example 2026-12-31
             */
            endsOn: string;
            /**
             * @description A trial: defaults to 5 licenses, at most 25 for at most 90 days
             * @default false
             * @example false
             */
            isTrial: boolean;
            /**
             * @description Default: "<product> Subscription" (or "Trial")
             * @example Mac Management Subscription
             */
            name?: string;
            /**
             * @default mac-management
             * @example mac-management
             */
            productCode: string;
            /**
             * @description Licenses; required unless a trial
             * @example 50
             */
            quantity?: number;
            /**
             * @description Sales order reference for the order history
             * @example SO-118822
             */
            reference?: string;
            /**
             * @default false
             * @example true
             */
            renewalEnabled: boolean;
            /** @example Contoso Reseller GmbH */
            resellerName?: string | null;
            /**
             * @example direct
             * @enum {string}
             */
            salesChannel?: "direct" | "reseller";
            /**
             * Format: date
             * @description Default: today
             * @example 2026-01-01
             */
            startsOn?: string;
        };
        CreateSubscriptionResponseDto: {
            /**
             * Format: uuid
             * @description The subscription id
             * @example 0d3c1b9a-7e6f-4a5b-8c9d-0e1f2a3b4c5d
             */
            id: string;
            /**
             * @description The primary license key, to hand to the customer
             * @example ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2
             */
            key: string;
            subscription: components["schemas"]["OperatorSubscriptionResponseDto"];
        };
        DashboardLinksResponseDto: {
            /** @example /accounts/9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21/products/6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d/downloads */
            downloads: string;
            /**
             * @description The MDM push certificate requests: `POST` signs a CSR (only when `mdmSigning.available`), `GET` lists the signings
             * @example /accounts/9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21/mdm/push-certificate-requests
             */
            mdmPushCertificate: string;
            /**
             * @description Where offline request files are uploaded (activation service: `…/activation-requests`, `…/refresh-requests`, `…/deactivation-requests` below it); null while offline operations are off for the account
             * @example /accounts/9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21/offline
             */
            offlineOperations: string | null;
            /**
             * @description The registered proxy servers (activation service)
             * @example /accounts/9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21/installations
             */
            proxyServers: string;
            /** @example /accounts/9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21/subscriptions?productId=6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d&status=active */
            subscriptions: string;
            /** @example /accounts/9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21/support */
            support: string;
            /**
             * @description The product's support web page
             * @example https://support.vendor.example/mac-management
             */
            supportPage: string | null;
        };
        DashboardProductResponseDto: {
            /** @example 1 */
            activeSubscriptions: number;
            /**
             * @description Every subscription of the product, whatever its status
             * @example 2
             */
            allSubscriptions: number;
            /**
             * @description Sum of the quantities of active, unexpired subscriptions
             * @example 50
             */
            licensedComputers: number;
            links: components["schemas"]["DashboardLinksResponseDto"];
            /** @example false */
            offlineOperationsEnabled: boolean;
            product: components["schemas"]["ProductResponseDto"];
            /**
             * @description Active installations (proxy servers) using the product's keys
             * @example 1
             */
            registeredProxyServers: number;
        };
        DashboardResponseDto: {
            /**
             * Format: uuid
             * @example 9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21
             */
            accountId: string;
            /** @description MDM push certificate signing, for the MDM certificate row of every card */
            mdmSigning: components["schemas"]["MdmSigningAvailabilityDto"];
            /** @description One card per product the account holds a subscription of */
            products: components["schemas"]["DashboardProductResponseDto"][];
            /** @example 19240-41140 */
            supportCode: string;
        };
        DownloadListResponseDto: {
            /** @description Newest version first, then kind and name */
            items: components["schemas"]["DownloadResponseDto"][];
            /**
             * @description The page answered
             * @example 1
             */
            page: number;
            /**
             * @description Items per page
             * @example 50
             */
            pageSize: number;
            /**
             * @description Items over every page
             * @example 1
             */
            total: number;
            /**
             * @description Every version with downloads, newest first (whatever `version` asks), for the selector
             * @example [
             *       "7.10.0",
             *       "7.2.1"
             *     ]
             */
            versions: string[];
        };
        DownloadResponseDto: {
            /**
             * Format: uuid
             * @example 6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d
             */
            id: string;
            /**
             * @example installer
             * @enum {string}
             */
            kind: "installer" | "document" | "tool";
            /** @example Mac Management installer */
            name: string;
            /**
             * Format: uuid
             * @example 6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d
             */
            productId: string;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
            /** @example 184549376 */
            sizeBytes: number;
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            updatedAt: string;
            /** @example https://downloads.example.com/mac-management/7.2.1/setup.msi */
            url: string;
            /** @example 7.2.1 */
            version: string;
        };
        /**
         * @description Stable machine-readable code; a code never changes meaning. The codes this service answers, with their status:
         *
         *     - `ACCOUNT_NOT_FOUND` (404): no such business account, or one you do not belong to
         *     - `ADMIN_REQUIRED` (403): only administrators of the business account may do this
         *     - `CONFLICT` (409): the request conflicts with the current state
         *     - `CSR_INVALID` (400): the upload is not a PKCS#10 certificate signing request
         *     - `CSR_KEY_TOO_WEAK` (422): the CSR's key is not RSA, or shorter than the minimum; details: `keyType` (the type of the key), `bits` (the length of the RSA key), `minBits` (the shortest RSA key taken)
         *     - `CSR_SIGNATURE_INVALID` (422): the CSR is not signed by the private key of its public key, or with an unsupported algorithm
         *     - `CSR_TOO_LARGE` (413): the CSR is over the size limit; details: `maxBytes` (the largest CSR taken, in bytes)
         *     - `DATABASE_UNAVAILABLE` (503): Postgres is unreachable or restarting; retry after the `Retry-After` seconds
         *     - `DOWNLOAD_NOT_FOUND` (404): no such download
         *     - `EXPIRY_AFTER_SUBSCRIPTION` (422): the expiry date is later than the subscription's end; details: `subscriptionEndsOn` (the end date of the subscription)
         *     - `EXPIRY_IN_PAST` (422): the expiry date is in the past
         *     - `EXPIRY_REQUIRED` (400): a sublicense that does not renew with the subscription needs an expiry date
         *     - `EXPIRY_WITH_RENEWAL` (400): a sublicense that renews with the subscription has no expiry date of its own
         *     - `FORBIDDEN` (403): not allowed
         *     - `HEADERS_TOO_LARGE` (431): the request headers are over the size limit (16 KiB)
         *     - `INTERNAL_ERROR` (500): unexpected; the body carries a correlationId to quote to support
         *     - `INVALID_JSON` (400): the body is not JSON
         *     - `INVALID_PERIOD` (400): endsOn is before startsOn; details: `startsOn` (the start date), `endsOn` (the end date)
         *     - `INVALID_STATUS_TRANSITION` (409): the subscription cannot go from its status to the one asked; details: `status` (the current status), `to` (the status asked)
         *     - `LICENSE_KEY_ALREADY_REGISTERED` (409): the license key is already registered (whichever account holds it)
         *     - `LICENSE_KEY_MALFORMED` (400): not a license key (25 characters, 5 groups of 5)
         *     - `LICENSE_KEY_MISTYPED` (400): a license key whose check character does not match: a typo
         *     - `LICENSE_KEY_NOT_FOUND` (404): no such license key (or one of another business account)
         *     - `LICENSE_KEY_NOT_PRIMARY` (422): a sublicense key: it activates a proxy server but cannot be registered; register the subscription's primary key
         *     - `MDM_NOT_CONFIGURED` (503): MDM certificate signing is not available: no vendor signing certificate is configured
         *     - `MDM_VENDOR_CERTIFICATE_EXPIRED` (503): MDM certificate signing is not available: the vendor signing certificate has expired
         *     - `MEMBERSHIP_BLOCKED` (403): your access to this business account is blocked
         *     - `METHOD_NOT_ALLOWED` (405): the route does not take this method
         *     - `NOT_FOUND` (404): not found
         *     - `OPERATOR_REQUIRED` (403): only operators may do this
         *     - `PAYLOAD_TOO_LARGE` (413): the body is over the limit (1 MiB by default)
         *     - `PRODUCT_CODE_TAKEN` (409): a product with this code exists
         *     - `PRODUCT_NOT_FOUND` (404): no such product
         *     - `QUOTA_BELOW_USAGE` (409): the quota asked is lower than the computers the key's installation manages; details: `quota` (the quota asked), `used` (the computers the key's installation manages)
         *     - `QUOTA_EXCEEDED` (409): not enough vacant licenses on the primary key; details: `needed` (the licenses the change needs from the primary key), `vacant` (the vacant licenses of the primary key)
         *     - `REGISTRATION_TARGET_REQUIRED` (400): neither accountId nor business was given
         *     - `RENEWAL_NOT_LATER` (400): the new end date is not later than the current one; details: `currentEndsOn` (the current end date)
         *     - `REQUEST_TIMEOUT` (408): the request did not arrive in time (Node.js `requestTimeout`)
         *     - `ROUTE_NOT_FOUND` (404): no such route
         *     - `SERVICE_UNAVAILABLE` (503): readiness: a dependency is down; details: `info` (the checks that passed), `error` (the checks that failed), `details` (every check)
         *     - `SESSION_REVOKED` (401): the session of the access token was signed out or has ended
         *     - `SSO_REQUIRED` (403): the business account requires its single sign-on; details: `accountId` (the business account whose single sign-on to use)
         *     - `SUBLICENSE_NOT_FOUND` (404): no such sublicense on the subscription
         *     - `SUBSCRIPTION_CANCELLED` (409): the subscription is cancelled
         *     - `SUBSCRIPTION_NOT_ACTIVE` (409): the subscription is not active: its license keys cannot be changed; details: `status` (the state of the subscription today)
         *     - `SUBSCRIPTION_NOT_FOUND` (404): no such subscription (or one of another business account)
         *     - `SUBSCRIPTION_REQUIRED` (403): an active subscription is required to sign an MDM push certificate request
         *     - `TOKEN_EXPIRED` (401): the access token has expired; refresh it
         *     - `TOO_MANY_REQUESTS` (429): a rate limit; wait the `Retry-After` seconds; details: `retryAfterSeconds` (seconds until a retry can succeed, also sent as Retry-After), `limitPerMinute` (the limit, where it is per minute)
         *     - `TRIAL_LIMIT_EXCEEDED` (422): a trial over the size or length a trial may have; details: `maxQuantity` (the most licenses a trial has), `maxDays` (the most days a trial lasts)
         *     - `UNAUTHENTICATED` (401): no access token, or one that is not valid
         *     - `UNSUPPORTED_MEDIA_TYPE` (415): a body of a type the operation does not take
         *     - `URI_TOO_LONG` (414): a path parameter is over the length limit; details: `maxLength` (the longest path parameter taken, in characters)
         *     - `VALIDATION_FAILED` (400): the input broke a rule; unknown fields are refused too; details: a list of `{ field, problems[] }`, one per invalid field
         * @example CSR_INVALID
         * @enum {string}
         */
        ErrorCode: "ACCOUNT_NOT_FOUND" | "ADMIN_REQUIRED" | "CONFLICT" | "CSR_INVALID" | "CSR_KEY_TOO_WEAK" | "CSR_SIGNATURE_INVALID" | "CSR_TOO_LARGE" | "DATABASE_UNAVAILABLE" | "DOWNLOAD_NOT_FOUND" | "EXPIRY_AFTER_SUBSCRIPTION" | "EXPIRY_IN_PAST" | "EXPIRY_REQUIRED" | "EXPIRY_WITH_RENEWAL" | "FORBIDDEN" | "HEADERS_TOO_LARGE" | "INTERNAL_ERROR" | "INVALID_JSON" | "INVALID_PERIOD" | "INVALID_STATUS_TRANSITION" | "LICENSE_KEY_ALREADY_REGISTERED" | "LICENSE_KEY_MALFORMED" | "LICENSE_KEY_MISTYPED" | "LICENSE_KEY_NOT_FOUND" | "LICENSE_KEY_NOT_PRIMARY" | "MDM_NOT_CONFIGURED" | "MDM_VENDOR_CERTIFICATE_EXPIRED" | "MEMBERSHIP_BLOCKED" | "METHOD_NOT_ALLOWED" | "NOT_FOUND" | "OPERATOR_REQUIRED" | "PAYLOAD_TOO_LARGE" | "PRODUCT_CODE_TAKEN" | "PRODUCT_NOT_FOUND" | "QUOTA_BELOW_USAGE" | "QUOTA_EXCEEDED" | "REGISTRATION_TARGET_REQUIRED" | "RENEWAL_NOT_LATER" | "REQUEST_TIMEOUT" | "ROUTE_NOT_FOUND" | "SERVICE_UNAVAILABLE" | "SESSION_REVOKED" | "SSO_REQUIRED" | "SUBLICENSE_NOT_FOUND" | "SUBSCRIPTION_CANCELLED" | "SUBSCRIPTION_NOT_ACTIVE" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_REQUIRED" | "TOKEN_EXPIRED" | "TOO_MANY_REQUESTS" | "TRIAL_LIMIT_EXCEEDED" | "UNAUTHENTICATED" | "UNSUPPORTED_MEDIA_TYPE" | "URI_TOO_LONG" | "VALIDATION_FAILED";
        ErrorResponseDto: {
            code: components["schemas"]["ErrorCode"];
            /**
             * @description Present on 5xx: quote it to support
             * @example req-6f1c2b
             */
            correlationId?: string;
            /**
             * @description Structured detail: for VALIDATION_FAILED the fields and their problems, otherwise an object
             * @example [
             *       {
             *         "field": "email",
             *         "problems": [
             *           "email must be a valid email address"
             *         ]
             *       }
             *     ]
             */
            details?: {
                field?: string;
                problems?: string[];
            }[] | {
                [key: string]: unknown;
            };
            /** @example An account with this email already exists */
            message: string;
            /** @example 409 */
            statusCode: number;
        };
        InstallationRefResponseDto: {
            /**
             * Format: uuid
             * @example 6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d
             */
            id: string;
            /** @example sccm-proxy-01.corp.example */
            serverName: string;
        };
        KeyLookupRequestDto: {
            /**
             * @description Any key (primary or sublicense); sent in the body so it stays out of URLs and logs
             * @example ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2
             */
            key: string;
        };
        KeyLookupResponseDto: {
            matchedKey: components["schemas"]["MatchedKeyResponseDto"];
            subscription: components["schemas"]["OperatorSubscriptionResponseDto"];
        };
        LicenseKeyListResponseDto: {
            /** @description In the order asked for; by default the primary key first, then the sublicenses */
            items: components["schemas"]["LicenseKeyResponseDto"][];
            /**
             * @description The page answered
             * @example 1
             */
            page: number;
            /**
             * @description Items per page
             * @example 50
             */
            pageSize: number;
            /**
             * @description Items over every page
             * @example 1
             */
            total: number;
        };
        LicenseKeyResponseDto: {
            /** @example false */
            expired: boolean;
            /**
             * Format: date
             * @description Effective expiry
             * @example 2026-12-31
             */
            expiresOn: string;
            /**
             * Format: uuid
             * @example 6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d
             */
            id: string;
            /** @description The active installation using the key */
            installation: components["schemas"]["InstallationRefResponseDto"] | (never | null);
            /**
             * @description In full for account administrators and operators, masked for members
             * @example •••••-•••••-•••••-•••••-K7Q2M
             */
            key: string;
            /**
             * @description `primary`, or `reserved` for a sublicense
             * @example primary
             * @enum {string}
             */
            keyKind: "primary" | "reserved";
            /**
             * @description Whether `key` is masked
             * @example true
             */
            keyMasked: boolean;
            /** @example Primary Key */
            name: string;
            /** @example 10 */
            quota: number;
            /**
             * @description Follows the subscription end date and its renewals
             * @example true
             */
            renewsWithSubscription: boolean;
            /**
             * @description Managed computers last reported by the installation using the key
             * @example 4
             */
            used: number;
            /**
             * @description quota - used, never below 0
             * @example 6
             */
            vacant: number;
        };
        MatchedKeyResponseDto: {
            /**
             * Format: uuid
             * @example 9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21
             */
            id: string;
            /**
             * @example reserved
             * @enum {string}
             */
            keyKind: "primary" | "reserved";
            /** @example Berlin site */
            name: string;
        };
        MdmSigningAvailabilityDto: {
            /**
             * @description Whether a CSR would be signed now (so the portal offers the button)
             * @example true
             */
            available: boolean;
            /**
             * @description Why not: the code signing would answer (MDM_NOT_CONFIGURED and MDM_VENDOR_CERTIFICATE_EXPIRED: 503; SUBSCRIPTION_REQUIRED: 403)
             * @example null
             * @enum {string|null}
             */
            reason: "MDM_NOT_CONFIGURED" | "MDM_VENDOR_CERTIFICATE_EXPIRED" | "SUBSCRIPTION_REQUIRED" | null;
        };
        OfflineOperationsResponseDto: {
            /**
             * Format: uuid
             * @example 9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21
             */
            accountId: string;
            /** @example true */
            offlineOperationsEnabled: boolean;
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            updatedAt: string;
        };
        OperatorOrderResponseDto: {
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date
             * @example 2027-12-31
             */
            endsOnAfter: string | null;
            /**
             * Format: date
             * @example 2026-12-31
             */
            endsOnBefore: string | null;
            /**
             * Format: uuid
             * @example 0d3c1b9a-7e6f-4a5b-8c9d-0e1f2a3b4c5d
             */
            id: string;
            /**
             * @example renewal
             * @enum {string}
             */
            kind: "purchase" | "trial" | "upgrade" | "renewal" | "suspension" | "reactivation" | "cancellation";
            /**
             * Format: uuid
             * @description The operator who made the change
             * @example 0d3c1b9a-7e6f-4a5b-8c9d-0e1f2a3b4c5d
             */
            performedBy: string | null;
            /** @example 0 */
            quantityChange: number;
            /** @example SO-118900 */
            reference: string | null;
        };
        OperatorSubscriptionListResponseDto: {
            /** @description Per status, for the filter menu: every filter applies but `status` */
            counts: components["schemas"]["SubscriptionCountsResponseDto"];
            items: components["schemas"]["OperatorSubscriptionSummaryResponseDto"][];
            /**
             * @description The page answered
             * @example 1
             */
            page: number;
            /**
             * @description Items per page
             * @example 50
             */
            pageSize: number;
            /**
             * @description Items over every page
             * @example 1
             */
            total: number;
        };
        OperatorSubscriptionResponseDto: {
            /** @description Null until the key is registered */
            account: components["schemas"]["AccountRefResponseDto"] | (never | null);
            contract: components["schemas"]["ContractResponseDto"];
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date
             * @example 2026-12-31
             */
            endsOn: string;
            /**
             * Format: uuid
             * @example 0d3c1b9a-7e6f-4a5b-8c9d-0e1f2a3b4c5d
             */
            id: string;
            /** @example false */
            isTrial: boolean;
            /** @description Keys in full */
            licenseKeys: components["schemas"]["LicenseKeyResponseDto"][];
            /** @example Mac Management Subscription */
            name: string;
            orders: components["schemas"]["OperatorOrderResponseDto"][];
            product: components["schemas"]["ProductResponseDto"];
            /** @example 50 */
            quantity: number;
            /**
             * Format: date-time
             * @example null
             */
            registeredAt: string | null;
            /** @example false */
            renewalEnabled: boolean;
            /**
             * Format: date
             * @example 2026-01-01
             */
            startsOn: string;
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "expired" | "suspended" | "cancelled";
            /**
             * @description The stored status (an expired one is stored `active`)
             * @example active
             * @enum {string}
             */
            storedStatus: "active" | "suspended" | "cancelled";
        };
        OperatorSubscriptionSummaryResponseDto: {
            /** @description Null until the key is registered */
            account: components["schemas"]["AccountRefResponseDto"] | (never | null);
            /**
             * Format: date
             * @description Last valid day
             * @example 2026-12-31
             */
            endsOn: string;
            /**
             * @description Ends within 30 days
             * @example false
             */
            expiringSoon: boolean;
            /**
             * Format: uuid
             * @example 6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d
             */
            id: string;
            /** @example false */
            isTrial: boolean;
            /** @example Mac Management Subscription */
            name: string;
            product: components["schemas"]["ProductResponseDto"];
            /**
             * @description Licenses (managed computers)
             * @example 50
             */
            quantity: number;
            /** @example false */
            renewalEnabled: boolean;
            /**
             * Format: date
             * @example 2026-01-01
             */
            startsOn: string;
            /**
             * @description `expired` is derived from the end date
             * @example active
             * @enum {string}
             */
            status: "active" | "expired" | "suspended" | "cancelled";
        };
        OrderReferenceRequestDto: {
            /**
             * @description Sales order / ticket reference for the order history
             * @example SO-118900
             */
            reference?: string;
        };
        OrderResponseDto: {
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date
             * @example 2027-12-31
             */
            endsOnAfter: string | null;
            /**
             * Format: date
             * @example 2026-12-31
             */
            endsOnBefore: string | null;
            /**
             * Format: uuid
             * @example 6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d
             */
            id: string;
            /**
             * @example upgrade
             * @enum {string}
             */
            kind: "purchase" | "trial" | "upgrade" | "renewal" | "suspension" | "reactivation" | "cancellation";
            /**
             * @description Licenses added by this order (0 when none)
             * @example 5
             */
            quantityChange: number;
            /**
             * @description Sales order or invoice reference
             * @example SO-118822
             */
            reference: string | null;
        };
        ProductDownloadsResponseDto: {
            items: components["schemas"]["DownloadResponseDto"][];
            /**
             * @description The page answered
             * @example 1
             */
            page: number;
            /**
             * @description Items per page
             * @example 50
             */
            pageSize: number;
            product: components["schemas"]["ProductResponseDto"];
            /**
             * @description Items over every page
             * @example 1
             */
            total: number;
            /**
             * @description The version listed
             * @example 7.2.1
             */
            version: string | null;
            /**
             * @description Versions with downloads, newest first
             * @example [
             *       "7.2.1",
             *       "7.1.0"
             *     ]
             */
            versions: string[];
        };
        ProductListResponseDto: {
            items: components["schemas"]["ProductResponseDto"][];
            /**
             * @description The page answered
             * @example 1
             */
            page: number;
            /**
             * @description Items per page
             * @example 50
             */
            pageSize: number;
            /**
             * @description Items over every page
             * @example 1
             */
            total: number;
        };
        ProductResponseDto: {
            /** @example mac-management */
            code: string;
            /**
             * Format: uuid
             * @example 6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d
             */
            id: string;
            /** @example Mac Management for Microsoft SCCM */
            name: string;
        };
        PushCertificateRequestListResponseDto: {
            /** @description Newest first */
            items: components["schemas"]["PushCertificateRequestRecordResponseDto"][];
            /**
             * @description The page answered
             * @example 1
             */
            page: number;
            /**
             * @description Items per page
             * @example 50
             */
            pageSize: number;
            /**
             * @description Items over every page
             * @example 1
             */
            total: number;
        };
        PushCertificateRequestRecordResponseDto: {
            /**
             * Format: date-time
             * @description When the request was signed
             * @example 2026-11-10T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description The CSR's subject
             * @example CN=Acme MDM Push, O=Acme Corp, C=DE
             */
            csrSubject: string;
            /**
             * Format: uuid
             * @example 9b2e1c4d-0f6a-4b8e-8d3c-2a1f5e7b9c01
             */
            id: string;
            /**
             * @description RSA key size of the CSR
             * @example 2048
             */
            publicKeyBits: number;
            /**
             * @description SHA-256 (hex) of the CSR's public key (SubjectPublicKeyInfo, DER)
             * @example 5d41402abc4b2a76b9719d911017c592ae6c1d4f0c0e3f1e4b1d7a6f3c2b1a09
             */
            publicKeyFingerprint: string;
            /**
             * @example sha256WithRSAEncryption
             * @enum {string}
             */
            signatureAlgorithm: "sha256WithRSAEncryption" | "sha1WithRSAEncryption";
            /** @description The administrator who uploaded the CSR */
            signedBy: components["schemas"]["SignedByDto"];
            /**
             * @description Serial number (hex) of the vendor certificate whose key signed
             * @example 5A3F09C2E1D44B7A
             */
            vendorCertificateSerial: string;
        };
        PushCertificateRequestRequestDto: {
            /**
             * @description The certificate signing request: PEM (`-----BEGIN CERTIFICATE REQUEST-----`) or base64 of the DER. At most 16 KiB.
             * @example -----BEGIN CERTIFICATE REQUEST-----
             *     MIICijCCAXICAQAwRTELMAkGA1UEBhMCREUx...
             *     -----END CERTIFICATE REQUEST-----
             */
            csr: string;
        };
        RegisterLicenseKeyRequestDto: {
            /**
             * Format: uuid
             * @description Register to this business account (you must be its admin). Give this or `business`.
             */
            accountId?: string;
            /** @description Create a business account with you as its admin, and register to it */
            business?: components["schemas"]["BusinessDetailsRequestDto"];
            /**
             * @description The primary license key; any case, spaces and dashes ignored
             * @example ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2
             */
            key: string;
        };
        RegistrationResponseDto: {
            /**
             * @description Whether the business account was created by this request
             * @example true
             */
            accountCreated: boolean;
            /**
             * Format: uuid
             * @description The account the subscription now belongs to
             * @example 9b2d7f0e-4c1a-4f51-8e3a-2d6c5b4a3f21
             */
            accountId: string;
            subscription: components["schemas"]["SubscriptionSummaryResponseDto"];
        };
        RenameSubscriptionRequestDto: {
            /** @example Berlin office */
            name: string;
        };
        RenewSubscriptionRequestDto: {
            /**
             * Format: date
             * @description The new end date, later than the current one
             * @example 2027-12-31
             */
            endsOn: string;
            /**
             * @description Sales order / ticket reference for the order history
             * @example SO-118900
             */
            reference?: string;
        };
        SetOfflineOperationsRequestDto: {
            /**
             * @description Turning it on emails the account's admins
             * @example true
             */
            enabled: boolean;
        };
        SignedByDto: {
            /** @example ada@example.com */
            email: string;
            /** @example Ada */
            firstName: string;
            /** @example Lovelace */
            lastName: string;
            /**
             * Format: uuid
             * @example 3f0c6a9e-6d1f-4c1e-9a57-1d1b2a7f0c11
             */
            userId: string;
        };
        SubscriptionCountsResponseDto: {
            /** @example 2 */
            active: number;
            /** @example 3 */
            all: number;
            /** @example 0 */
            cancelled: number;
            /** @example 1 */
            expired: number;
            /** @example 0 */
            suspended: number;
        };
        SubscriptionDetailsResponseDto: {
            contract: components["schemas"]["ContractResponseDto"];
            /**
             * Format: date
             * @description Last valid day
             * @example 2026-12-31
             */
            endsOn: string;
            /**
             * @description Ends within 30 days
             * @example false
             */
            expiringSoon: boolean;
            /**
             * Format: uuid
             * @example 6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d
             */
            id: string;
            /** @example false */
            isTrial: boolean;
            /** @example Mac Management Subscription */
            name: string;
            /** @description Order history, oldest first */
            orders: components["schemas"]["OrderResponseDto"][];
            product: components["schemas"]["ProductResponseDto"];
            /**
             * @description Licenses (managed computers)
             * @example 50
             */
            quantity: number;
            /**
             * Format: date-time
             * @example 2026-01-03T09:12:00.000Z
             */
            registeredAt: string | null;
            /** @example false */
            renewalEnabled: boolean;
            /**
             * Format: date
             * @example 2026-01-01
             */
            startsOn: string;
            /**
             * @description `expired` is derived from the end date
             * @example active
             * @enum {string}
             */
            status: "active" | "expired" | "suspended" | "cancelled";
        };
        SubscriptionListResponseDto: {
            /** @description Per status, for the filter menu (search ignored) */
            counts: components["schemas"]["SubscriptionCountsResponseDto"];
            items: components["schemas"]["SubscriptionSummaryResponseDto"][];
            /**
             * @description The page answered
             * @example 1
             */
            page: number;
            /**
             * @description Items per page
             * @example 50
             */
            pageSize: number;
            /**
             * @description Items over every page
             * @example 1
             */
            total: number;
        };
        SubscriptionSummaryResponseDto: {
            /**
             * Format: date
             * @description Last valid day
             * @example 2026-12-31
             */
            endsOn: string;
            /**
             * @description Ends within 30 days
             * @example false
             */
            expiringSoon: boolean;
            /**
             * Format: uuid
             * @example 6a1f7c52-2b4e-4f0b-9f3c-5d8e1a2b3c4d
             */
            id: string;
            /** @example false */
            isTrial: boolean;
            /** @example Mac Management Subscription */
            name: string;
            product: components["schemas"]["ProductResponseDto"];
            /**
             * @description Licenses (managed computers)
             * @example 50
             */
            quantity: number;
            /** @example false */
            renewalEnabled: boolean;
            /**
             * Format: date
             * @example 2026-01-01
             */
            startsOn: string;
            /**
             * @description `expired` is derived from the end date
             * @example active
             * @enum {string}
             */
            status: "active" | "expired" | "suspended" | "cancelled";
        };
        SupportContactRequestDto: {
            /** @example support@vendor.example */
            email?: string | null;
            /** @example 24/7 */
            hours?: string | null;
            /** @example +41 52 672 20 30 */
            phone?: string | null;
            /** @example https://support.vendor.example/mac-management */
            url?: string | null;
        };
        SupportContactResponseDto: {
            /** @example support@vendor.example */
            email: string | null;
            /** @example 24/7 */
            hours: string | null;
            /** @example +41 52 672 20 30 */
            phone: string | null;
            product: components["schemas"]["ProductResponseDto"];
            /** @example https://support.vendor.example/mac-management */
            url: string | null;
        };
        UpdateDownloadRequestDto: {
            /**
             * @example document
             * @enum {string}
             */
            kind?: "installer" | "document" | "tool";
            /** @example Mac Management installer */
            name?: string;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256?: string;
            /** @example 2097152 */
            sizeBytes?: number;
            /** @example https://downloads.example.com/mac-management/7.2.1/guide.pdf */
            url?: string;
            /** @example 7.2.1 */
            version?: string;
        };
        UpdateSublicenseRequestDto: {
            /**
             * Format: date
             * @example 2026-09-30
             */
            expiresOn?: string | null;
            /** @example Berlin site */
            name?: string;
            /**
             * @description An increase comes from the primary key's vacant licenses; never below the key's usage
             * @example 8
             */
            quota?: number;
            /** @example false */
            renewsWithSubscription?: boolean;
        };
        UpdateSubscriptionRequestDto: {
            /** @example C-2026-00042 */
            contractNumber?: string | null;
            /** @example Support included. Net 30. */
            contractTerms?: string | null;
            /** @example Mac Management Subscription */
            name?: string;
            /** @example true */
            renewalEnabled?: boolean;
            /** @example Contoso Reseller GmbH */
            resellerName?: string | null;
            /**
             * @example direct
             * @enum {string}
             */
            salesChannel?: "direct" | "reseller";
        };
        UpgradeSubscriptionRequestDto: {
            /**
             * @description Licenses to add; the primary key gets them
             * @example 10
             */
            additionalQuantity: number;
            /**
             * @description Sales order / ticket reference for the order history
             * @example SO-118900
             */
            reference?: string;
        };
        VendorCertificateResponseDto: {
            /**
             * @description False when the MDM settings are not given: signing answers 503 MDM_NOT_CONFIGURED and the other fields are null
             * @example true
             */
            configured: boolean;
            /**
             * @description Whole days until expiresAt (negative once expired)
             * @example 210
             */
            daysLeft: number | null;
            /**
             * Format: date-time
             * @example 2027-06-30T12:00:00.000Z
             */
            expiresAt: string | null;
            /**
             * @description True within 30 days of expiry (operators are emailed then) and once expired
             * @example false
             */
            expiresSoon: boolean;
            /** @example 4F1A2B3C */
            serialNumber: string | null;
            /** @example CN=MDM Vendor: Example Corp, O=Example Corp, C=US */
            subject: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND (also for an account you do not belong to) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listPushCertificateRequests: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushCertificateRequestListResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (page, pageSize) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND (also for an account you do not belong to) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    signPushCertificateRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        /** @description The CSR: raw DER or PEM bytes, or JSON with the PEM (or base64 of the DER). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushCertificateRequestRequestDto"];
                "application/octet-stream": string;
                "application/pkcs10": string;
            };
        };
        responses: {
            /** @description The push certificate request file (`push-certificate-request.plist.b64`, ASCII base64 of the XML plist), as an attachment. The `x-signing-record-id` header names the signing record. */
            201: {
                headers: {
                    /** @description attachment; filename="push-certificate-request.plist.b64" */
                    "content-disposition"?: string;
                    /** @description The id of the signing record */
                    "x-signing-record-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description CSR_INVALID (not a PKCS#10 request), VALIDATION_FAILED, INVALID_JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description SUBSCRIPTION_REQUIRED (no active subscription on the account)
             *
             *     MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`), ADMIN_REQUIRED
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND (also for an account you do not belong to) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CSR_TOO_LARGE (over 16 KiB; details: maxBytes), PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CSR_SIGNATURE_INVALID (the CSR is not signed by its key), CSR_KEY_TOO_WEAK (not RSA, or under 2048 bits) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description MDM_NOT_CONFIGURED (no vendor signing certificate configured), MDM_VENDOR_CERTIFICATE_EXPIRED */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listProductDownloads: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
                /** @description One product version; default: the newest */
                version?: string;
            };
            header?: never;
            path: {
                productId: string;
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDownloadsResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description ACCOUNT_NOT_FOUND, PRODUCT_NOT_FOUND (also for a product the account has no subscription of)
             *
             *     ACCOUNT_NOT_FOUND (also for an account you do not belong to)
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
                /** @description By status (`expired` is derived from the end date) */
                status?: "all" | "active" | "expired" | "suspended" | "cancelled";
                sort?: "endsOn" | "startsOn" | "name";
                order?: "asc" | "desc";
                /** @description Part of the subscription name, any case */
                search?: string;
                /** @description Only this product */
                productId?: string;
            };
            header?: never;
            path: {
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionListResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND (also for an account you do not belong to) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDetailsResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description ACCOUNT_NOT_FOUND, SUBSCRIPTION_NOT_FOUND (also for another account's subscription)
             *
             *     ACCOUNT_NOT_FOUND (also for an account you do not belong to)
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    renameSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameSubscriptionRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionDetailsResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`), ADMIN_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description ACCOUNT_NOT_FOUND, SUBSCRIPTION_NOT_FOUND (also for another account's subscription)
             *
             *     ACCOUNT_NOT_FOUND (also for an account you do not belong to)
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listLicenseKeys: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
                /** @description The column to sort by; default: the primary key first, then the sublicenses by creation */
                sort?: "name" | "keyKind" | "quota" | "used" | "vacant" | "expiresOn";
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                subscriptionId: string;
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenseKeyListResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description ACCOUNT_NOT_FOUND, SUBSCRIPTION_NOT_FOUND (also for another account's subscription)
             *
             *     ACCOUNT_NOT_FOUND (also for an account you do not belong to)
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createSublicense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSublicenseRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenseKeyResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, EXPIRY_REQUIRED, EXPIRY_WITH_RENEWAL */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`), ADMIN_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description ACCOUNT_NOT_FOUND, SUBSCRIPTION_NOT_FOUND
             *
             *     ACCOUNT_NOT_FOUND (also for an account you do not belong to)
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description QUOTA_EXCEEDED (details: needed, vacant), SUBSCRIPTION_NOT_ACTIVE (details: status) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description EXPIRY_AFTER_SUBSCRIPTION (details: subscriptionEndsOn), EXPIRY_IN_PAST */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteSublicense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
                keyId: string;
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`), ADMIN_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description ACCOUNT_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, SUBLICENSE_NOT_FOUND
             *
             *     ACCOUNT_NOT_FOUND (also for an account you do not belong to)
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateSublicense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
                keyId: string;
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSublicenseRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenseKeyResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, EXPIRY_REQUIRED, EXPIRY_WITH_RENEWAL */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`), ADMIN_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description ACCOUNT_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, SUBLICENSE_NOT_FOUND
             *
             *     ACCOUNT_NOT_FOUND (also for an account you do not belong to)
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description QUOTA_EXCEEDED (details: needed, vacant), QUOTA_BELOW_USAGE (details: used), SUBSCRIPTION_NOT_ACTIVE (details: status) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description EXPIRY_AFTER_SUBSCRIPTION (details: subscriptionEndsOn), EXPIRY_IN_PAST */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAccountSupport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSupportResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description MEMBERSHIP_BLOCKED, SSO_REQUIRED (the account requires its single sign-on; `details.accountId`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND (also for an account you do not belong to) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        details: {
                            [key: string]: {
                                status?: string;
                            };
                        };
                        error: Record<string, never>;
                        info: {
                            [key: string]: {
                                status?: string;
                            };
                        };
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: a dependency is down; `details` holds each check (info, error, details) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    registerLicenseKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterLicenseKeyRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, REGISTRATION_TARGET_REQUIRED, LICENSE_KEY_MALFORMED, LICENSE_KEY_MISTYPED (check character) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ADMIN_REQUIRED, MEMBERSHIP_BLOCKED (for accountId) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description LICENSE_KEY_NOT_FOUND, ACCOUNT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description LICENSE_KEY_ALREADY_REGISTERED (whichever account holds it), SUBSCRIPTION_CANCELLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description LICENSE_KEY_NOT_PRIMARY (a sublicense key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description TOO_MANY_REQUESTS: too many failed registrations from this client or by this user */
            429: {
                headers: {
                    /** @description Seconds until a new attempt is allowed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getOfflineOperations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfflineOperationsResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    setOfflineOperations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetOfflineOperationsRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfflineOperationsResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteDownload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                downloadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DOWNLOAD_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateDownload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                downloadId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDownloadRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DOWNLOAD_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    lookupLicenseKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyLookupRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyLookupResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, LICENSE_KEY_MALFORMED, LICENSE_KEY_MISTYPED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description LICENSE_KEY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getVendorCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorCertificateResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductListResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PRODUCT_CODE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listDownloads: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
                /** @description Only the downloads of this version; default: every version */
                version?: string;
            };
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadListResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PRODUCT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createDownload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDownloadRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PRODUCT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getSupportContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportContactResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PRODUCT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    setSupportContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupportContactRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportContactResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PRODUCT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listOperatorSubscriptions: {
        parameters: {
            query?: {
                /** @description By status (`expired` is derived from the end date) */
                status?: "all" | "active" | "expired" | "suspended" | "cancelled";
                /** @description Ending on or after this day */
                endsFrom?: string;
                /** @description Ending on or before this day */
                endsTo?: string;
                /** @description true: active and ending within 30 days (today included) */
                expiringSoon?: boolean;
                /** @description Only this product */
                productId?: string;
                /** @description Only this business account */
                accountId?: string;
                /** @description Part of the subscription name, the company name or the support code, any case */
                search?: string;
                sort?: "endsOn" | "startsOn" | "createdAt" | "name";
                order?: "asc" | "desc";
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorSubscriptionListResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubscriptionRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSubscriptionResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, INVALID_PERIOD */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PRODUCT_NOT_FOUND, ACCOUNT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description TRIAL_LIMIT_EXCEEDED (details: maxQuantity, maxDays) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getOperatorSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorSubscriptionResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateOperatorSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSubscriptionRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorSubscriptionResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    cancelSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderReferenceRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorSubscriptionResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INVALID_STATUS_TRANSITION (details: status, to) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    reactivateSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderReferenceRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorSubscriptionResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INVALID_STATUS_TRANSITION (details: status, to) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    renewSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenewSubscriptionRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorSubscriptionResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, RENEWAL_NOT_LATER (details: currentEndsOn) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SUBSCRIPTION_CANCELLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    suspendSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderReferenceRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorSubscriptionResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INVALID_STATUS_TRANSITION (details: status, to) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    upgradeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpgradeSubscriptionRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorSubscriptionResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OPERATOR_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SUBSCRIPTION_CANCELLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description URI_TOO_LONG: a path parameter is longer than 200 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INTERNAL_ERROR: unexpected; the body carries a correlationId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DATABASE_UNAVAILABLE: Postgres is unreachable or restarting; retry after the `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}
