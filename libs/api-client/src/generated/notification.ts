// Generated from openapi/notification.json by `npm run openapi`; do not edit.
export interface paths {
    "/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List email deliveries, newest first
         * @description The delivery log: every email with its event, template, recipient, status, attempts, last error and SMTP message id. Operators only.
         */
        get: operations["list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One email delivery */
        get: operations["get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed or dead email again
         * @description Puts the delivery back in the queue (status `queued`) with the data it was planned with; the worker sends it with the usual retries.
         */
        post: operations["retry"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        DeliveryPageResponseDto: {
            /** @description Newest first */
            items: components["schemas"]["DeliveryResponseDto"][];
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
        DeliveryResponseDto: {
            /**
             * @description SMTP attempts made
             * @example 1
             */
            attempts: number;
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @description The event (outbox row and job id) the email belongs to
             * @example 5f1d7a1e-8c2b-4e3f-9d6a-2b7c8e9f0a11
             */
            eventId: string;
            /**
             * Format: uuid
             * @example 0b7e8a52-3c1d-4f7e-9a0b-5d2f7c9e1a44
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:01.000Z
             */
            lastAttemptAt: string | null;
            /**
             * @description The last failure, e.g. the SMTP server answer
             * @example null
             */
            lastError: string | null;
            /**
             * @description Message-ID given by SMTP
             * @example <c1a2b3@licensing.localhost>
             */
            messageId: string | null;
            /** @example ada@example.com */
            recipient: string;
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:01.000Z
             */
            sentAt: string | null;
            /**
             * @description queued → sent, or failed (being retried) → dead (gave up)
             * @example sent
             * @enum {string}
             */
            status: "queued" | "sent" | "failed" | "dead";
            /** @example Your Mac Management subscription for Acme Corp expires in 30 days */
            subject: string | null;
            /** @example subscription-expiring */
            template: string;
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:01.000Z
             */
            updatedAt: string;
        };
        /**
         * @description Stable machine-readable code; a code never changes meaning. The codes this service answers, with their status:
         *
         *     - `ACCOUNT_NOT_FOUND` (404): no such business account, or one you do not belong to
         *     - `ADMIN_REQUIRED` (403): only administrators of the business account may do this
         *     - `CONFLICT` (409): the request conflicts with the current state
         *     - `DATABASE_UNAVAILABLE` (503): Postgres is unreachable or restarting; retry after the `Retry-After` seconds
         *     - `DELIVERY_ALREADY_QUEUED` (409): the email is already waiting to be sent
         *     - `DELIVERY_ALREADY_SENT` (409): the email was sent: it is not sent twice
         *     - `DELIVERY_IN_PROGRESS` (409): the email is being sent right now
         *     - `DELIVERY_NOT_FOUND` (404): no such delivery (also for an id that is not a UUID)
         *     - `DELIVERY_NOT_RETRYABLE` (409): the data to render the email is no longer kept
         *     - `FORBIDDEN` (403): not allowed
         *     - `HEADERS_TOO_LARGE` (431): the request headers are over the size limit (16 KiB)
         *     - `INTERNAL_ERROR` (500): unexpected; the body carries a correlationId to quote to support
         *     - `INVALID_JSON` (400): the body is not JSON
         *     - `LICENSE_KEY_MALFORMED` (400): not a license key (25 characters, 5 groups of 5)
         *     - `LICENSE_KEY_MISTYPED` (400): a license key whose check character does not match: a typo
         *     - `LICENSE_KEY_NOT_FOUND` (404): no such license key (or one of another business account)
         *     - `MEMBERSHIP_BLOCKED` (403): your access to this business account is blocked
         *     - `METHOD_NOT_ALLOWED` (405): the route does not take this method
         *     - `NOT_FOUND` (404): not found
         *     - `OPERATOR_REQUIRED` (403): only operators may do this
         *     - `PAYLOAD_TOO_LARGE` (413): the body is over the limit (1 MiB by default)
         *     - `QUEUE_UNAVAILABLE` (503): the queue (Redis) does not answer; nothing changed
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
         * @example DELIVERY_ALREADY_QUEUED
         * @enum {string}
         */
        ErrorCode: "ACCOUNT_NOT_FOUND" | "ADMIN_REQUIRED" | "CONFLICT" | "DATABASE_UNAVAILABLE" | "DELIVERY_ALREADY_QUEUED" | "DELIVERY_ALREADY_SENT" | "DELIVERY_IN_PROGRESS" | "DELIVERY_NOT_FOUND" | "DELIVERY_NOT_RETRYABLE" | "FORBIDDEN" | "HEADERS_TOO_LARGE" | "INTERNAL_ERROR" | "INVALID_JSON" | "LICENSE_KEY_MALFORMED" | "LICENSE_KEY_MISTYPED" | "LICENSE_KEY_NOT_FOUND" | "MEMBERSHIP_BLOCKED" | "METHOD_NOT_ALLOWED" | "NOT_FOUND" | "OPERATOR_REQUIRED" | "PAYLOAD_TOO_LARGE" | "QUEUE_UNAVAILABLE" | "REQUEST_TIMEOUT" | "ROUTE_NOT_FOUND" | "SERVICE_UNAVAILABLE" | "SESSION_REVOKED" | "SSO_REQUIRED" | "TOKEN_EXPIRED" | "TOO_MANY_REQUESTS" | "UNAUTHENTICATED" | "UNSUPPORTED_MEDIA_TYPE" | "URI_TOO_LONG" | "VALIDATION_FAILED";
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
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
                status?: "queued" | "sent" | "failed" | "dead";
                /** @description Template name */
                template?: string;
                /** @description Recipient email address (exact, any letter case) */
                recipient?: string;
                /** @description Created at or after */
                from?: string;
                /** @description Created before */
                to?: string;
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
                    "application/json": components["schemas"]["DeliveryPageResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (unknown status, malformed dates, page size above 200, ...) */
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
    get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
                    "application/json": components["schemas"]["DeliveryResponseDto"];
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
            /** @description DELIVERY_NOT_FOUND (also for an id that is not a UUID) */
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
    retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponseDto"];
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
            /** @description DELIVERY_NOT_FOUND (also for an id that is not a UUID) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description DELIVERY_ALREADY_SENT, DELIVERY_ALREADY_QUEUED, DELIVERY_IN_PROGRESS (being sent right now), DELIVERY_NOT_RETRYABLE (its data is no longer kept) */
            409: {
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
            /** @description QUEUE_UNAVAILABLE (Redis does not answer; nothing changed) */
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
}
