// Generated from openapi/activation.json by `npm run openapi`; do not edit.
export interface paths {
    "/accounts/{accountId}/installations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proxy servers of the account: search, filter, sort, page, columns */
        get: operations["list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/installations/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate several proxy servers
         * @description All or nothing: an id of another account (or unknown) fails the whole request with 404. The admins are emailed; proxies learn it at their next refresh.
         */
        post: operations["deactivateMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/installations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the selected servers (or all matching search and filter) as CSV, in the list's sort order */
        get: operations["exportCsv"];
        put?: never;
        /** Export a large selection as CSV (ids in the body) */
        post: operations["exportSelection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/installations/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dashboard counts: registered proxy servers, used licenses, expiring, expired, deactivated */
        get: operations["summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/installations/{installationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Details of a proxy server: general information and its usage series */
        get: operations["details"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/installations/{installationId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate one proxy server
         * @description The admins are emailed; the proxy learns it at its next refresh.
         */
        post: operations["deactivateOne"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/installations/{installationId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit the notes of a proxy server */
        patch: operations["updateNotes"];
        trace?: never;
    };
    "/accounts/{accountId}/offline/activation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an offline activation request file; download the activation file
         * @description The activation file is signed by the server and bound to the request (its nonce) and the proxy key. The key must belong to this account.
         */
        post: operations["activationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/offline/deactivation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an offline deactivation request file: the key is released
         * @description Only a file signed by the installation itself releases its key.
         */
        post: operations["deactivationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/offline/refresh-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an offline refresh request file; download the subscription information file
         * @description Usage figures carried by the request are recorded like an online usage report (idempotent on their reportId).
         */
        post: operations["refreshRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/offline/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload any offline request file (activation, refresh or deactivation); get the matching answer
         * @description The guide's one Offline Activation and Validation page: the file's own `payload.type` decides what it is, so there is no FILE_TYPE_MISMATCH. An activation request answers the activation file, a refresh request the subscription information file (recording its usage), a deactivation request the confirmation; each with the same checks and codes as its own endpoint below.
         */
        post: operations["upload"];
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
    "/operator/accounts/{accountId}/installations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proxy servers of any business account (operators)
         * @description The same search, display filter, sort, paging and columns as the customers' list of the account.
         */
        get: operations["listAccountInstallationsForOperator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proxy/v1/activations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate an installation online
         * @description One key activates one installation at a time; of concurrent activations of one key exactly one wins. The same proxy server activating its key again after a deactivation (the same key and the same `publicKey`) gets its installation back, with its id, notes and usage history; another proxy key is a new installation. Answers the credential for later calls (shown once) and a signed license document. Rate-limited per IP.
         */
        post: operations["activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proxy/v1/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate this installation online
         * @description Releases the key at once; the credential stops working (401 CREDENTIAL_REVOKED afterwards).
         */
        post: operations["deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proxy/v1/enrollment-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * May this installation enroll one more computer?
         * @description Refused at or over the quota; computers already managed keep working.
         */
        post: operations["enrollmentCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proxy/v1/license/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a license key before activating
         * @description Answers the license information for the operator to review. Unauthenticated, rate-limited per IP; an unknown key gets only its code.
         */
        post: operations["verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proxy/v1/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Current license information and a fresh signed document (daily)
         * @description Status is one of active, over_limit, expired, suspended, cancelled, deactivated. An installation deactivated from the portal (or whose sublicense was deleted) still gets 200 with status deactivated, so the proxy learns it.
         */
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proxy/v1/signing-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public keys that verify signed documents (JWKS-like)
         * @description Current and retired keys: a document verifies with the key its kid names.
         */
        get: operations["signingKeysList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proxy/v1/usage-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report usage (weekly)
         * @description Idempotent on reportId: a retry is stored once and answered the same (201 with duplicate true). A report over the quota opens a license breach and emails the admins once per breach.
         */
        post: operations["report"];
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
        ActivateRequestDto: {
            /** @example 6.0.0.74 */
            appVersion: string;
            /** @example K7Q2M-3XW9P-ZR4TB-HN8CV-5FJ6D */
            key: string;
            /**
             * @description The proxy's own Ed25519 public key (SPKI PEM): it signs the proxy's offline files
             * @example -----BEGIN PUBLIC KEY-----
             *     MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=
             *     -----END PUBLIC KEY-----
             */
            publicKey: string;
            /** @example sccm-proxy-01.corp.example */
            serverName: string;
            /** @example T12 */
            siteCode: string;
            /** @example Berlin office */
            siteDescription?: string;
        };
        ActivationResponseDto: {
            /**
             * @description Send as `Authorization: Proxy <credential>` on every later call. Shown once; the server keeps only its hash.
             * @example 0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10.Jx1Hn5o6q7s8t9u0v1w2x3y4z5A6B7C8D9E0F1G2H3I
             */
            credential: string;
            document: components["schemas"]["SignedLicenseDocumentDto"];
            /**
             * Format: uuid
             * @example 0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10
             */
            installationId: string;
            license: components["schemas"]["LicenseInfoDto"];
        };
        DeactivateInstallationsRequestDto: {
            /**
             * @example [
             *       "0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10"
             *     ]
             */
            installationIds: string[];
        };
        DeactivateInstallationsResponseDto: {
            /** @description Already deactivated before: unchanged */
            alreadyDeactivated: string[];
            /** @description Deactivated now (their proxies learn it at the next refresh) */
            deactivated: string[];
        };
        DeactivationResponseDto: {
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            deactivatedAt: string;
            /**
             * Format: uuid
             * @example 0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10
             */
            installationId: string;
            /**
             * @example deactivated
             * @enum {string}
             */
            status: "deactivated";
        };
        EnrollmentCheckRequestDto: {
            /**
             * @description Computers managed now, as the proxy counts them (default: the last report)
             * @example 42
             */
            managedComputers?: number;
        };
        EnrollmentCheckResponseDto: {
            /**
             * @example true
             * @enum {boolean}
             */
            allowed: true;
            /** @example 50 */
            quota: number;
            /** @example 42 */
            used: number;
            /** @example 8 */
            vacant: number;
        };
        /**
         * @description Stable machine-readable code; a code never changes meaning. The codes this service answers, with their status:
         *
         *     - `ACCOUNT_NOT_FOUND` (404): no such business account, or one you do not belong to
         *     - `ADMIN_REQUIRED` (403): only administrators of the business account may do this
         *     - `CONFLICT` (409): the request conflicts with the current state
         *     - `CREDENTIAL_REVOKED` (401): the proxy deactivated itself: its credential is retired; activate again for a new one
         *     - `DATABASE_UNAVAILABLE` (503): Postgres is unreachable or restarting; retry after the `Retry-After` seconds
         *     - `FILE_EXPIRED` (422): the request file is older than the maximum age; details: `maxAgeDays` (the maximum age of a request file, in days)
         *     - `FILE_MALFORMED` (400): not an offline request file of the proxy, or an incomplete one; details: a list of `{ field, problems[] }` where the file is incomplete
         *     - `FILE_NOT_YET_VALID` (422): the request file is dated in the future: the proxy clock is wrong
         *     - `FILE_REPLAYED` (409): the request file was used already; write a new one on the proxy
         *     - `FILE_SIGNATURE_INVALID` (422): the request file was altered after the proxy signed it
         *     - `FILE_TYPE_MISMATCH` (400): a request file of another type than the operation takes; details: `type` (the type of the file uploaded), `expected` (the type the operation takes)
         *     - `FORBIDDEN` (403): not allowed
         *     - `HEADERS_TOO_LARGE` (431): the request headers are over the size limit (16 KiB)
         *     - `INSTALLATION_DEACTIVATED` (403): the installation was deactivated (from the portal or by its sublicense's deletion); refresh to learn why
         *     - `INSTALLATION_NOT_FOUND` (404): no such proxy server (or one of another business account); details: `missing` (the ids of a batch that name no proxy server of the account)
         *     - `INTERNAL_ERROR` (500): unexpected; the body carries a correlationId to quote to support
         *     - `INVALID_CREDENTIAL` (401): no proxy credential, or one that is not valid
         *     - `INVALID_JSON` (400): the body is not JSON
         *     - `KEY_IN_USE` (409): the license key is in use by another installation; deactivate that one first
         *     - `LICENSE_CANCELLED` (403): the subscription of the license key was cancelled
         *     - `LICENSE_EXPIRED` (403): the license key (or its subscription) has expired
         *     - `LICENSE_KEY_MALFORMED` (400): not a license key (25 characters, 5 groups of 5)
         *     - `LICENSE_KEY_MISTYPED` (400): a license key whose check character does not match: a typo
         *     - `LICENSE_KEY_NOT_FOUND` (404): no such license key (or one of another business account)
         *     - `LICENSE_KEY_NOT_REGISTERED` (403): the license key is not registered to a business account yet: register it in My Account first
         *     - `LICENSE_LIMIT_REACHED` (409): every license of the key is in use: no further computer can enroll; details: `quota` (licenses of the key), `used` (licenses in use)
         *     - `LICENSE_SUSPENDED` (403): the subscription of the license key is suspended
         *     - `MEMBERSHIP_BLOCKED` (403): your access to this business account is blocked
         *     - `METHOD_NOT_ALLOWED` (405): the route does not take this method
         *     - `NOT_FOUND` (404): not found
         *     - `OFFLINE_DISABLED` (403): offline operations are not enabled for the business account
         *     - `OPERATOR_REQUIRED` (403): only operators may do this
         *     - `PAYLOAD_TOO_LARGE` (413): the body is over the limit (1 MiB by default)
         *     - `PEAK_BELOW_MANAGED` (400): peakComputers is lower than managedComputers; details: `peakComputers` (the reported peak), `managedComputers` (the reported managed computers)
         *     - `PROXY_KEY_MISMATCH` (422): the request file was signed by another proxy than the one activated
         *     - `PUBLIC_KEY_INVALID` (400): the proxy public key is not an Ed25519 public key (SPKI PEM)
         *     - `REPORT_ID_REUSED` (409): a different usage report was already stored under this reportId
         *     - `REPORTED_AT_IN_FUTURE` (400): the report is dated in the future: the proxy clock is wrong; details: `reportedAt` (the date the report carries)
         *     - `REQUEST_TIMEOUT` (408): the request did not arrive in time (Node.js `requestTimeout`)
         *     - `ROUTE_NOT_FOUND` (404): no such route
         *     - `SERVICE_UNAVAILABLE` (503): readiness: a dependency is down; details: `info` (the checks that passed), `error` (the checks that failed), `details` (every check)
         *     - `SESSION_REVOKED` (401): the session of the access token was signed out or has ended
         *     - `SSO_REQUIRED` (403): the business account requires its single sign-on; details: `accountId` (the business account whose single sign-on to use)
         *     - `TOKEN_EXPIRED` (401): the access token has expired; refresh it
         *     - `TOO_MANY_REQUESTS` (429): a rate limit; wait the `Retry-After` seconds; details: `retryAfterSeconds` (seconds until a retry can succeed, also sent as Retry-After), `limitPerMinute` (the limit, where it is per minute)
         *     - `UNAUTHENTICATED` (401): no access token, or one that is not valid
         *     - `UNSUPPORTED_MEDIA_TYPE` (415): a body of a type the operation does not take
         *     - `URI_TOO_LONG` (414): a path parameter is over the length limit; details: `maxLength` (the longest path parameter taken, in characters)
         *     - `VALIDATION_FAILED` (400): the input broke a rule; unknown fields are refused too; details: a list of `{ field, problems[] }`, one per invalid field
         * @example CREDENTIAL_REVOKED
         * @enum {string}
         */
        ErrorCode: "ACCOUNT_NOT_FOUND" | "ADMIN_REQUIRED" | "CONFLICT" | "CREDENTIAL_REVOKED" | "DATABASE_UNAVAILABLE" | "FILE_EXPIRED" | "FILE_MALFORMED" | "FILE_NOT_YET_VALID" | "FILE_REPLAYED" | "FILE_SIGNATURE_INVALID" | "FILE_TYPE_MISMATCH" | "FORBIDDEN" | "HEADERS_TOO_LARGE" | "INSTALLATION_DEACTIVATED" | "INSTALLATION_NOT_FOUND" | "INTERNAL_ERROR" | "INVALID_CREDENTIAL" | "INVALID_JSON" | "KEY_IN_USE" | "LICENSE_CANCELLED" | "LICENSE_EXPIRED" | "LICENSE_KEY_MALFORMED" | "LICENSE_KEY_MISTYPED" | "LICENSE_KEY_NOT_FOUND" | "LICENSE_KEY_NOT_REGISTERED" | "LICENSE_LIMIT_REACHED" | "LICENSE_SUSPENDED" | "MEMBERSHIP_BLOCKED" | "METHOD_NOT_ALLOWED" | "NOT_FOUND" | "OFFLINE_DISABLED" | "OPERATOR_REQUIRED" | "PAYLOAD_TOO_LARGE" | "PEAK_BELOW_MANAGED" | "PROXY_KEY_MISMATCH" | "PUBLIC_KEY_INVALID" | "REPORT_ID_REUSED" | "REPORTED_AT_IN_FUTURE" | "REQUEST_TIMEOUT" | "ROUTE_NOT_FOUND" | "SERVICE_UNAVAILABLE" | "SESSION_REVOKED" | "SSO_REQUIRED" | "TOKEN_EXPIRED" | "TOO_MANY_REQUESTS" | "UNAUTHENTICATED" | "UNSUPPORTED_MEDIA_TYPE" | "URI_TOO_LONG" | "VALIDATION_FAILED";
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
        ExportInstallationsRequestDto: {
            /** @description Columns to export (default: all) */
            columns?: ("serverName" | "licenseKey" | "siteCode" | "siteDescription" | "offlineAllowed" | "activatedOffline" | "appVersion" | "activatedAt" | "lastReportedAt" | "quota" | "used" | "notes")[];
            /**
             * @default all
             * @enum {string}
             */
            filter: "all" | "active" | "expiring_soon" | "over_limit" | "expired" | "suspended" | "cancelled" | "deactivated";
            /** @description The selected servers; without: all matching search and filter */
            installationIds?: string[];
            /**
             * @default desc
             * @enum {string}
             */
            order: "asc" | "desc";
            /** @example berlin */
            search?: string;
            /**
             * @description As the list: the file has the rows in the order on screen
             * @default activatedAt
             * @enum {string}
             */
            sort: "serverName" | "siteCode" | "activatedAt" | "lastReportedAt" | "used";
        };
        InstallationDetailsResponseDto: {
            general: components["schemas"]["InstallationGeneralDto"];
            /** @description Usage reports, oldest first (the latest `usageLimit`) */
            usage: components["schemas"]["UsagePointDto"][];
        };
        InstallationGeneralDto: {
            /**
             * Format: date-time
             * @example 2026-07-19T08:00:00.000Z
             */
            activatedAt: string;
            /**
             * @description Whether it was activated with offline files
             * @example false
             */
            activatedOffline: boolean;
            /** @example 6.0.0.74 */
            appVersion: string;
            /**
             * Format: date-time
             * @example null
             */
            deactivatedAt: string | null;
            /**
             * @description proxy, portal, offline-file or sublicense-deleted
             * @example null
             */
            deactivationReason: string | null;
            /**
             * Format: uuid
             * @example 0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            lastReportedAt: string | null;
            /** @example •••••-•••••-•••••-•••••-5FJ6D */
            licenseKey: string | null;
            /**
             * Format: date
             * @description Last day of the key's validity
             * @example 2027-01-14
             */
            licenseKeyEndsOn: string | null;
            /** @example Rack 4 */
            notes: string | null;
            /**
             * @description The guide's "Offline Use": whether offline activation and refresh are allowed (the account's offline operations)
             * @example false
             */
            offlineAllowed: boolean;
            /**
             * @deprecated
             * @description Deprecated: the same as activatedOffline
             * @example false
             */
            offlineUse: boolean;
            /** @example 50 */
            quota: number;
            /** @example sccm-proxy-01.corp.example */
            serverName: string;
            /** @example T12 */
            siteCode: string;
            /** @example Berlin office */
            siteDescription: string | null;
            /**
             * @description The state the proxy is told at refresh
             * @example active
             * @enum {string}
             */
            status: "active" | "over_limit" | "expired" | "suspended" | "cancelled" | "deactivated";
            /** @example 42 */
            used: number;
        };
        InstallationListItemDto: {
            /**
             * Format: date-time
             * @example 2026-07-19T08:00:00.000Z
             */
            activatedAt?: string;
            /**
             * @description Whether it was activated with offline files
             * @example false
             */
            activatedOffline?: boolean;
            /** @example 6.0.0.74 */
            appVersion?: string;
            /**
             * Format: uuid
             * @example 0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:00.000Z
             */
            lastReportedAt?: string | null;
            /**
             * @description Masked; null once the sublicense was deleted
             * @example •••••-•••••-•••••-•••••-5FJ6D
             */
            licenseKey?: string | null;
            /** @example Rack 4, owned by IT Berlin */
            notes?: string | null;
            /**
             * @description The guide's "Offline Use": whether it may be activated and refreshed with offline files (the account's offline operations)
             * @example false
             */
            offlineAllowed?: boolean;
            /**
             * @deprecated
             * @description Deprecated: the same as activatedOffline (given with that column)
             * @example false
             */
            offlineUse?: boolean;
            /**
             * @description Licenses of the key it was activated with (0 once the key is gone)
             * @example 50
             */
            quota?: number;
            /** @example sccm-proxy-01.corp.example */
            serverName?: string;
            /** @example T12 */
            siteCode?: string;
            /** @example Berlin office */
            siteDescription?: string | null;
            /**
             * @description The state the proxy is told at refresh (as its license status)
             * @example active
             * @enum {string}
             */
            status: "active" | "over_limit" | "expired" | "suspended" | "cancelled" | "deactivated";
            /**
             * @description Managed computers in the last report
             * @example 42
             */
            used?: number;
        };
        InstallationListResponseDto: {
            /**
             * @example [
             *       "serverName",
             *       "siteCode"
             *     ]
             */
            columns: ("serverName" | "licenseKey" | "siteCode" | "siteDescription" | "offlineAllowed" | "activatedOffline" | "appVersion" | "activatedAt" | "lastReportedAt" | "quota" | "used" | "notes")[];
            items: components["schemas"]["InstallationListItemDto"][];
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
        InstallationSummaryResponseDto: {
            /** @example 0 */
            cancelled: number;
            /** @example 2 */
            deactivated: number;
            /** @example 0 */
            expired: number;
            /**
             * @description Running, key ends within 30 days
             * @example 1
             */
            expiringSoon: number;
            /**
             * @description State over_limit (included in registeredProxyServers)
             * @example 0
             */
            overLimit: number;
            /**
             * @description Running installations, state active or over_limit (the dashboard's "Registered proxy servers")
             * @example 3
             */
            registeredProxyServers: number;
            /** @example 0 */
            suspended: number;
            /**
             * @description Managed computers reported by the running installations
             * @example 57
             */
            usedLicenses: number;
        };
        LicenseInfoDto: {
            /**
             * Format: date
             * @description Last day the key is valid (UTC)
             * @example 2027-01-14
             */
            endsOn: string | null;
            /**
             * @description Null when the key is gone (sublicense deleted)
             * @example primary
             * @enum {string|null}
             */
            keyKind: "primary" | "reserved" | null;
            /**
             * @description Masked: only the last group is shown
             * @example •••••-•••••-•••••-•••••-5FJ6D
             */
            licenseKey: string | null;
            /**
             * @description Number of licenses: managed computers allowed
             * @example 50
             */
            quota: number;
            /**
             * Format: date
             * @example 2026-01-15
             */
            startsOn: string | null;
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "deactivated" | "expired" | "over_limit" | "suspended" | "cancelled";
            /**
             * @description Managed computers last reported by the installation using the key
             * @example 12
             */
            used: number;
            /** @example 38 */
            vacant: number;
        };
        LicensePayloadDto: {
            /**
             * Format: uuid
             * @example 6a1d0c4e-8f2b-4c3a-9e5d-7b6a5c4d3e2f
             */
            accountId: string;
            /** @example false */
            activatedOffline: boolean;
            /** @example Acme Corp */
            companyName: string;
            /**
             * Format: date
             * @description Last day the key is valid (UTC)
             * @example 2027-01-14
             */
            endsOn: string | null;
            /**
             * @description Offline files: the nonce of the request file answered
             * @example pV0y4mQk3Jd7wTq9ZxL2bA
             */
            inResponseTo?: string;
            /**
             * Format: uuid
             * @example 0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10
             */
            installationId: string;
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            issuedAt: string;
            /**
             * @description Null when the key is gone (sublicense deleted)
             * @example primary
             * @enum {string|null}
             */
            keyKind: "primary" | "reserved" | null;
            /**
             * @description Masked: only the last group is shown
             * @example •••••-•••••-•••••-•••••-5FJ6D
             */
            licenseKey: string | null;
            /**
             * @description Fingerprint of the proxy public key the document is bound to
             * @example q3Jm0Zb9cT1xWk2LpV8sNa
             */
            proxyKeyId: string;
            /**
             * @description Number of licenses: managed computers allowed
             * @example 50
             */
            quota: number;
            /**
             * Format: date
             * @example 2026-01-15
             */
            startsOn: string | null;
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "deactivated" | "expired" | "over_limit" | "suspended" | "cancelled";
            /**
             * @example license
             * @enum {string}
             */
            type: "license" | "offline-activation" | "subscription-information";
            /**
             * @description Managed computers last reported by the installation using the key
             * @example 12
             */
            used: number;
            /** @example 38 */
            vacant: number;
            /**
             * Format: date-time
             * @description Trust offline until then (never after the key ends)
             * @example 2026-12-30T10:00:00.000Z
             */
            validUntil: string;
            /**
             * @example 1
             * @enum {number}
             */
            version: 1;
        };
        OfflineDeactivationResponseDto: {
            /**
             * @description True when the installation had been deactivated before (e.g. from the portal)
             * @example false
             */
            alreadyDeactivated: boolean;
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            deactivatedAt: string;
            /**
             * Format: uuid
             * @example 0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10
             */
            installationId: string;
            /** @example sccm-proxy-01.corp.example */
            serverName: string;
            /**
             * @example deactivated
             * @enum {string}
             */
            status: "deactivated";
        };
        OfflineRequestFileDto: {
            /**
             * @example EdDSA
             * @enum {string}
             */
            alg: "EdDSA";
            /**
             * @description Fingerprint of the proxy's public key
             * @example q3Jm0Zb9cT1xWk2LpV8sNa
             */
            kid: string;
            /**
             * @description activation-request: { type, version: 1, key, serverName, siteCode, siteDescription, appVersion, publicKey, nonce, createdAt }; refresh-request: { type, version: 1, installationId, nonce, createdAt, usage? }; deactivation-request: { type, version: 1, installationId, nonce, createdAt }
             * @example {
             *       "createdAt": "2026-11-30T09:00:00.000Z",
             *       "installationId": "0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10",
             *       "nonce": "pV0y4mQk3Jd7wTq9ZxL2bA8c",
             *       "type": "refresh-request",
             *       "version": 1
             *     }
             */
            payload: {
                [key: string]: unknown;
            };
            /**
             * @description Ed25519, base64url
             * @example v1Vq0b6tV2mW5r2p3s5l8cQk0yq4b0m3r9Jx1Hn5o6q7s8t9u0v1w2x3y4z5A6B7C8D9E0F1G2H3I4J5K6L7M8
             */
            signature: string;
        };
        OfflineUploadResponseDto: {
            /**
             * @description What the answer carries: the activation file, the subscription information file, or the deactivation confirmation
             * @example subscription-information
             * @enum {string}
             */
            answerType: "offline-activation" | "subscription-information" | "deactivation";
            /** @description The confirmation of a deactivation request; absent otherwise */
            deactivation?: components["schemas"]["OfflineDeactivationResponseDto"];
            /** @description The file for the proxy to import (offline-activation or subscription-information); absent for a deactivation */
            document?: components["schemas"]["SignedLicenseDocumentDto"];
            /**
             * @description The type read from the uploaded file
             * @example refresh-request
             * @enum {string}
             */
            requestType: "activation-request" | "refresh-request" | "deactivation-request";
        };
        PublicJwkDto: {
            /**
             * @example EdDSA
             * @enum {string}
             */
            alg: "EdDSA";
            /**
             * @example Ed25519
             * @enum {string}
             */
            crv: "Ed25519";
            /** @example 2026-11 */
            kid: string;
            /**
             * @example OKP
             * @enum {string}
             */
            kty: "OKP";
            /**
             * @example sig
             * @enum {string}
             */
            use: "sig";
            /**
             * @description The public key, base64url
             * @example 11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo
             */
            x: string;
        };
        RefreshRequestDto: {
            /**
             * @description The app version now running, when it changed
             * @example 6.1.0.12
             */
            appVersion?: string;
        };
        RefreshResponseDto: {
            document: components["schemas"]["SignedLicenseDocumentDto"];
            /**
             * Format: uuid
             * @example 0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10
             */
            installationId: string;
            license: components["schemas"]["LicenseInfoDto"];
        };
        SignedLicenseDocumentDto: {
            /**
             * @example EdDSA
             * @enum {string}
             */
            alg: "EdDSA";
            /**
             * @description Id of the signing key (see GET /proxy/v1/signing-keys)
             * @example 2026-11
             */
            kid: string;
            payload: components["schemas"]["LicensePayloadDto"];
            /**
             * @description Ed25519 over the canonical JSON (sorted keys, no whitespace) of { alg, kid, payload }, base64url
             * @example v1Vq0b6tV2mW5r2p3s5l8cQk0yq4b0m3r9Jx1Hn5o6q7s8t9u0v1w2x3y4z5A6B7C8D9E0F1G2H3I4J5K6L7M8
             */
            signature: string;
        };
        SigningKeysResponseDto: {
            keys: components["schemas"]["PublicJwkDto"][];
        };
        UpdateNotesRequestDto: {
            /** @example Rack 4, owned by IT Berlin */
            notes: string | null;
        };
        UsagePointDto: {
            /** @example 6.0.0.74 */
            appVersion: string;
            /** @example 42 */
            managedComputers: number;
            /** @example false */
            overLimit: boolean;
            /**
             * @description Peak since the previous report
             * @example 45
             */
            peakComputers: number;
            /**
             * Format: date-time
             * @example 2026-11-23T08:00:02.000Z
             */
            receivedAt: string;
            /**
             * Format: date-time
             * @description When the proxy measured
             * @example 2026-11-23T08:00:00.000Z
             */
            reportedAt: string;
        };
        UsageReportRequestDto: {
            /** @example 6.0.0.74 */
            appVersion: string;
            /**
             * @description Computers managed now
             * @example 42
             */
            managedComputers: number;
            /**
             * @description Peak of managed computers since the last report (at least managedComputers)
             * @example 45
             */
            peakComputers: number;
            /**
             * @description The proxy's id of this report: a retry with the same id is stored once
             * @example 2026-W48
             */
            reportId: string;
            /**
             * Format: date-time
             * @description When the proxy measured
             * @example 2026-11-30T09:59:00.000Z
             */
            reportedAt: string;
        };
        UsageReportResponseDto: {
            /**
             * @description True when this answers a retry of a report already stored
             * @example false
             */
            duplicate: boolean;
            /** @example 42 */
            managedComputers: number;
            /**
             * @description The report exceeded the quota: enrolling more computers is refused
             * @example false
             */
            overLimit: boolean;
            /** @example 45 */
            peakComputers: number;
            /**
             * @description The key's quota when the report arrived
             * @example 50
             */
            quota: number;
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            receivedAt: string;
            /** @example 2026-W48 */
            reportId: string;
        };
        VerifyKeyRequestDto: {
            /**
             * @description The license key as typed (any case; spaces and dashes ignored)
             * @example K7Q2M-3XW9P-ZR4TB-HN8CV-5FJ6D
             */
            key: string;
        };
        VerifyKeyResponseDto: {
            /**
             * Format: date
             * @description Last day the key is valid (UTC)
             * @example 2027-01-14
             */
            endsOn: string | null;
            /**
             * @description Another installation is active with this key: activation would be refused (KEY_IN_USE)
             * @example false
             */
            inUse: boolean;
            /**
             * @description Null when the key is gone (sublicense deleted)
             * @example primary
             * @enum {string|null}
             */
            keyKind: "primary" | "reserved" | null;
            /**
             * @description Masked: only the last group is shown
             * @example •••••-•••••-•••••-•••••-5FJ6D
             */
            licenseKey: string | null;
            /**
             * @description Number of licenses: managed computers allowed
             * @example 50
             */
            quota: number;
            /**
             * Format: date
             * @example 2026-01-15
             */
            startsOn: string | null;
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "deactivated" | "expired" | "over_limit" | "suspended" | "cancelled";
            /**
             * @description Managed computers last reported by the installation using the key
             * @example 12
             */
            used: number;
            /** @example 38 */
            vacant: number;
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
    list: {
        parameters: {
            query?: {
                /** @description Matches server name, site code or site description (case-insensitive) */
                search?: string;
                /** @description By the state the proxy is told at refresh. active: running (active or over_limit); expiring_soon: running, key ends within 30 days; over_limit, expired, suspended, cancelled, deactivated: that state */
                filter?: "all" | "active" | "expiring_soon" | "over_limit" | "expired" | "suspended" | "cancelled" | "deactivated";
                /** @description Comma-separated columns to include (default: all): serverName, licenseKey, siteCode, siteDescription, offlineAllowed, activatedOffline, appVersion, activatedAt, lastReportedAt, quota, used, notes */
                columns?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
                sort?: "serverName" | "siteCode" | "activatedAt" | "lastReportedAt" | "used";
                order?: "asc" | "desc";
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
                    "application/json": components["schemas"]["InstallationListResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (unknown column, sort or filter) */
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
    deactivateMany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeactivateInstallationsRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeactivateInstallationsResponseDto"];
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
             * @description ACCOUNT_NOT_FOUND; INSTALLATION_NOT_FOUND (also for a server of another account) (details.missing lists them)
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
    exportCsv: {
        parameters: {
            query?: {
                /** @description Matches server name, site code or site description (case-insensitive) */
                search?: string;
                /** @description By the state the proxy is told at refresh. active: running (active or over_limit); expiring_soon: running, key ends within 30 days; over_limit, expired, suspended, cancelled, deactivated: that state */
                filter?: "all" | "active" | "expiring_soon" | "over_limit" | "expired" | "suspended" | "cancelled" | "deactivated";
                /** @description Comma-separated columns to include (default: all): serverName, licenseKey, siteCode, siteDescription, offlineAllowed, activatedOffline, appVersion, activatedAt, lastReportedAt, quota, used, notes */
                columns?: string;
                /** @description As the list: the file has the rows in the order on screen */
                sort?: "serverName" | "siteCode" | "activatedAt" | "lastReportedAt" | "used";
                order?: "asc" | "desc";
                /** @description Comma-separated ids of the selected servers (at most 200; POST the export for more). Without: all matching search and filter. */
                ids?: string;
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
            /** @description CSV (UTF-8 with BOM, CRLF), streamed; cells starting with = + - @ tab or CR are prefixed with ' against formula injection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
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
             * @description ACCOUNT_NOT_FOUND; INSTALLATION_NOT_FOUND (also for a server of another account)
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
    exportSelection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportInstallationsRequestDto"];
            };
        };
        responses: {
            /** @description CSV (UTF-8 with BOM, CRLF), streamed; cells starting with = + - @ tab or CR are prefixed with ' against formula injection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
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
             * @description ACCOUNT_NOT_FOUND; INSTALLATION_NOT_FOUND (also for a server of another account)
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
    summary: {
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
                    "application/json": components["schemas"]["InstallationSummaryResponseDto"];
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
    details: {
        parameters: {
            query?: {
                /** @description How many of the latest reports (104 = two years of weekly reports) */
                usageLimit?: number;
            };
            header?: never;
            path: {
                installationId: string;
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
                    "application/json": components["schemas"]["InstallationDetailsResponseDto"];
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
             * @description ACCOUNT_NOT_FOUND; INSTALLATION_NOT_FOUND (also for a server of another account)
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
    deactivateOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                installationId: string;
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
                    "application/json": components["schemas"]["DeactivateInstallationsResponseDto"];
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
             * @description ACCOUNT_NOT_FOUND; INSTALLATION_NOT_FOUND (also for a server of another account)
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
    updateNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                installationId: string;
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotesRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallationGeneralDto"];
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
             * @description ACCOUNT_NOT_FOUND; INSTALLATION_NOT_FOUND (also for a server of another account)
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
    activationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfflineRequestFileDto"];
            };
        };
        responses: {
            /** @description The activation file (type offline-activation) for the proxy to import */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedLicenseDocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, FILE_MALFORMED, FILE_TYPE_MISMATCH (details: type, expected), LICENSE_KEY_MALFORMED, LICENSE_KEY_MISTYPED */
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
             * @description OFFLINE_DISABLED (offline operations are off for the account), MEMBERSHIP_BLOCKED, ADMIN_REQUIRED, LICENSE_EXPIRED, LICENSE_SUSPENDED, LICENSE_CANCELLED
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
            /**
             * @description ACCOUNT_NOT_FOUND; LICENSE_KEY_NOT_FOUND (also for a key of another account)
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
            /** @description FILE_REPLAYED, KEY_IN_USE */
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
            /** @description FILE_SIGNATURE_INVALID (tampered), FILE_EXPIRED (older than the maximum age; details: maxAgeDays), FILE_NOT_YET_VALID (dated in the future) */
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
    deactivationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfflineRequestFileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfflineDeactivationResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, FILE_MALFORMED, FILE_TYPE_MISMATCH (details: type, expected) */
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
             * @description OFFLINE_DISABLED (offline operations are off for the account), MEMBERSHIP_BLOCKED, ADMIN_REQUIRED
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
            /**
             * @description ACCOUNT_NOT_FOUND; INSTALLATION_NOT_FOUND (also for a server of another account)
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
            /** @description FILE_REPLAYED */
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
            /** @description FILE_SIGNATURE_INVALID (tampered), FILE_EXPIRED (older than the maximum age; details: maxAgeDays), FILE_NOT_YET_VALID (dated in the future), PROXY_KEY_MISMATCH (signed by another proxy) */
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
    refreshRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfflineRequestFileDto"];
            };
        };
        responses: {
            /** @description The subscription information file (type subscription-information) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedLicenseDocumentDto"];
                };
            };
            /** @description VALIDATION_FAILED, FILE_MALFORMED, FILE_TYPE_MISMATCH (details: type, expected), PEAK_BELOW_MANAGED, REPORTED_AT_IN_FUTURE */
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
             * @description OFFLINE_DISABLED (offline operations are off for the account), MEMBERSHIP_BLOCKED, ADMIN_REQUIRED
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
            /**
             * @description ACCOUNT_NOT_FOUND; INSTALLATION_NOT_FOUND (also for a server of another account)
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
            /** @description FILE_REPLAYED, REPORT_ID_REUSED */
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
            /** @description FILE_SIGNATURE_INVALID (tampered), FILE_EXPIRED (older than the maximum age; details: maxAgeDays), FILE_NOT_YET_VALID (dated in the future), PROXY_KEY_MISMATCH (signed by another proxy) */
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
    upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfflineRequestFileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfflineUploadResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, FILE_MALFORMED, LICENSE_KEY_MALFORMED, LICENSE_KEY_MISTYPED, PEAK_BELOW_MANAGED, REPORTED_AT_IN_FUTURE */
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
             * @description OFFLINE_DISABLED (offline operations are off for the account), MEMBERSHIP_BLOCKED, ADMIN_REQUIRED, LICENSE_EXPIRED, LICENSE_SUSPENDED, LICENSE_CANCELLED
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
            /**
             * @description ACCOUNT_NOT_FOUND; LICENSE_KEY_NOT_FOUND, INSTALLATION_NOT_FOUND (also for those of another account)
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
            /** @description FILE_REPLAYED, KEY_IN_USE, REPORT_ID_REUSED */
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
            /** @description FILE_SIGNATURE_INVALID (tampered), FILE_EXPIRED (older than the maximum age; details: maxAgeDays), FILE_NOT_YET_VALID (dated in the future), PROXY_KEY_MISMATCH (signed by another proxy) */
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
    listAccountInstallationsForOperator: {
        parameters: {
            query?: {
                /** @description Matches server name, site code or site description (case-insensitive) */
                search?: string;
                /** @description By the state the proxy is told at refresh. active: running (active or over_limit); expiring_soon: running, key ends within 30 days; over_limit, expired, suspended, cancelled, deactivated: that state */
                filter?: "all" | "active" | "expiring_soon" | "over_limit" | "expired" | "suspended" | "cancelled" | "deactivated";
                /** @description Comma-separated columns to include (default: all): serverName, licenseKey, siteCode, siteDescription, offlineAllowed, activatedOffline, appVersion, activatedAt, lastReportedAt, quota, used, notes */
                columns?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
                sort?: "serverName" | "siteCode" | "activatedAt" | "lastReportedAt" | "used";
                order?: "asc" | "desc";
            };
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
                    "application/json": components["schemas"]["InstallationListResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (unknown column, sort or filter) */
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
    activate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivateRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivationResponseDto"];
                };
            };
            /** @description LICENSE_KEY_MALFORMED, LICENSE_KEY_MISTYPED (caught before any lookup), VALIDATION_FAILED, PUBLIC_KEY_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description LICENSE_KEY_NOT_REGISTERED, LICENSE_EXPIRED, LICENSE_SUSPENDED, LICENSE_CANCELLED */
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
            /** @description KEY_IN_USE */
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
            /** @description TOO_MANY_REQUESTS (Retry-After header; details: retryAfterSeconds, limitPerMinute) */
            429: {
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
    deactivate: {
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
                    "application/json": components["schemas"]["DeactivationResponseDto"];
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
            /** @description INVALID_CREDENTIAL; CREDENTIAL_REVOKED (the proxy deactivated itself: its credential is retired) */
            401: {
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
    enrollmentCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollmentCheckRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentCheckResponseDto"];
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
            /** @description INVALID_CREDENTIAL; CREDENTIAL_REVOKED (the proxy deactivated itself: its credential is retired) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INSTALLATION_DEACTIVATED (deactivated from the portal or its sublicense deleted); LICENSE_EXPIRED, LICENSE_SUSPENDED, LICENSE_CANCELLED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description LICENSE_LIMIT_REACHED (details: quota, used) */
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
    verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyKeyRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyKeyResponseDto"];
                };
            };
            /** @description LICENSE_KEY_MALFORMED, LICENSE_KEY_MISTYPED (caught before any lookup), VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description LICENSE_KEY_NOT_REGISTERED */
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
            /** @description TOO_MANY_REQUESTS (Retry-After header; details: retryAfterSeconds, limitPerMinute) */
            429: {
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
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshResponseDto"];
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
            /** @description INVALID_CREDENTIAL; CREDENTIAL_REVOKED (the proxy deactivated itself: its credential is retired) */
            401: {
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
    signingKeysList: {
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
                    "application/json": components["schemas"]["SigningKeysResponseDto"];
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
    report: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsageReportRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageReportResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, PEAK_BELOW_MANAGED, REPORTED_AT_IN_FUTURE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INVALID_CREDENTIAL; CREDENTIAL_REVOKED (the proxy deactivated itself: its credential is retired) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INSTALLATION_DEACTIVATED (deactivated from the portal or its sublicense deleted) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REPORT_ID_REUSED (same reportId, different figures) */
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
}
