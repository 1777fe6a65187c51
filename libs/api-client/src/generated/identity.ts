// Generated from openapi/identity.json by `npm run openapi`; do not edit.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify access tokens */
        get: operations["jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The business accounts I belong to (account selector)
         * @description With my role and status in each.
         */
        get: operations["listMyAccounts"];
        put?: never;
        /**
         * Create a business account
         * @description The caller becomes its first administrator; a support code is assigned.
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Business profile
         * @description Company details, support code, my membership and the account admins.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit the business profile
         * @description Only the fields given change.
         */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/accounts/{accountId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invitations of the account
         * @description Newest first; filter by status (e.g. pending).
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite users by email (several at once)
         * @description Each address gets a result: invited (an email with a single-use link `/invitations/accept?token=...` was sent; it expires after 7 days), already_member, already_invited or invalid.
         */
        post: operations["inviteUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/invitations/{invitationId}": {
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
         * Revoke an invitation
         * @description Its link stops working.
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/invitations/{invitationId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend an invitation
         * @description A new link with a new expiry is emailed; the previous link stops working.
         */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave this business account */
        post: operations["leaveAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Business account users
         * @description Search, filter by role and status, sort and page.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Member details */
        get: operations["getMember"];
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description They are emailed, and can be invited again later.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role (promote / demote) or notes
         * @description Takes effect on the member's next request.
         */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/accounts/{accountId}/members/{memberId}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Block a member
         * @description They keep their membership but get nothing of the account; they are emailed.
         */
        post: operations["blockMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/members/{memberId}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unblock a member
         * @description They are emailed.
         */
        post: operations["unblockMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account's single sign-on (admins)
         * @description The client secret is never answered, only whether one is stored.
         */
        get: operations["getAccountSso"];
        /**
         * Connect the account's own OpenID Connect provider (admins)
         * @description Issuer, client id and secret (stored encrypted, never answered or logged), the email domains that may sign in, and whether members must sign in through it to act on this account (their other accounts are unaffected). The issuer's discovery document must answer. Register the answered `redirectUri` at the provider.
         */
        put: operations["putAccountSso"];
        post?: never;
        /**
         * Disconnect the account's single sign-on (admins)
         * @description Members sign in as before; identities linked through it stop working.
         */
        delete: operations["deleteAccountSso"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a password reset link
         * @description Always answers 202 with the same message, whether or not the email is registered. The link (`/reset-password?token=...`) is single use and expires after an hour.
         */
        post: operations["forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which ways to sign in are on
         * @description The sign-in and sign-up pages show a button for each method that is on.
         */
        get: operations["getSignInMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for new tokens
         * @description Refresh tokens are single use: the answer carries a new one. Presenting a refresh token that was already used signs the whole session out (REFRESH_TOKEN_REUSED), except within the grace window (REFRESH_REUSE_GRACE_SECONDS, default 10 s) while its successor is unused: then the same new refresh token is answered again, so parallel refreshes (two tabs) stay signed in.
         */
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the token from the reset link
         * @description Signs out every session of the user.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Without `keepSignedIn` the session ends within hours; with it, it lasts 30 days from the last refresh.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out of this session
         * @description Its refresh token and access tokens stop working at once.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out/cookie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out of the browser session named by the refresh cookie
         * @description Needs no access token (it may have expired): the `lic_refresh` cookie and the `X-CSRF-Token` header. Revokes the session and clears the cookie; without a cookie there is nothing to end and it answers 204 all the same.
         */
        post: operations["signOutWithCookie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a personal account and sign in
         * @description Sends a welcome email.
         */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/social/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where every provider sends the browser back
         * @description Register `<gateway origin>/api/identity/auth/social/callback` as the redirect URI at Google, Facebook and an account's provider. Checks `state` against the `lic_social` cookie, exchanges the code with the PKCE verifier, verifies the ID token and nonce, then answers 302 to the portal's `/social/callback` with `outcome=signed-in|sign-up|link|linked` and a single-use `ticket`, or with `error=SOCIAL_STATE_INVALID|PROVIDER_REJECTED|PROVIDER_UNAVAILABLE|PROVIDER_EMAIL_UNVERIFIED|SSO_EMAIL_DOMAIN_NOT_ALLOWED|IDENTITY_LINKED_ELSEWHERE`.
         */
        get: operations["finishSocialSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/social/link-with-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link the provider to the existing account with its password, and sign in
         * @description For a `link` ticket: the verified email belongs to an existing account, whose password proves it is yours. Emails "a new way to sign in was added".
         */
        post: operations["linkSocialWithPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/social/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish signing in with a provider
         * @description Redeems a `signed-in` ticket for the session: the same answer (and cookie) as POST /auth/sign-in.
         */
        post: operations["redeemSocialSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/social/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create the account from the provider, with the terms of use accepted
         * @description Creates the user from the provider's verified name and email (no password; one can be set later), links the identity, sends the welcome email and signs in.
         */
        post: operations["completeSocialSignUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/social/start/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start signing in (or up) with Google or Facebook
         * @description A browser navigation. Answers 302 to the provider's authorization page (authorization code with PKCE S256, `state`, and for Google a `nonce`) and sets the short-lived `lic_social` cookie that binds the flow to this browser. A provider that is off or cannot be reached answers 302 to the portal's `/social/callback?error=SIGN_IN_METHOD_DISABLED` or `?error=PROVIDER_UNAVAILABLE`.
         */
        get: operations["startSocialSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/social/tickets/{ticket}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pending step of a sign-in with a provider
         * @description What the portal shows: the terms step of a sign-up, or the password step of a link. Does not use the ticket up.
         */
        get: operations["describeSocialTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sso/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start signing in through a business account's single sign-on
         * @description A browser navigation, like the Google start: by the work email's domain, or by the account (as an SSO_REQUIRED answer names it). An email no account covers answers 302 to `/social/callback?error=SSO_NOT_CONFIGURED`.
         */
        get: operations["startSsoSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Countries and states for address forms
         * @description No sign-in needed. The ISO 3166-1 codes accepted as `country` in business details (sign-up of a business, key registration, the business profile), with English names, and for countries that need one the accepted `state` codes.
         */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email-change/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a new email with the link sent to it
         * @description Needs no session (the link may be opened on another device). Makes the new address the sign-in email and tells the old address.
         */
        post: operations["confirmEmailChange"];
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
    "/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join the business account
         * @description An existing user confirms with their password; a new person gives first and last name, a password and accepts the terms, which creates their user. Joiners are members. Answers a signed-in session.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What an invitation link is for
         * @description For the "Join account" page: the company, the invited address, and whether to ask for names.
         */
        post: operations["lookupInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My personal profile */
        get: operations["getMyProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit my names */
        patch: operations["updateMyProfile"];
        trace?: never;
    };
    "/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My email and the change waiting for confirmation, if any */
        get: operations["getMyEmailChange"];
        put?: never;
        /**
         * Change my email (sends a confirmation link to the new address)
         * @description Needs the current password. The email changes only when the link sent to the new address is used (POST /email-change/confirm); until then the old address signs in. A newer request voids the earlier link. Once confirmed, the old address is told.
         */
        post: operations["requestMyEmailChange"];
        /**
         * Cancel my pending email change
         * @description The link sent to the new address stops working. Also answers 204 when nothing was pending.
         */
        delete: operations["cancelMyEmailChange"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My ways to sign in (security settings)
         * @description Linked providers, oldest first, and whether I have a password.
         */
        get: operations["listMyIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/identities/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start linking a provider to my account
         * @description The session is the proof. Answers the URL to send the browser to and sets the `lic_social` cookie; the callback links the identity and answers 302 to `/social/callback?outcome=linked`.
         */
        post: operations["linkMyIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/identities/{identityId}": {
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
         * Unlink a provider from my account
         * @description Refused for the last way to sign in. Emails "a way to sign in was removed".
         */
        delete: operations["unlinkMyIdentity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My personal account (the account switcher's "Personal" entry)
         * @description What the personal account shows: my profile, the business accounts I belong to, pending invitations to my address, and where to register a license key (and into which accounts).
         */
        get: operations["getMyOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password
         * @description Needs the current password; signs out every other session.
         */
        post: operations["changeMyPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/password/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a first password (accounts created through a provider)
         * @description Then email and password sign in too. Emails "a new way to sign in was added".
         */
        post: operations["setMyPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My sessions (security settings)
         * @description Sessions that can still be used, most recently used first.
         */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        /** Sign out every session, this one included */
        delete: operations["revokeAllMySessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/sessions/others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out every session but this one */
        delete: operations["revokeMyOtherSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one of my sessions */
        delete: operations["revokeMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find business accounts (operators)
         * @description By company name, support code or a member's email; paged.
         */
        get: operations["searchAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A business account and its members (operators) */
        get: operations["getAccountForOperator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/sso-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Business accounts with single sign-on (operators)
         * @description Which accounts have connected their provider, and which require it; paged.
         */
        get: operations["listSsoAccountsForOperators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find users (operators)
         * @description By part of the email or name; paged.
         */
        get: operations["searchUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user and the business accounts they belong to (operators) */
        get: operations["getUserForOperator"];
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
        AcceptInvitationRequestDto: {
            /**
             * @description New person only: the terms of use must be accepted
             * @example true
             */
            acceptTerms?: boolean;
            /**
             * @description New person only
             * @example David
             */
            firstName?: string;
            /**
             * @description Keep me signed in
             * @example false
             */
            keepSignedIn?: boolean;
            /**
             * @description New person only
             * @example Lewis
             */
            lastName?: string;
            /**
             * @description Existing user: their password. New person: the password to set (8 to 128 characters, a letter and a digit)
             * @example correct-horse-7
             */
            password: string;
            /**
             * @description The token from the invitation link
             * @example Vt0bq0xQ3m1aZ8kR2yU5wE7tY9uI1oP3aS5dF7gH9jK
             */
            token: string;
        };
        AcceptInvitationResponseDto: {
            /**
             * @description Bearer access token (JWT, EdDSA)
             * @example eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiJ9...
             */
            accessToken: string;
            /**
             * Format: uuid
             * @description The account joined
             * @example 9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d
             */
            accountId: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            /**
             * @description Opaque refresh token (single use: each refresh returns a new one). Keep it secret. Absent when the request sent `X-CSRF-Token` (browser flow): the token is then only in the HttpOnly `lic_refresh` cookie.
             * @example q3J6Zb1m0x2pQWc9yq0B9a8lJx4T3s2r1n0m9l8k7j6
             */
            refreshToken?: string;
            /**
             * Format: date-time
             * @description When the session ends unless refreshed (keep me signed in)
             * @example 2026-11-30T22:00:00.000Z
             */
            refreshTokenExpiresAt: string;
            /**
             * Format: uuid
             * @description The session (also the `sid` claim of the access token)
             * @example 0b7e4c8e-1c55-4c36-9d3e-5b2f8f0c7a21
             */
            sessionId: string;
            /**
             * @example Bearer
             * @enum {string}
             */
            tokenType: "Bearer";
            user: components["schemas"]["UserResponseDto"];
        };
        AcceptedResponseDto: {
            /** @example If an account exists for this email, a link to reset the password has been sent. */
            message: string;
        };
        AccountAdminDto: {
            /** @example john.brown@example.com */
            email: string;
            /** @example John */
            firstName: string;
            /** @example Brown */
            lastName: string;
            /**
             * Format: uuid
             * @example 3f0c6a9e-6d1f-4c1e-9a57-1d1b2a7f0c11
             */
            userId: string;
        };
        AccountListResponseDto: {
            items: components["schemas"]["AccountSummaryDto"][];
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
        AccountResponseDto: {
            /** @description The active administrators */
            admins: components["schemas"]["AccountAdminDto"][];
            /** @example New York */
            city: string | null;
            /** @example Any Company, Inc */
            companyName: string;
            /** @example US */
            country: string;
            /** @example United States */
            countryName: string;
            /**
             * Format: date-time
             * @example 2026-10-16T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @example 9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d
             */
            id: string;
            /** @description The caller's membership */
            membership: components["schemas"]["MyMembershipDto"];
            /** @example 1(800)123-4567 */
            phone: string;
            /** @example NY */
            state: string | null;
            /** @example 123 Main Street */
            street: string | null;
            /**
             * @description Quote it when contacting support
             * @example 19240-41140
             */
            supportCode: string;
            /** @example 10006 */
            zip: string;
        };
        AccountSummaryDto: {
            /** @example Any Company, Inc */
            companyName: string;
            /**
             * Format: uuid
             * @example 9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-10-16T09:30:00.000Z
             */
            memberSince: string;
            /**
             * @example member
             * @enum {string}
             */
            role: "member" | "admin";
            /**
             * @description A blocked membership gives no access to the account
             * @example active
             * @enum {string}
             */
            status: "active" | "blocked";
        };
        AuthorizationUrlResponseDto: {
            /**
             * @description Send the browser here (a top-level navigation); the provider comes back to the gateway's callback
             * @example https://accounts.google.com/o/oauth2/v2/auth?client_id=123.apps.googleusercontent.com&response_type=code&state=...
             */
            authorizationUrl: string;
        };
        ChangePasswordRequestDto: {
            /** @example correct-horse-7 */
            currentPassword: string;
            /**
             * @description password must be 8 to 128 characters and contain at least one letter and one digit
             * @example new-horse-battery-8
             */
            newPassword: string;
        };
        ConfirmEmailChangeRequestDto: {
            /**
             * @description The token from the link sent to the new address
             * @example Vt0bq0xQ3m1aZ8kR2yU5wE7tY9uI1oP3aS5dF7gH9jK
             */
            token: string;
        };
        CountryDto: {
            /**
             * @description ISO 3166-1 alpha-2 code, the value to send as `country`
             * @example US
             */
            code: string;
            /**
             * @description English name
             * @example United States
             */
            name: string;
            /**
             * @description Addresses in this country need a `state` (one of `states`)
             * @example true
             */
            requiresState: boolean;
            /**
             * @description The accepted states, by name; null where `state` is free text
             * @example [
             *       {
             *         "code": "NY",
             *         "name": "New York"
             *       }
             *     ]
             */
            states: components["schemas"]["StateDto"][] | null;
        };
        CountryListResponseDto: {
            /** @description Every country accepted in addresses, sorted by name */
            items: components["schemas"]["CountryDto"][];
        };
        CreateAccountRequestDto: {
            /** @example New York */
            city?: string | null;
            /** @example Any Company, Inc */
            companyName: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example US
             */
            country: string;
            /** @example 1(800)123-4567 */
            phone: string;
            /**
             * @description Required for US addresses, as a state code
             * @example NY
             */
            state?: string | null;
            /** @example 123 Main Street */
            street?: string | null;
            /**
             * @description ZIP / postal code (for the US: 12345 or 12345-6789)
             * @example 10006
             */
            zip: string;
        };
        CreateInvitationsRequestDto: {
            /**
             * @description Addresses to invite; each gets its own result (an invalid one does not fail the others)
             * @example [
             *       "david.lewis@example.com",
             *       "andrew.palmer@example.com"
             *     ]
             */
            emails: string[];
        };
        CreateInvitationsResponseDto: {
            /** @description One per address given, in order */
            results: components["schemas"]["InvitationOutcomeDto"][];
        };
        EmailChangeConfirmedResponseDto: {
            /**
             * @description The sign-in email from now on
             * @example ada.king@example.com
             */
            email: string;
        };
        EmailChangeStatusResponseDto: {
            /**
             * @description The current sign-in email
             * @example ada@example.com
             */
            email: string;
            /**
             * @description The change waiting for confirmation from the new address, or null
             * @example {
             *       "expiresAt": "2026-12-03T10:00:00.000Z",
             *       "newEmail": "ada.king@example.com"
             *     }
             */
            pending: components["schemas"]["PendingEmailChangeDto"] | (never | null);
        };
        /**
         * @description Stable machine-readable code; a code never changes meaning. The codes this service answers, with their status:
         *
         *     - `ACCOUNT_NOT_FOUND` (404): no such business account, or one you do not belong to
         *     - `ADMIN_REQUIRED` (403): only administrators of the business account may do this
         *     - `CONFLICT` (409): the request conflicts with the current state
         *     - `CSRF_HEADER_REQUIRED` (401): the refresh cookie was sent without the CSRF header
         *     - `CURRENT_PASSWORD_INCORRECT` (400): the current password is incorrect
         *     - `DATABASE_UNAVAILABLE` (503): Postgres is unreachable or restarting; retry after the `Retry-After` seconds
         *     - `EMAIL_CHANGE_TOKEN_EXPIRED` (400): the email change confirmation link has expired
         *     - `EMAIL_CHANGE_TOKEN_INVALID` (400): the email change confirmation link is not valid or was already used
         *     - `EMAIL_TAKEN` (409): an account with this email already exists
         *     - `EMAIL_UNCHANGED` (400): the new email is the current one
         *     - `FORBIDDEN` (403): not allowed
         *     - `HEADERS_TOO_LARGE` (431): the request headers are over the size limit (16 KiB)
         *     - `IDENTITY_LINKED_ELSEWHERE` (409): the provider identity signs in to another account, or another one is linked already; details: `provider` (the provider)
         *     - `IDENTITY_NOT_FOUND` (404): no such sign-in method of yours
         *     - `INTERNAL_ERROR` (500): unexpected; the body carries a correlationId to quote to support
         *     - `INVALID_CREDENTIALS` (401): email or password is incorrect
         *     - `INVALID_JSON` (400): the body is not JSON
         *     - `INVALID_REFRESH_TOKEN` (401): no refresh token, or one that is not valid
         *     - `INVITATION_EXPIRED` (400): the invitation has expired
         *     - `INVITATION_INVALID` (400): the invitation link is not valid or was already used
         *     - `INVITATION_NOT_FOUND` (404): no such invitation (or an invitation of another account)
         *     - `INVITATION_NOT_PENDING` (409): the invitation is not one that can be resent or withdrawn; details: `status` (the status of the invitation)
         *     - `INVITATION_REVOKED` (400): the invitation was withdrawn by the account administrator
         *     - `LAST_ADMIN` (409): the account must keep an active administrator
         *     - `LAST_SIGN_IN_METHOD` (409): the only way to sign in cannot be removed
         *     - `LICENSE_KEY_MALFORMED` (400): not a license key (25 characters, 5 groups of 5)
         *     - `LICENSE_KEY_MISTYPED` (400): a license key whose check character does not match: a typo
         *     - `LICENSE_KEY_NOT_FOUND` (404): no such license key (or one of another business account)
         *     - `MEMBER_NOT_FOUND` (404): no such member (or a member of another account)
         *     - `MEMBERSHIP_BLOCKED` (403): your access to this business account is blocked
         *     - `METHOD_NOT_ALLOWED` (405): the route does not take this method
         *     - `NOT_FOUND` (404): not found
         *     - `OPERATOR_REQUIRED` (403): only operators may do this
         *     - `PASSWORD_ALREADY_SET` (409): the account has a password already: change it with the current one
         *     - `PASSWORD_NOT_SET` (409): the account has no password
         *     - `PAYLOAD_TOO_LARGE` (413): the body is over the limit (1 MiB by default)
         *     - `PROVIDER_EMAIL_UNVERIFIED` (403): the provider did not confirm that the email address is yours; details: `provider` (the provider)
         *     - `PROVIDER_REJECTED` (401): the provider did not confirm the sign-in; details: `provider` (the provider)
         *     - `PROVIDER_UNAVAILABLE` (503): the provider cannot be reached right now; details: `provider` (the provider)
         *     - `REFRESH_TOKEN_REUSED` (401): the refresh token was already used: the session has been signed out
         *     - `REQUEST_TIMEOUT` (408): the request did not arrive in time (Node.js `requestTimeout`)
         *     - `RESET_TOKEN_EXPIRED` (400): the password reset link has expired
         *     - `RESET_TOKEN_INVALID` (400): the password reset link is not valid or was already used
         *     - `ROUTE_NOT_FOUND` (404): no such route
         *     - `SERVICE_UNAVAILABLE` (503): readiness: a dependency is down; details: `info` (the checks that passed), `error` (the checks that failed), `details` (every check)
         *     - `SESSION_EXPIRED` (401): the session has expired; sign in again
         *     - `SESSION_NOT_FOUND` (404): no such session of yours
         *     - `SESSION_REVOKED` (401): the session of the access token was signed out or has ended
         *     - `SIGN_IN_METHOD_DISABLED` (404): sign-in with this provider is not available; details: `provider` (the provider)
         *     - `SOCIAL_STATE_INVALID` (400): the sign-in was not started in this browser, was already used or has expired
         *     - `SOCIAL_TICKET_INVALID` (400): the sign-in step was already finished or has expired
         *     - `SSO_EMAIL_DOMAIN_NOT_ALLOWED` (403): an email address the business account does not allow to sign in through its provider
         *     - `SSO_ISSUER_UNREACHABLE` (422): the issuer is not a public https address, or did not answer its OpenID Connect discovery document; details: `issuer` (the issuer)
         *     - `SSO_NOT_CONFIGURED` (404): the business account has no single sign-on
         *     - `SSO_REQUIRED` (403): the business account requires its single sign-on; details: `accountId` (the business account whose single sign-on to use)
         *     - `SSO_SESSION_REQUIRED` (409): sign in through the single sign-on before requiring it
         *     - `TOKEN_EXPIRED` (401): the access token has expired; refresh it
         *     - `TOO_MANY_REQUESTS` (429): a rate limit; wait the `Retry-After` seconds; details: `retryAfterSeconds` (seconds until a retry can succeed, also sent as Retry-After), `limitPerMinute` (the limit, where it is per minute)
         *     - `UNAUTHENTICATED` (401): no access token, or one that is not valid
         *     - `UNSUPPORTED_MEDIA_TYPE` (415): a body of a type the operation does not take
         *     - `URI_TOO_LONG` (414): a path parameter is over the length limit; details: `maxLength` (the longest path parameter taken, in characters)
         *     - `USER_NOT_FOUND` (404): no such user (or the user was deleted)
         *     - `VALIDATION_FAILED` (400): the input broke a rule; unknown fields are refused too; details: a list of `{ field, problems[] }`, one per invalid field
         * @example CSRF_HEADER_REQUIRED
         * @enum {string}
         */
        ErrorCode: "ACCOUNT_NOT_FOUND" | "ADMIN_REQUIRED" | "CONFLICT" | "CSRF_HEADER_REQUIRED" | "CURRENT_PASSWORD_INCORRECT" | "DATABASE_UNAVAILABLE" | "EMAIL_CHANGE_TOKEN_EXPIRED" | "EMAIL_CHANGE_TOKEN_INVALID" | "EMAIL_TAKEN" | "EMAIL_UNCHANGED" | "FORBIDDEN" | "HEADERS_TOO_LARGE" | "IDENTITY_LINKED_ELSEWHERE" | "IDENTITY_NOT_FOUND" | "INTERNAL_ERROR" | "INVALID_CREDENTIALS" | "INVALID_JSON" | "INVALID_REFRESH_TOKEN" | "INVITATION_EXPIRED" | "INVITATION_INVALID" | "INVITATION_NOT_FOUND" | "INVITATION_NOT_PENDING" | "INVITATION_REVOKED" | "LAST_ADMIN" | "LAST_SIGN_IN_METHOD" | "LICENSE_KEY_MALFORMED" | "LICENSE_KEY_MISTYPED" | "LICENSE_KEY_NOT_FOUND" | "MEMBER_NOT_FOUND" | "MEMBERSHIP_BLOCKED" | "METHOD_NOT_ALLOWED" | "NOT_FOUND" | "OPERATOR_REQUIRED" | "PASSWORD_ALREADY_SET" | "PASSWORD_NOT_SET" | "PAYLOAD_TOO_LARGE" | "PROVIDER_EMAIL_UNVERIFIED" | "PROVIDER_REJECTED" | "PROVIDER_UNAVAILABLE" | "REFRESH_TOKEN_REUSED" | "REQUEST_TIMEOUT" | "RESET_TOKEN_EXPIRED" | "RESET_TOKEN_INVALID" | "ROUTE_NOT_FOUND" | "SERVICE_UNAVAILABLE" | "SESSION_EXPIRED" | "SESSION_NOT_FOUND" | "SESSION_REVOKED" | "SIGN_IN_METHOD_DISABLED" | "SOCIAL_STATE_INVALID" | "SOCIAL_TICKET_INVALID" | "SSO_EMAIL_DOMAIN_NOT_ALLOWED" | "SSO_ISSUER_UNREACHABLE" | "SSO_NOT_CONFIGURED" | "SSO_REQUIRED" | "SSO_SESSION_REQUIRED" | "TOKEN_EXPIRED" | "TOO_MANY_REQUESTS" | "UNAUTHENTICATED" | "UNSUPPORTED_MEDIA_TYPE" | "URI_TOO_LONG" | "USER_NOT_FOUND" | "VALIDATION_FAILED";
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
        ForgotPasswordRequestDto: {
            /** @example ada@example.com */
            email: string;
        };
        IdentityDto: {
            /**
             * Format: uuid
             * @description For `sso`: the business account
             * @example null
             */
            accountId: string | null;
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            createdAt: string;
            /**
             * @description The email the provider gave when linked
             * @example ada@example.com
             */
            email: string | null;
            /**
             * Format: uuid
             * @example 5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-12-01T08:30:00.000Z
             */
            lastUsedAt: string | null;
            /**
             * @description As a person reads it, e.g. "Single sign-on (Acme Inc.)"
             * @example Google
             */
            method: string;
            /**
             * @example google
             * @enum {string}
             */
            provider: "google" | "facebook" | "sso";
        };
        IdentityListResponseDto: {
            /**
             * @description Whether the user can also sign in with email and password
             * @example true
             */
            hasPassword: boolean;
            items: components["schemas"]["IdentityDto"][];
        };
        InvitationListResponseDto: {
            items: components["schemas"]["InvitationResponseDto"][];
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
        InvitationOutcomeDto: {
            /**
             * @description The address as normalised (trimmed, lower-case)
             * @example david.lewis@example.com
             */
            email: string;
            /**
             * Format: uuid
             * @description The new invitation, when invited
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            invitationId: string | null;
            /**
             * @description invited: email sent; already_member: is a member (active or blocked); already_invited: a pending invitation exists (or the address was listed twice); invalid: not an email address
             * @example invited
             * @enum {string}
             */
            result: "invited" | "already_member" | "already_invited" | "invalid";
        };
        InvitationPreviewResponseDto: {
            /** @example Any Company, Inc */
            companyName: string;
            /** @example david.lewis@example.com */
            email: string;
            /**
             * @description true: join with the existing account's password; false: choose names and a password
             * @example false
             */
            existingUser: boolean;
            /**
             * Format: date-time
             * @example 2026-12-07T10:00:00.000Z
             */
            expiresAt: string;
            /** @example John Brown */
            invitedByName: string | null;
        };
        InvitationResponseDto: {
            /**
             * Format: date-time
             * @example null
             */
            acceptedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            createdAt: string;
            /** @example david.lewis@example.com */
            email: string;
            /**
             * Format: date-time
             * @example 2026-12-07T10:00:00.000Z
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            id: string;
            /** @example John Brown */
            invitedByName: string | null;
            /**
             * Format: date-time
             * @description When the current link was emailed
             * @example 2026-11-30T10:00:00.000Z
             */
            sentAt: string;
            /**
             * @example pending
             * @enum {string}
             */
            status: "pending" | "accepted" | "revoked" | "expired";
        };
        InvitationTokenRequestDto: {
            /**
             * @description The token from the invitation link
             * @example Vt0bq0xQ3m1aZ8kR2yU5wE7tY9uI1oP3aS5dF7gH9jK
             */
            token: string;
        };
        JwksResponseDto: {
            /**
             * @example [
             *       {
             *         "alg": "EdDSA",
             *         "crv": "Ed25519",
             *         "kid": "Yc2Fz0Q1",
             *         "kty": "OKP",
             *         "use": "sig",
             *         "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
             *       }
             *     ]
             */
            keys: {
                [key: string]: unknown;
            }[];
        };
        KeyRegistrationHintDto: {
            /**
             * @description Accounts a key can be registered into (`accountId`): those I administer with an active membership. A key can always create a new business account instead.
             * @example [
             *       "9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"
             *     ]
             */
            accountIds: string[];
            /**
             * @example POST
             * @enum {string}
             */
            method: "POST";
            /** @example /license-keys/register */
            path: string;
            /**
             * @description The service that registers keys
             * @example licensing
             * @enum {string}
             */
            service: "licensing";
        };
        LinkProviderRequestDto: {
            /**
             * Format: uuid
             * @description For `sso`: the business account whose provider to link
             * @example 7a1c3f5e-2b4d-4e6f-8a9b-0c1d2e3f4a5b
             */
            accountId?: string;
            /**
             * @example google
             * @enum {string}
             */
            provider: "google" | "facebook" | "sso";
        };
        LinkWithPasswordRequestDto: {
            /**
             * @description The existing account's password
             * @example correct-horse-7
             */
            password: string;
            /**
             * @description The `ticket` the callback put in the portal URL
             * @example q9X1b3aH0V3mJ2e8n5cTzK4rW7yL6pD1sF0gU2iO9eA
             */
            ticket: string;
        };
        MemberCountsDto: {
            /** @description Per role ("Role: All (2)") */
            role: components["schemas"]["MemberRoleCountsDto"];
            /** @description Per status ("Status: All (2)") */
            status: components["schemas"]["MemberStatusCountsDto"];
        };
        MemberListResponseDto: {
            /** @description Members of the whole account per role and per status, for the filter menus (filters and search ignored) */
            counts: components["schemas"]["MemberCountsDto"];
            items: components["schemas"]["MemberResponseDto"][];
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
        MemberResponseDto: {
            /** @example david.lewis@example.com */
            email: string;
            /** @example David */
            firstName: string;
            /**
             * Format: uuid
             * @description Member id (the membership)
             * @example 5d7f6a1e-2b3c-4d5e-8f90-a1b2c3d4e5f6
             */
            id: string;
            /** @example Lewis */
            lastName: string;
            /**
             * Format: date-time
             * @example 2026-10-16T09:30:00.000Z
             */
            memberSince: string;
            /** @example Handles the Berlin office */
            notes: string | null;
            /**
             * @example member
             * @enum {string}
             */
            role: "member" | "admin";
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "blocked";
            /**
             * Format: uuid
             * @example 3f0c6a9e-6d1f-4c1e-9a57-1d1b2a7f0c11
             */
            userId: string;
        };
        MemberRoleCountsDto: {
            /** @example 1 */
            admin: number;
            /** @example 2 */
            all: number;
            /** @example 1 */
            member: number;
        };
        MemberStatusCountsDto: {
            /** @example 2 */
            active: number;
            /** @example 2 */
            all: number;
            /** @example 0 */
            blocked: number;
        };
        MyMembershipDto: {
            /**
             * Format: uuid
             * @description The membership id (member id)
             * @example 5d7f6a1e-2b3c-4d5e-8f90-a1b2c3d4e5f6
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-10-16T09:30:00.000Z
             */
            memberSince: string;
            /**
             * @example admin
             * @enum {string}
             */
            role: "member" | "admin";
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "blocked";
        };
        OperatorAccountDetailsDto: {
            /** @example New York */
            city: string | null;
            /** @example Any Company, Inc */
            companyName: string;
            /** @example US */
            country: string;
            /**
             * Format: date-time
             * @example 2026-10-16T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @example 9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d
             */
            id: string;
            /** @example 3 */
            memberCount: number;
            /** @description Every member, admins first */
            members: components["schemas"]["OperatorAccountMemberDto"][];
            /** @example 1(800)123-4567 */
            phone: string;
            /** @example NY */
            state: string | null;
            /** @example 123 Main Street */
            street: string | null;
            /** @example 19240-41140 */
            supportCode: string;
            /** @example 10006 */
            zip: string;
        };
        OperatorAccountDto: {
            /** @example New York */
            city: string | null;
            /** @example Any Company, Inc */
            companyName: string;
            /** @example US */
            country: string;
            /**
             * Format: date-time
             * @example 2026-10-16T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: uuid
             * @example 9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d
             */
            id: string;
            /** @example 3 */
            memberCount: number;
            /** @example 1(800)123-4567 */
            phone: string;
            /** @example NY */
            state: string | null;
            /** @example 123 Main Street */
            street: string | null;
            /** @example 19240-41140 */
            supportCode: string;
            /** @example 10006 */
            zip: string;
        };
        OperatorAccountListResponseDto: {
            items: components["schemas"]["OperatorAccountDto"][];
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
        OperatorAccountMemberDto: {
            /** @example david.lewis@example.com */
            email: string;
            /** @example David */
            firstName: string;
            /**
             * Format: uuid
             * @example 5d7f6a1e-2b3c-4d5e-8f90-a1b2c3d4e5f6
             */
            id: string;
            /** @example Lewis */
            lastName: string;
            /**
             * Format: date-time
             * @example 2026-10-16T09:30:00.000Z
             */
            memberSince: string;
            /**
             * @example member
             * @enum {string}
             */
            role: "member" | "admin";
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "blocked";
            /**
             * Format: uuid
             * @example 3f0c6a9e-6d1f-4c1e-9a57-1d1b2a7f0c11
             */
            userId: string;
        };
        OperatorMembershipDto: {
            /**
             * Format: uuid
             * @example 9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d
             */
            accountId: string;
            /** @example Any Company, Inc */
            companyName: string;
            /**
             * Format: date-time
             * @example 2026-10-16T09:30:00.000Z
             */
            memberSince: string;
            /**
             * @example admin
             * @enum {string}
             */
            role: "member" | "admin";
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "blocked";
            /** @example 19240-41140 */
            supportCode: string;
        };
        OperatorSsoAccountDto: {
            /**
             * Format: uuid
             * @example 7a1c3f5e-2b4d-4e6f-8a9b-0c1d2e3f4a5b
             */
            accountId: string;
            /**
             * @example [
             *       "acme.example"
             *     ]
             */
            allowedDomains: string[];
            /** @example Acme Inc. */
            companyName: string;
            /** @example https://login.acme.example */
            issuer: string;
            /**
             * @description Members must sign in through it
             * @example true
             */
            required: boolean;
            /** @example 19240-41140 */
            supportCode: string;
        };
        OperatorSsoAccountListResponseDto: {
            items: components["schemas"]["OperatorSsoAccountDto"][];
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
        OperatorUserDetailsDto: {
            /**
             * @description Business accounts the user belongs to
             * @example 2
             */
            accountCount: number;
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            createdAt: string;
            /** @example david.lewis@example.com */
            email: string;
            /** @example David */
            firstName: string;
            /**
             * Format: uuid
             * @example 3f0c6a9e-6d1f-4c1e-9a57-1d1b2a7f0c11
             */
            id: string;
            /** @example Lewis */
            lastName: string;
            memberships: components["schemas"]["OperatorMembershipDto"][];
            /**
             * @example user
             * @enum {string}
             */
            role: "user" | "operator";
        };
        OperatorUserDto: {
            /**
             * @description Business accounts the user belongs to
             * @example 2
             */
            accountCount: number;
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            createdAt: string;
            /** @example david.lewis@example.com */
            email: string;
            /** @example David */
            firstName: string;
            /**
             * Format: uuid
             * @example 3f0c6a9e-6d1f-4c1e-9a57-1d1b2a7f0c11
             */
            id: string;
            /** @example Lewis */
            lastName: string;
            /**
             * @example user
             * @enum {string}
             */
            role: "user" | "operator";
        };
        OperatorUserListResponseDto: {
            items: components["schemas"]["OperatorUserDto"][];
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
        PendingEmailChangeDto: {
            /**
             * Format: date-time
             * @description When the emailed link stops working
             * @example 2026-12-03T10:00:00.000Z
             */
            expiresAt: string;
            /**
             * @description The address waiting for its confirmation
             * @example ada.king@example.com
             */
            newEmail: string;
        };
        PendingInvitationDto: {
            /**
             * Format: uuid
             * @description The business account invited to
             * @example 9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d
             */
            accountId: string;
            /** @example Any Company, Inc */
            companyName: string;
            /**
             * Format: date-time
             * @example 2026-12-07T10:00:00.000Z
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @example 0f5b1c9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f
             */
            id: string;
            /** @example John Brown */
            invitedByName: string | null;
            /**
             * Format: date-time
             * @description When the current invitation email was sent
             * @example 2026-11-30T10:00:00.000Z
             */
            sentAt: string;
        };
        PersonalOverviewResponseDto: {
            /** @description The business accounts I belong to (the same items as `GET /accounts`) */
            accounts: components["schemas"]["AccountSummaryDto"][];
            /** @description Where to register a license key */
            keyRegistration: components["schemas"]["KeyRegistrationHintDto"];
            /** @description Pending, unexpired invitations to my email address into accounts I do not belong to yet, newest first. They are accepted from the emailed link (`POST /invitations/accept`). */
            pendingInvitations: components["schemas"]["PendingInvitationDto"][];
            user: components["schemas"]["UserResponseDto"];
        };
        PutSsoConfigRequestDto: {
            /**
             * @description Email domains that may sign in through this provider
             * @example [
             *       "acme.example"
             *     ]
             */
            allowedDomains: string[];
            /** @example licensing-portal */
            clientId: string;
            /**
             * @description Required the first time; leave out to keep the stored one. Never answered.
             * @example s3cr3t-from-the-provider
             */
            clientSecret?: string;
            /**
             * @description The provider's issuer; its /.well-known/openid-configuration must answer
             * @example https://login.acme.example
             */
            issuer: string;
            /**
             * @description Members must sign in through this provider to act on the account. Turning it on needs a session started through it (proof that it works).
             * @example false
             */
            required: boolean;
        };
        RefreshRequestDto: {
            /**
             * @description Omit it in the browser flow: the `lic_refresh` cookie is used instead, with the `X-CSRF-Token` header.
             * @example q3J6Zb1m0x2pQWc9yq0B9a8lJx4T3s2r1n0m9l8k7j6
             */
            refreshToken?: string;
        };
        RequestEmailChangeRequestDto: {
            /**
             * @description The current password (wrong ones count like failed sign-ins)
             * @example correct-horse-7
             */
            currentPassword: string;
            /**
             * @description The new address; a confirmation link is sent there
             * @example ada.king@example.com
             */
            newEmail: string;
        };
        ResetPasswordRequestDto: {
            /**
             * @description password must be 8 to 128 characters and contain at least one letter and one digit
             * @example new-horse-battery-8
             */
            password: string;
            /**
             * @description The token from the emailed link
             * @example Vt0bq0xQ3m1aZ8kR2yU5wE7tY9uI1oP3aS5dF7gH9jK
             */
            token: string;
        };
        RevokedSessionsResponseDto: {
            /**
             * @description How many sessions were signed out
             * @example 2
             */
            revoked: number;
        };
        SessionListItemDto: {
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            createdAt: string;
            /**
             * @description The session this request was made with
             * @example true
             */
            current: boolean;
            /**
             * Format: date-time
             * @example 2026-11-30T22:00:00.000Z
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @example 0b7e4c8e-1c55-4c36-9d3e-5b2f8f0c7a21
             */
            id: string;
            /** @example 203.0.113.7 */
            ip: string | null;
            /** @example false */
            keepSignedIn: boolean;
            /**
             * Format: date-time
             * @example 2026-11-30T11:45:00.000Z
             */
            lastUsedAt: string;
            /** @example Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15 */
            userAgent: string | null;
        };
        SessionListResponseDto: {
            items: components["schemas"]["SessionListItemDto"][];
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
        SessionResponseDto: {
            /**
             * @description Bearer access token (JWT, EdDSA)
             * @example eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiJ9...
             */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            /**
             * @description Opaque refresh token (single use: each refresh returns a new one). Keep it secret. Absent when the request sent `X-CSRF-Token` (browser flow): the token is then only in the HttpOnly `lic_refresh` cookie.
             * @example q3J6Zb1m0x2pQWc9yq0B9a8lJx4T3s2r1n0m9l8k7j6
             */
            refreshToken?: string;
            /**
             * Format: date-time
             * @description When the session ends unless refreshed (keep me signed in)
             * @example 2026-11-30T22:00:00.000Z
             */
            refreshTokenExpiresAt: string;
            /**
             * Format: uuid
             * @description The session (also the `sid` claim of the access token)
             * @example 0b7e4c8e-1c55-4c36-9d3e-5b2f8f0c7a21
             */
            sessionId: string;
            /**
             * @example Bearer
             * @enum {string}
             */
            tokenType: "Bearer";
            user: components["schemas"]["UserResponseDto"];
        };
        SetPasswordRequestDto: {
            /**
             * @description password must be 8 to 128 characters and contain at least one letter and one digit
             * @example correct-horse-7
             */
            password: string;
        };
        SignInMethodsResponseDto: {
            /**
             * @description Sign in with Facebook (on when FACEBOOK_CLIENT_ID and FACEBOOK_CLIENT_SECRET are set)
             * @example false
             */
            facebook: boolean;
            /**
             * @description Sign in with Google (on when GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET are set)
             * @example true
             */
            google: boolean;
            /**
             * @description Email and password (always on)
             * @example true
             */
            password: boolean;
            /**
             * @description Single sign-on of a business account, found by the email address (on when any account has configured it)
             * @example true
             */
            sso: boolean;
        };
        SignInRequestDto: {
            /** @example ada@example.com */
            email: string;
            /**
             * @description Keep me signed in: a long-lived session
             * @example false
             */
            keepSignedIn?: boolean;
            /** @example correct-horse-7 */
            password: string;
        };
        SignUpRequestDto: {
            /**
             * @description The terms of use must be accepted
             * @example true
             */
            acceptTerms: boolean;
            /** @example ada@example.com */
            email: string;
            /** @example Ada */
            firstName: string;
            /**
             * @description Keep me signed in: a long-lived session
             * @example false
             */
            keepSignedIn?: boolean;
            /** @example Lovelace */
            lastName: string;
            /**
             * @description password must be 8 to 128 characters and contain at least one letter and one digit
             * @example correct-horse-7
             */
            password: string;
        };
        SocialSignUpRequestDto: {
            /**
             * @description The terms of use must be accepted
             * @example true
             */
            acceptTerms: boolean;
            /**
             * @description Keep me signed in (default: what the sign-in was started with)
             * @example false
             */
            keepSignedIn?: boolean;
            /**
             * @description The `ticket` the callback put in the portal URL
             * @example q9X1b3aH0V3mJ2e8n5cTzK4rW7yL6pD1sF0gU2iO9eA
             */
            ticket: string;
        };
        SocialTicketRequestDto: {
            /**
             * @description The `ticket` the callback put in the portal URL
             * @example q9X1b3aH0V3mJ2e8n5cTzK4rW7yL6pD1sF0gU2iO9eA
             */
            ticket: string;
        };
        SocialTicketResponseDto: {
            /**
             * @description The verified email the provider gave
             * @example ada@example.com
             */
            email?: string;
            /** @example Ada */
            firstName?: string;
            /** @example false */
            keepSignedIn: boolean;
            /** @example Lovelace */
            lastName?: string;
            /**
             * @description The sign-in method, as a person reads it
             * @example Google
             */
            method?: string;
            /**
             * @description `link` only: the existing account has a password to prove ownership with
             * @example true
             */
            passwordSignInAvailable?: boolean;
            /**
             * @example google
             * @enum {string}
             */
            provider?: "google" | "facebook" | "sso";
            /**
             * @description `session`: a known identity, redeem it with POST /auth/social/session. `sign-up`: no account has this email; show the name and email and ask for the terms of use. `link`: an account has this email; its owner proves it with the password (or, without one, signs in and links from security settings).
             * @example sign-up
             * @enum {string}
             */
            step: "session" | "sign-up" | "link";
        };
        SsoConfigResponseDto: {
            /**
             * @example [
             *       "acme.example"
             *     ]
             */
            allowedDomains: string[];
            /** @example licensing-portal */
            clientId: string | null;
            /**
             * @description A client secret is stored (it is never answered)
             * @example true
             */
            clientSecretSet: boolean;
            /** @example true */
            configured: boolean;
            /** @example https://login.acme.example */
            issuer: string | null;
            /**
             * @description The redirect URI to register at the provider
             * @example https://licensing.example.com/api/identity/auth/social/callback
             */
            redirectUri: string;
            /** @example false */
            required: boolean;
        };
        StateDto: {
            /**
             * @description The code to send as `state`
             * @example NY
             */
            code: string;
            /** @example New York */
            name: string;
        };
        UpdateAccountRequestDto: {
            /** @example New York */
            city?: string | null;
            /** @example Any Company, Inc */
            companyName?: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example US
             */
            country?: string;
            /** @example 1(800)123-4567 */
            phone?: string;
            /** @example NY */
            state?: string | null;
            /** @example 123 Main Street */
            street?: string | null;
            /** @example 10006 */
            zip?: string;
        };
        UpdateMemberRequestDto: {
            /**
             * @description `null` or "" clears
             * @example Handles the Berlin office
             */
            notes?: string | null;
            /**
             * @description Promote or demote
             * @example admin
             * @enum {string}
             */
            role?: "member" | "admin";
        };
        UpdateProfileRequestDto: {
            /** @example Ada */
            firstName?: string;
            /** @example King */
            lastName?: string;
        };
        UserResponseDto: {
            /**
             * Format: date-time
             * @example 2026-11-30T10:00:00.000Z
             */
            createdAt: string;
            /** @example ada@example.com */
            email: string;
            /** @example Ada */
            firstName: string;
            /**
             * Format: uuid
             * @example 3f0c6a9e-6d1f-4c1e-9a57-1d1b2a7f0c11
             */
            id: string;
            /** @example Lovelace */
            lastName: string;
            /**
             * @description `operator` for the vendor's staff
             * @example user
             * @enum {string}
             */
            role: "user" | "operator";
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
    jwks: {
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
                    "application/json": components["schemas"]["JwksResponseDto"];
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
    listMyAccounts: {
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
                    "application/json": components["schemas"]["AccountListResponseDto"];
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
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (unknown country, state missing for the US, ...) */
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
    getAccount: {
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
                    "application/json": components["schemas"]["AccountResponseDto"];
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
    updateAccount: {
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
                "application/json": components["schemas"]["UpdateAccountRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponseDto"];
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
            /** @description ACCOUNT_NOT_FOUND (also for an account you do not belong to) */
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
    listInvitations: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
                /** @description Only invitations in this state (default: all) */
                status?: "pending" | "accepted" | "revoked" | "expired";
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
                    "application/json": components["schemas"]["InvitationListResponseDto"];
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
    inviteUsers: {
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
                "application/json": components["schemas"]["CreateInvitationsRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateInvitationsResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (no addresses, more than 50) */
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
            /** @description ACCOUNT_NOT_FOUND (also for an account you do not belong to) */
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
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
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
             * @description ACCOUNT_NOT_FOUND, INVITATION_NOT_FOUND (also for an invitation of another account)
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
            /** @description INVITATION_NOT_PENDING (already accepted) */
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
    resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
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
                    "application/json": components["schemas"]["InvitationResponseDto"];
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
             * @description ACCOUNT_NOT_FOUND, INVITATION_NOT_FOUND (also for an invitation of another account)
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
            /** @description INVITATION_NOT_PENDING (accepted or revoked) */
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
    leaveAccount: {
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
            /** @description Left */
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
            /** @description LAST_ADMIN: appoint another administrator before leaving */
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
    listMembers: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
                /** @description Matches first name, last name, full name or email (case-insensitive) */
                search?: string;
                role?: "member" | "admin";
                status?: "active" | "blocked";
                sort?: "name" | "email" | "role" | "status" | "memberSince";
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
                    "application/json": components["schemas"]["MemberListResponseDto"];
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
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member id (from the members list) */
                memberId: string;
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
                    "application/json": components["schemas"]["MemberResponseDto"];
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
             * @description ACCOUNT_NOT_FOUND, MEMBER_NOT_FOUND (also for a member of another account)
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
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member id (from the members list) */
                memberId: string;
                /** @description The business account acted on */
                accountId: unknown;
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
             * @description ACCOUNT_NOT_FOUND, MEMBER_NOT_FOUND (also for a member of another account)
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
            /** @description LAST_ADMIN: the account must keep an active administrator */
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
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member id (from the members list) */
                memberId: string;
                /** @description The business account acted on */
                accountId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponseDto"];
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
             * @description ACCOUNT_NOT_FOUND, MEMBER_NOT_FOUND (also for a member of another account)
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
            /** @description LAST_ADMIN: the account must keep an active administrator */
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
    blockMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member id (from the members list) */
                memberId: string;
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
                    "application/json": components["schemas"]["MemberResponseDto"];
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
             * @description ACCOUNT_NOT_FOUND, MEMBER_NOT_FOUND (also for a member of another account)
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
            /** @description LAST_ADMIN: the account must keep an active administrator */
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
    unblockMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Member id (from the members list) */
                memberId: string;
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
                    "application/json": components["schemas"]["MemberResponseDto"];
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
             * @description ACCOUNT_NOT_FOUND, MEMBER_NOT_FOUND (also for a member of another account)
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
    getAccountSso: {
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
                    "application/json": components["schemas"]["SsoConfigResponseDto"];
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
    putAccountSso: {
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
                "application/json": components["schemas"]["PutSsoConfigRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoConfigResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (clientSecret missing the first time, a bad domain, ...) */
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
            /** @description ACCOUNT_NOT_FOUND (also for an account you do not belong to) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description SSO_SESSION_REQUIRED (to require it, sign in through it first) */
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
            /** @description SSO_ISSUER_UNREACHABLE */
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
    deleteAccountSso: {
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
            /** @description Disconnected */
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
    forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedResponseDto"];
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
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description TOO_MANY_REQUESTS: too many attempts from this client IP or for this email */
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
    getSignInMethods: {
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
                    "application/json": components["schemas"]["SignInMethodsResponseDto"];
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
    refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description Browser flow: any non-empty value. The refresh token then travels only in the HttpOnly, Secure, SameSite `lic_refresh` cookie (path /api/identity/auth) and is left out of the body. A page on another origin can send this header only when the gateway allows its origin (CORS_ORIGINS). */
                "x-csrf-token"?: string;
            };
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
                    "application/json": components["schemas"]["SessionResponseDto"];
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
            /** @description INVALID_REFRESH_TOKEN, REFRESH_TOKEN_REUSED, SESSION_REVOKED, SESSION_EXPIRED */
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
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordRequestDto"];
            };
        };
        responses: {
            /** @description Password changed; sign in with the new one */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (password policy), RESET_TOKEN_INVALID (unknown or used), RESET_TOKEN_EXPIRED */
            400: {
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
    signIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Browser flow: any non-empty value. The refresh token then travels only in the HttpOnly, Secure, SameSite `lic_refresh` cookie (path /api/identity/auth) and is left out of the body. A page on another origin can send this header only when the gateway allows its origin (CORS_ORIGINS). */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
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
            /** @description INVALID_CREDENTIALS */
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
            /** @description TOO_MANY_REQUESTS: too many attempts from this client IP or for this email */
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
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
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
    signOutWithCookie: {
        parameters: {
            query?: never;
            header?: {
                /** @description Browser flow: any non-empty value. The refresh token then travels only in the HttpOnly, Secure, SameSite `lic_refresh` cookie (path /api/identity/auth) and is left out of the body. A page on another origin can send this header only when the gateway allows its origin (CORS_ORIGINS). */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared */
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
            /** @description CSRF_HEADER_REQUIRED: the X-CSRF-Token header is missing */
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
    signUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Browser flow: any non-empty value. The refresh token then travels only in the HttpOnly, Secure, SameSite `lic_refresh` cookie (path /api/identity/auth) and is left out of the body. A page on another origin can send this header only when the gateway allows its origin (CORS_ORIGINS). */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (password policy, terms not accepted, ...) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description EMAIL_TAKEN */
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
    finishSocialSignIn: {
        parameters: {
            query?: {
                error?: string;
                code?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the portal: /social/callback?outcome=...&ticket=... or /social/callback?error=CODE */
            302: {
                headers: {
                    /** @description Where the browser goes next */
                    Location?: string;
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
    linkSocialWithPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Browser flow, as for POST /auth/sign-in: the refresh token goes to the `lic_refresh` cookie instead of the body. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkWithPasswordRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, SOCIAL_TICKET_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INVALID_CREDENTIALS (the ticket stays usable) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description PASSWORD_NOT_SET (sign in another way and link from security settings), IDENTITY_LINKED_ELSEWHERE */
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
            /** @description TOO_MANY_REQUESTS: wrong passwords count like failed sign-ins */
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
    redeemSocialSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Browser flow, as for POST /auth/sign-in: the refresh token goes to the `lic_refresh` cookie instead of the body. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialTicketRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, SOCIAL_TICKET_INVALID */
            400: {
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
    completeSocialSignUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Browser flow, as for POST /auth/sign-in: the refresh token goes to the `lic_refresh` cookie instead of the body. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialSignUpRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (terms not accepted), SOCIAL_TICKET_INVALID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description EMAIL_TAKEN (registered meanwhile) */
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
    startSocialSignIn: {
        parameters: {
            query?: {
                /** @description Keep me signed in: a long-lived session once signed in */
                keepSignedIn?: boolean;
            };
            header?: never;
            path: {
                /** @description google or facebook */
                provider: "google" | "facebook";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider's authorization page, or to /social/callback?error=CODE */
            302: {
                headers: {
                    /** @description Where the browser goes next */
                    Location?: string;
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
            /** @description ROUTE_NOT_FOUND (an unknown provider) */
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
    describeSocialTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description From the callback */
                ticket: string;
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
                    "application/json": components["schemas"]["SocialTicketResponseDto"];
                };
            };
            /** @description SOCIAL_TICKET_INVALID (unknown, used or expired) */
            400: {
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
    startSsoSignIn: {
        parameters: {
            query?: {
                /** @description Keep me signed in: a long-lived session once signed in */
                keepSignedIn?: boolean;
                /** @description The work email: its domain selects the business account */
                email?: string;
                /** @description Or the business account itself (as SSO_REQUIRED names it) */
                accountId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the account's identity provider, or to /social/callback?error=CODE */
            302: {
                headers: {
                    /** @description Where the browser goes next */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (neither a valid email nor an accountId) */
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
    listCountries: {
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
                    "application/json": components["schemas"]["CountryListResponseDto"];
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
    confirmEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmEmailChangeRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailChangeConfirmedResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, EMAIL_CHANGE_TOKEN_INVALID (unknown, used or replaced by a newer request), EMAIL_CHANGE_TOKEN_EXPIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description EMAIL_TAKEN (someone signed up with the address meanwhile) */
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
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptInvitationResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (names, password policy, terms for a new person), INVITATION_INVALID (unknown or already used), INVITATION_REVOKED, INVITATION_EXPIRED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INVALID_CREDENTIALS (existing user, wrong password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description EMAIL_TAKEN (the address signed up meanwhile: join with its password) */
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
            /** @description TOO_MANY_REQUESTS: wrong passwords count like failed sign-ins */
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
    lookupInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationTokenRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreviewResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, INVITATION_INVALID (unknown or already used), INVITATION_REVOKED, INVITATION_EXPIRED */
            400: {
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
    getMyProfile: {
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
                    "application/json": components["schemas"]["UserResponseDto"];
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
            /** @description USER_NOT_FOUND (the user was deleted) */
            404: {
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
    updateMyProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
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
            /** @description USER_NOT_FOUND (the user was deleted) */
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
    getMyEmailChange: {
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
                    "application/json": components["schemas"]["EmailChangeStatusResponseDto"];
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
            /** @description USER_NOT_FOUND (the user was deleted) */
            404: {
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
    requestMyEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestEmailChangeRequestDto"];
            };
        };
        responses: {
            /** @description The link was sent; `pending` names the new address */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailChangeStatusResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, CURRENT_PASSWORD_INCORRECT, EMAIL_UNCHANGED (already my email) */
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
            /** @description USER_NOT_FOUND (the user was deleted) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description EMAIL_TAKEN (another account uses the new address) */
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
            /** @description TOO_MANY_REQUESTS: wrong current passwords count like failed sign-ins; requests per new address are limited like forgot-password */
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
    cancelMyEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nothing is pending any more */
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
            /** @description USER_NOT_FOUND (the user was deleted) */
            404: {
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
    listMyIdentities: {
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
                    "application/json": components["schemas"]["IdentityListResponseDto"];
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
            /** @description USER_NOT_FOUND */
            404: {
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
    linkMyIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkProviderRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationUrlResponseDto"];
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
            /** @description SIGN_IN_METHOD_DISABLED, SSO_NOT_CONFIGURED */
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
            /** @description PROVIDER_UNAVAILABLE */
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
    unlinkMyIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked */
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
            /** @description IDENTITY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description LAST_SIGN_IN_METHOD */
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
    getMyOverview: {
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
                    "application/json": components["schemas"]["PersonalOverviewResponseDto"];
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
            /** @description USER_NOT_FOUND (the user was deleted) */
            404: {
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
    changeMyPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedSessionsResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED (password policy), CURRENT_PASSWORD_INCORRECT */
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
            /** @description USER_NOT_FOUND (the user was deleted) */
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
            /** @description TOO_MANY_REQUESTS: wrong current passwords count like failed sign-ins */
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
    setMyPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordRequestDto"];
            };
        };
        responses: {
            /** @description Password set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (password policy) */
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
            /** @description PASSWORD_ALREADY_SET (change it with POST /me/password) */
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
    listMySessions: {
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
                    "application/json": components["schemas"]["SessionListResponseDto"];
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
    revokeAllMySessions: {
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
                    "application/json": components["schemas"]["RevokedSessionsResponseDto"];
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
    revokeMyOtherSessions: {
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
                    "application/json": components["schemas"]["RevokedSessionsResponseDto"];
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
    revokeMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out (also when it already was) */
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
            /** @description SESSION_NOT_FOUND (also for another user's session, or an id that is not a UUID) */
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
    searchAccounts: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
                /** @description Part of the company name, the support code (with or without the dash), or a member's email; case-insensitive */
                search?: string;
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
                    "application/json": components["schemas"]["OperatorAccountListResponseDto"];
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
    getAccountForOperator: {
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
                    "application/json": components["schemas"]["OperatorAccountDetailsDto"];
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
    listSsoAccountsForOperators: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
                /** @description Only accounts that require their single sign-on */
                required?: boolean;
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
                    "application/json": components["schemas"]["OperatorSsoAccountListResponseDto"];
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
    searchUsers: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Items per page */
                pageSize?: number;
                /** @description Part of the email or name, case-insensitive */
                search?: string;
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
                    "application/json": components["schemas"]["OperatorUserListResponseDto"];
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
    getUserForOperator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
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
                    "application/json": components["schemas"]["OperatorUserDetailsDto"];
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
            /** @description USER_NOT_FOUND */
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
}
