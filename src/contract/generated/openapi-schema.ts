// Generated from openapi/alis-billing.openapi.yaml by scripts/generate-api.mjs. Do not edit.
/* eslint-disable */
export type paths = {
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user, their party and resident, permissions and the community's settings.
         * @description Answers even while the portal is switched off, so a page can say so with the billing office's contact.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/community": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The community's billing office and what its portal offers, for the "How to pay bills" guide. Needs no sign-in. */
        get: operations["getCommunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The invoices the signed-in user may see, newest due date first.
         * @description With `view_billing`, every invoice of the user's resident, whoever it is addressed to (each
         *     names its `addressee`); with only `pay_bills`, the invoices addressed to the user. Neither:
         *     `forbidden`. Portal off: `portal_disabled`.
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoiceId: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        /** One invoice with its line items, if the user may see it; any other is `not_found`. */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outstanding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The full remaining balance across the open invoices addressed to the payer, how Pay Outstanding would allocate it, the payer's arrangement, and what else is due on the resident's account. */
        get: operations["getOutstanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every email the payer may receive, whether it is on, and whether they may turn it off. */
        get: operations["getNotificationPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Turn optional emails on or off. Required notices (bank returns, advance notice of a pull, requests from the billing office) cannot be turned off. */
        patch: operations["updateNotificationPreferences"];
        trace?: never;
    };
    "/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payer's saved payment methods, each saying whether it can be used now and why not. Readable with `manage_payment_methods` or `pay_bills` (paying means choosing one). */
        get: operations["listPaymentMethods"];
        put?: never;
        /** Save a card (as a tokenizer's token) or a bank account (routing and account number; only the last four digits are kept). */
        post: operations["createPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-methods/setup-intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a card tokenizer needs to collect a card (for Stripe, a SetupIntent's client secret and the publishable key). */
        post: operations["createSetupIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-methods/{methodId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                methodId: components["parameters"]["MethodId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a method. Past payments keep their record; billing-team pulls from it end (see `arrangementEnded`).
         * @description Removing is allowed at any time. When the billing team's arrangement pulls from the method, the
         *     whole arrangement ends with it (the payer pays on their own from the next pull; pulls already
         *     submitted stand) and the billing office is emailed.
         */
        delete: operations["deletePaymentMethod"];
        options?: never;
        head?: never;
        /**
         * Rename, make default, or grant or withdraw the recurring-payments authorization.
         * @description Withdrawing the authorization is allowed at any time. When the billing team's arrangement pulls
         *     from the method, the whole arrangement ends with it (the payer pays on their own from the next
         *     pull; pulls already submitted stand), the billing office is emailed, and the answer carries
         *     `arrangementEnded`.
         */
        patch: operations["updatePaymentMethod"];
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments newest first — with `view_billing`, every payment on the resident's account and who made it; otherwise the user's own (made in the portal or pulled by staff). */
        get: operations["listPayments"];
        put?: never;
        /**
         * Pay one invoice (Pay Invoice) or everything owed (Pay Outstanding).
         * @description Pay Invoice: `0 < amountCents ≤` the invoice's balance. Pay Outstanding: `amountCents` must equal
         *     the current outstanding total and `expectedAmountCents` the total the payer reviewed; if it
         *     changed, `balance_changed` (409) and nothing is charged. A card decline is not an error: the
         *     payment is created with status `failed` and its `failure`.
         *
         *     The review is binding: `quoteId` names the quote the payer reviewed (`POST /payments/quote`).
         *     After every other check, if the amount, fee, method or allocation differ from what that quote
         *     committed to, `quote_changed` (409); past its `expiresAt`, `quote_expired` (409). Either way
         *     nothing is charged and `details.quote` is a fresh `PaymentQuote` to review.
         */
        post: operations["createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a payment would charge and settle — amount, fee, total, allocation, authorization wording — without charging anything.
         * @description The review step shows this, so the widget never computes fees or allocation itself. It changes no state and needs no idempotency key. Its `quoteId` goes into `POST /payments` until `expiresAt`.
         */
        post: operations["quotePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        /** One payment the user may see, with its receipt data and history. */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every payment of the community; `deposited=false` is Undeposited Payments. */
        get: operations["listStaffPayments"];
        put?: never;
        /**
         * Pull a payment from a payer's authorized method(s); a split pull creates one payment per part, all or none.
         * @description `quoteId` names the reviewed `POST /staff/payments/quote`. After every other check, if any
         *     part's amount, fee, method or allocation differ from that quote, `quote_changed` (409); past
         *     its `expiresAt`, `quote_expired` (409); nothing is pulled and `details.quote` is a fresh
         *     `PullQuote`. A card declined at charge time is a result (a `failed` payment), not a change.
         */
        post: operations["pullPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/payments/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a pull would charge and settle — per part the method, amount, fee, total charged and invoices — without pulling anything.
         * @description The same checks as the pull itself; changes no state and needs no idempotency key. Its `quoteId` goes into `POST /staff/payments` until `expiresAt`.
         */
        post: operations["quotePull"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        /** One payment with its full audit trail. */
        get: operations["getStaffPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/payments/{paymentId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a payment not yet deposited; its invoices reopen by the amount it settled. */
        post: operations["voidPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/payments/{paymentId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund part or all of a payment to its original method, never more in total than was paid. */
        post: operations["refundPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/payments/{paymentId}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a bank return with its Nacha code; the invoices reopen, and R02/R03/R04/R07/R10/R29 block the method. */
        post: operations["recordPaymentReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/payments/{paymentId}/representments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Present a payment returned with R01 or R09 again (at most twice); creates a new pending payment linked to the original. */
        post: operations["representPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deposit batches, newest first. */
        get: operations["listDeposits"];
        put?: never;
        /** Deposit undeposited payments as one batch; a payment belongs to at most one deposit. */
        post: operations["createDeposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/deposits/{depositId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deposit report: every line with payment reference, payer, resident, method, amount, fee, charged, adjustments and net, and the totals. */
        get: operations["getDepositReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/payers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every payer (residents and contacts who can be invoiced) with outstanding balance, methods and arrangement. */
        get: operations["listPayers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/payers/{payerId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payerId: components["parameters"]["PayerId"];
            };
            cookie?: never;
        };
        /** One payer with balance, methods (masked) and arrangement. */
        get: operations["getPayer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/payers/{payerId}/arrangement": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payerId: components["parameters"]["PayerId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Record whether the payer pays on their own or the billing team pulls (day of month, authorized method or a split). */
        put: operations["setArrangement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/payers/{payerId}/payment-method-requests": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payerId: components["parameters"]["PayerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email the payer's portal users who may save methods "please add a payment method", with a link to the "How to pay bills" guide.
         * @description Refused with `conflict` when no active portal user of this payer has `manage_payment_methods` (invite them, or change their profile, first); `portal_disabled` or `gateway_disabled` while a switch makes saving a method impossible.
         */
        post: operations["requestPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/payers/{payerId}/credit-applications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payerId: components["parameters"]["PayerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply the payer's credit on account to their open invoices, in policy order or to chosen invoices.
         * @description Draws on the payer's payments that hold unapplied credit, oldest first, and records each application on the payment it draws from. Without `allocations` the credit goes to the open invoices addressed to the payer in the allocation policy's order (oldest due first under `unapplied_credit`), each up to its balance, until the credit runs out. With `allocations` it goes exactly where they say. Refused with `no_credit` when the payer holds none, `conflict` when there is no open invoice to apply it to, `amount_exceeds_credit` or `amount_exceeds_balance` (field `allocations[i].amountCents`) when a chosen amount does not fit, `not_found` / `not_addressee` for an invoice that is not the payer's.
         */
        post: operations["applyCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/pulls/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pulls due on a date (default today on the community clock) under billing-team arrangements with something outstanding. */
        get: operations["listDuePulls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Residents with their contacts — the people an invoice can be addressed to and invitations sent for. */
        get: operations["listResidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All invoices, searchable by resident or payer name. */
        get: operations["listStaffInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/invoices/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoiceId: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change who an invoice is addressed to (the resident or one of the resident's contacts). */
        patch: operations["updateStaffInvoice"];
        trace?: never;
    };
    "/staff/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The community's billing settings. */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change enablement, fees or allocation policy. */
        patch: operations["updateSettings"];
        trace?: never;
    };
    "/staff/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** User profiles (named sets of permissions) that can be given to portal users, with how many use each. */
        get: operations["listProfiles"];
        put?: never;
        /** Create a portal profile. Names are unique (ignoring case); only portal permissions may be given. */
        post: operations["createProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/profiles/{profileId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profileId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a portal profile nobody uses; `profile_in_use` while an active user or a pending invitation has it. */
        delete: operations["deleteProfile"];
        options?: never;
        head?: never;
        /** Rename a portal profile or change its permissions; every user and invitation with it changes at once. */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/staff/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first; `subjectType` with `subjectId` gives one invoice's, payer's, user's… trail. */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Portal users and pending invitations — invited, active, expired or revoked. */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's profile or revoke their access (effective at once). */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/staff/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a person by email for a resident or contact, with a profile; staff confirm they may see sensitive information. */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/invitations/{invitationId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the invitation again with a new token and a new 30-day expiry; the old link stops working. */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: components["parameters"]["InvitationToken"];
            };
            cookie?: never;
        };
        /** Who invited whom, for which resident. Expired or used links answer 410; `portal_disabled` while the portal is off. */
        get: operations["getInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: components["parameters"]["InvitationToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the invitation, creating an active user, and receive a session. */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore the seed data (optionally from another seed) and the clock. */
        post: operations["mockReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/personas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The seeded users and their bearer tokens. */
        get: operations["mockListPersonas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mock backend's current time. */
        get: operations["mockGetClock"];
        put?: never;
        /** Advance the clock (pending bank payments settle after two business days). */
        post: operations["mockAdvanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/payments/{paymentId}/settle": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make the mock gateway settle a pending payment now. */
        post: operations["mockSettlePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/payments/{paymentId}/fail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make the mock gateway fail a pending payment now (or return a settled bank payment with a code). */
        post: operations["mockFailPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emails the mock backend "sent" (invitations, receipts, notices), newest first, each as HTML and plain text. */
        get: operations["mockListOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        Id: string;
        /** @description ISO 4217 code. */
        CurrencyCode: string;
        /** @description An amount in integer minor units (cents) of a currency. Never a float. At most ten million dollars either way (1,000,000,000 cents); negative only for a credit. */
        Money: {
            amountCents: number;
            currency: components["schemas"]["CurrencyCode"];
        };
        /** @enum {string} */
        ErrorCode: "validation_failed" | "unauthenticated" | "forbidden" | "access_revoked" | "portal_disabled" | "gateway_disabled" | "not_addressee" | "not_found" | "balance_changed" | "quote_changed" | "quote_expired" | "idempotency_in_progress" | "conflict" | "profile_in_use" | "already_deposited" | "not_settled" | "invalid_state" | "amount_exceeds_balance" | "idempotency_key_reused" | "method_unusable" | "refund_exceeds_paid" | "not_representable" | "invalid_addressee" | "no_credit" | "amount_exceeds_credit" | "invitation_expired" | "invitation_used" | "payload_too_large" | "rate_limited" | "internal_error" | "not_implemented";
        Error: {
            code: components["schemas"]["ErrorCode"];
            /** @description A sentence a payer or staff member can read. */
            message: string;
            /** @description For `validation_failed` and field-specific refusals, each offending field (JSON path, e.g. `amountCents` or `billingAddress.postalCode`) mapped to what is wrong with it. */
            fields?: {
                [key: string]: string;
            };
            /** @description Machine-readable context, e.g. for `balance_changed` the current outstanding total in `currentAmountCents`. */
            details?: {
                [key: string]: unknown;
            };
        };
        /** @enum {string} */
        Permission: "view_billing" | "pay_bills" | "manage_payment_methods" | "staff_payment_center" | "staff_access" | "staff_settings";
        /** @enum {string} */
        UserRole: "payer" | "staff";
        /** @enum {string} */
        PartyKind: "resident" | "contact";
        /** @description A resident or contact — someone an invoice can be addressed to. */
        PartyRef: {
            id: components["schemas"]["Id"];
            kind: components["schemas"]["PartyKind"];
            name: string;
            residentId: components["schemas"]["Id"];
            /** @description For a contact, how they relate to the resident (e.g. "Son"). */
            relationship?: string | null;
        };
        Address: {
            name: string;
            line1: string;
            line2?: string | null;
            city: string;
            /** @description For the US, the two-letter state code. */
            state: string;
            postalCode: string;
            /** @description ISO 3166-1 alpha-2. */
            country: string;
        };
        Resident: {
            id: components["schemas"]["Id"];
            name: string;
            /** @description Apartment or room. */
            unit: string;
            careLevel: string;
            address: components["schemas"]["Address"];
            contacts: components["schemas"]["PartyRef"][];
        };
        /**
         * @description How Pay Outstanding spreads a payment over open invoices — oldest due date first, most recent first, or left unapplied as a credit for staff to apply.
         * @enum {string}
         */
        AllocationPolicy: "oldest_first" | "newest_first" | "unapplied_credit";
        /** @description Who payers contact about billing; every "ask the billing office" sentence names it. */
        BillingOffice: {
            name: string;
            phone: string | null;
            /** Format: email */
            email: string | null;
            /** @description When the office answers, as printed (e.g. "Monday to Friday, 9 AM to 5 PM"). */
            hours: string | null;
        };
        CommunitySettings: {
            communityName: string;
            currency: components["schemas"]["CurrencyCode"];
            /** @description IANA time zone of the community. */
            timeZone: string;
            /** @description The payment gateway (ALIS Pay) is enabled: methods can be saved and money moved. */
            gatewayEnabled: boolean;
            /** @description The resident portal (ALIS Connect) is enabled: payers can sign in and see billing. */
            portalEnabled: boolean;
            /** @description Both are enabled, so payers can pay online. */
            paymentsEnabled: boolean;
            /** @description Card convenience fee in basis points (250 = 2.5%), rounded half-up to the cent. */
            cardFeeBasisPoints: number;
            bankFeeBasisPoints: number;
            allocationPolicy: components["schemas"]["AllocationPolicy"];
            billingOffice: components["schemas"]["BillingOffice"];
            /** @description How many days before each billing-team pull the payer is emailed its amount, method and date. */
            pullNoticeLeadDays: number;
            /** @description Which cards pay the card fee; by default credit cards only (card network rules forbid surcharging debit and prepaid cards). */
            cardFeeFundings: components["schemas"]["CardFunding"][];
            /** @description A flat part of the card fee, added to the percentage. */
            cardFeeFlatCents: number;
            /** @description The most a card fee may be; null for no cap. */
            cardFeeCapCents: number | null;
            /** @description A flat part of the bank account fee, added to the percentage. */
            bankFeeFlatCents: number;
            /** @description The most a bank account fee may be; null for no cap. */
            bankFeeCapCents: number | null;
            /** @description The community says card surcharges are not allowed in its state: no card pays a fee, whatever else is set. A setting, not legal advice. */
            cardSurchargesProhibited: boolean;
            feeOnRefund: components["schemas"]["FeeOnRefund"];
        };
        /**
         * @description Whether a refund gives back the convenience fee: `kept` (never), or `refunded` (in proportion, the refund that completes the payment giving back the rest).
         * @enum {string}
         */
        FeeOnRefund: "kept" | "refunded";
        UpdateSettingsRequest: {
            gatewayEnabled?: boolean;
            portalEnabled?: boolean;
            cardFeeBasisPoints?: number;
            bankFeeBasisPoints?: number;
            allocationPolicy?: components["schemas"]["AllocationPolicy"];
            billingOffice?: components["schemas"]["BillingOffice"];
            pullNoticeLeadDays?: number;
            cardFeeFundings?: components["schemas"]["CardFunding"][];
            cardFeeFlatCents?: number;
            cardFeeCapCents?: number | null;
            bankFeeFlatCents?: number;
            bankFeeCapCents?: number | null;
            cardSurchargesProhibited?: boolean;
            feeOnRefund?: components["schemas"]["FeeOnRefund"];
        };
        /** @description What the "How to pay bills" guide needs, readable without signing in. */
        PublicCommunity: {
            communityName: string;
            currency: components["schemas"]["CurrencyCode"];
            timeZone: string;
            billingOffice: components["schemas"]["BillingOffice"];
            /** @description Families can sign in to see billing. */
            portalEnabled: boolean;
            /** @description Cards and bank accounts can be saved and used. */
            gatewayEnabled: boolean;
            cardFeeBasisPoints: number;
            bankFeeBasisPoints: number;
            allocationPolicy: components["schemas"]["AllocationPolicy"];
            /** @description The billing team can collect on an agreed day from a method the payer authorizes (needs the gateway). */
            billingTeamPulls: boolean;
            pullNoticeLeadDays: number;
            /** @description Which cards pay the card fee, so the guide does not promise a fee to a debit card. */
            cardFeeFundings: components["schemas"]["CardFunding"][];
            cardFeeFlatCents: number;
            cardFeeCapCents: number | null;
            bankFeeFlatCents: number;
            bankFeeCapCents: number | null;
            cardSurchargesProhibited: boolean;
            feeOnRefund: components["schemas"]["FeeOnRefund"];
        };
        User: {
            id: components["schemas"]["Id"];
            /** Format: email */
            email: string;
            displayName: string;
            role: components["schemas"]["UserRole"];
            profileId: components["schemas"]["Id"];
            /** @description The resident or contact this payer is; null for staff. */
            partyId: components["schemas"]["Id"] | null;
        };
        ResidentRef: {
            id: components["schemas"]["Id"];
            name: string;
            unit: string;
        };
        Me: {
            user: components["schemas"]["User"];
            party: components["schemas"]["PartyRef"] | null;
            /** @description The resident whose billing the payer's profile concerns; null for staff. */
            resident: components["schemas"]["ResidentRef"] | null;
            /** @description The postal address of the resident the payer pays for (offered as "same as the resident's address" on billing forms); null for staff. */
            residentAddress: components["schemas"]["Address"] | null;
            permissions: components["schemas"]["Permission"][];
            community: components["schemas"]["CommunitySettings"];
        };
        /**
         * @description `open` nothing paid yet; `partially_paid`; `paid` nothing due; `credit` more was paid than billed (a negative balance staff recorded).
         * @enum {string}
         */
        InvoiceStatus: "open" | "partially_paid" | "paid" | "credit";
        /** @enum {string} */
        InvoiceStatusFilter: "open" | "paid" | "all";
        /** @enum {string} */
        LineItemCategory: "rent" | "care_level" | "medication_management" | "pharmacy" | "guest_meals" | "late_fee" | "other" | "credit";
        LineItem: {
            id: components["schemas"]["Id"];
            description: string;
            category: components["schemas"]["LineItemCategory"];
            /** Format: date */
            serviceDate?: string | null;
            quantity: number;
            unitAmount: components["schemas"]["Money"];
            amount: components["schemas"]["Money"];
        };
        Invoice: {
            id: components["schemas"]["Id"];
            /** @description The number printed on the invoice, e.g. "INV-2026-0114". */
            number: string;
            residentId: components["schemas"]["Id"];
            residentName: string;
            addressee: components["schemas"]["PartyRef"];
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            issueDate: string;
            /** Format: date */
            dueDate: string;
            total: components["schemas"]["Money"];
            /** @description Allocated to this invoice, net of reversals. */
            paid: components["schemas"]["Money"];
            /** @description total − paid; negative only where staff recorded a credit. */
            balance: components["schemas"]["Money"];
            status: components["schemas"]["InvoiceStatus"];
            /** @description A balance is due and the due date has passed (community clock). */
            overdue: boolean;
            lineItems: components["schemas"]["LineItem"][];
        };
        InvoicePage: {
            items: components["schemas"]["Invoice"][];
            nextCursor: string | null;
        };
        OutstandingInvoice: {
            invoiceId: components["schemas"]["Id"];
            number: string;
            /** Format: date */
            dueDate: string;
            balance: components["schemas"]["Money"];
            /** @description The due date has passed (community clock). */
            overdue: boolean;
        };
        Outstanding: {
            /** @description What Pay Outstanding charges: the open invoices' balances less `unappliedCredit`, never below zero. Send it back as `amountCents` and `expectedAmountCents`. */
            total: components["schemas"]["Money"];
            /** @description Credit the payer already holds from payments left unapplied (the `unapplied_credit` allocation policy), net of refunds; zero when there is none. */
            unappliedCredit: components["schemas"]["Money"];
            /** @description The open invoices in the order the allocation policy settles them. */
            invoices: components["schemas"]["OutstandingInvoice"][];
            allocationPolicy: components["schemas"]["AllocationPolicy"];
            arrangement: components["schemas"]["ArrangementView"];
            /** @description What else is open on the resident's account, addressed to other people, so nobody takes their own balance for the account's. Null when the user's profile does not let them see the resident's billing (`view_billing`). */
            dueToOthers: components["schemas"]["DueToOthers"] | null;
        };
        DueToOthers: {
            total: components["schemas"]["Money"];
            /** @description Each other addressee with an open balance, largest first. */
            addressees: {
                party: components["schemas"]["PartyRef"];
                balance: components["schemas"]["Money"];
                invoiceCount: number;
            }[];
        };
        /** @enum {string} */
        PaymentMethodType: "card" | "bank_account";
        /**
         * @description `blocked` after a bank return that blocks the account (R02, R03, R04, R07, R10, R29).
         * @enum {string}
         */
        PaymentMethodStatus: "active" | "blocked";
        /** @enum {string} */
        CardBrand: "visa" | "mastercard" | "amex" | "discover" | "diners" | "jcb" | "unionpay" | "unknown";
        /**
         * @description How the card is funded, as the card network reports it (Stripe `card.funding`); which of these pay a fee is a setting.
         * @enum {string}
         */
        CardFunding: "credit" | "debit" | "prepaid" | "unknown";
        CardDetails: {
            brand: components["schemas"]["CardBrand"];
            last4: string;
            expMonth: number;
            expYear: number;
            /** @description Always present on a saved method; a request without it saves the card as `unknown`. */
            funding?: components["schemas"]["CardFunding"];
        };
        /** @enum {string} */
        BankAccountType: "checking" | "savings";
        BankAccountDetails: {
            bankName: string | null;
            accountType: components["schemas"]["BankAccountType"];
            holderName: string;
            /** @description The routing number is not secret and is kept whole. */
            routingNumber: string;
            /** @description The only digits of the account number ever returned. */
            last4: string;
        };
        RecurringAuthorization: {
            /** Format: date-time */
            authorizedAt: string;
            /** @description Name of the payer who authorized. */
            authorizedBy: string;
        };
        MethodBlock: {
            returnCode: components["schemas"]["ReturnCode"];
            reason: string;
            /** Format: date-time */
            blockedAt: string;
        };
        PaymentMethod: {
            id: components["schemas"]["Id"];
            ownerPartyId: components["schemas"]["Id"];
            type: components["schemas"]["PaymentMethodType"];
            /** @description A masked description, e.g. "Visa •••• 4242" or "Checking •••• 6789". */
            label: string;
            nickname: string | null;
            isDefault: boolean;
            status: components["schemas"]["PaymentMethodStatus"];
            /** @description Active, not expired and not blocked: can pay now. */
            usable: boolean;
            /** @description Why it cannot pay now, in words. */
            unusableReason: string | null;
            recurringAuthorization: components["schemas"]["RecurringAuthorization"] | null;
            /** @description The billing team's arrangement pulls from it; withdrawing its authorization or removing it ends that arrangement. */
            usedByArrangement: boolean;
            billingAddress: components["schemas"]["Address"];
            card: components["schemas"]["CardDetails"] | null;
            bankAccount: components["schemas"]["BankAccountDetails"] | null;
            block: components["schemas"]["MethodBlock"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Only in the answer to the change that ended the billing team's pulls from this method. */
            arrangementEnded?: components["schemas"]["ArrangementEnded"];
        };
        RemovedPaymentMethod: {
            methodId: components["schemas"]["Id"];
            /** @description Set when removing the method ended the billing team's pulls. */
            arrangementEnded: components["schemas"]["ArrangementEnded"] | null;
        };
        /** @description The payer ended the billing team's pulls by withdrawing a pulled method's authorization or removing it. The whole arrangement fell back to self-pay; pulls already submitted stand. */
        ArrangementEnded: {
            /** Format: date-time */
            endedAt: string;
            /** @description The payer user's name. */
            endedBy: string;
            /** @enum {string} */
            reason: "authorization_withdrawn" | "method_removed";
            method: components["schemas"]["MethodSummary"];
            /**
             * Format: date
             * @description The first pull that no longer happens.
             */
            firstSkippedPullDate: string;
        };
        CreateCardMethodRequest: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "card";
            /** @description The tokenizer's payment-method token (never a card number). */
            token: string;
            setupIntentId?: string;
            card: components["schemas"]["CardDetails"];
            billingAddress: components["schemas"]["Address"];
            nickname?: string | null;
            makeDefault?: boolean;
            authorizeRecurring?: boolean;
        };
        CreateBankAccountMethodRequest: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "bank_account";
            holderName: string;
            accountType: components["schemas"]["BankAccountType"];
            /** @description Must pass the ABA checksum. */
            routingNumber: string;
            /** @description Never stored or returned whole: only its last four digits survive. */
            accountNumber: string;
            billingAddress: components["schemas"]["Address"];
            nickname?: string | null;
            makeDefault?: boolean;
            authorizeRecurring?: boolean;
        };
        CreatePaymentMethodRequest: components["schemas"]["CreateCardMethodRequest"] | components["schemas"]["CreateBankAccountMethodRequest"];
        UpdatePaymentMethodRequest: {
            nickname?: string | null;
            /** @description true makes it the default (the previous default loses it); false leaves the payer without one. */
            isDefault?: boolean;
            /** @description true grants "use for recurring payments" now; false withdraws it (ending the billing team's arrangement that pulls from it). */
            recurringAuthorization?: boolean;
        };
        SetupIntent: {
            id: string;
            /** @enum {string} */
            provider: "stripe" | "test";
            clientSecret: string;
            publishableKey: string;
        };
        PaymentTarget: components["schemas"]["InvoiceTarget"] | components["schemas"]["OutstandingTarget"];
        InvoiceTarget: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "invoice";
            invoiceId: components["schemas"]["Id"];
        };
        OutstandingTarget: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "outstanding";
        };
        /**
         * @description Names a quote and commits to its terms (payer, method, amounts, fee, allocation, expiry): a
         *     digest, not a stored record, so an unknown or altered id simply does not match and is
         *     answered with `quote_changed`.
         */
        QuoteId: string;
        QuotePaymentRequest: {
            methodId: components["schemas"]["Id"];
            target: components["schemas"]["PaymentTarget"];
            /** @description What is applied to invoices; any fee is charged on top. */
            amountCents: number;
            currency: components["schemas"]["CurrencyCode"];
            /** @description Pay Outstanding: the total the payer reviewed; a different current total is refused with balance_changed. */
            expectedAmountCents?: number;
        };
        CreatePaymentRequest: {
            /** @description The quote the payer reviewed (`POST /payments/quote`); its terms are what may be charged. */
            quoteId: components["schemas"]["QuoteId"];
            methodId: components["schemas"]["Id"];
            target: components["schemas"]["PaymentTarget"];
            /** @description What is applied to invoices; any fee is charged on top. */
            amountCents: number;
            currency: components["schemas"]["CurrencyCode"];
            /** @description Pay Outstanding: the total the payer reviewed; a different current total is refused with balance_changed. */
            expectedAmountCents?: number;
        };
        Allocation: {
            invoiceId: components["schemas"]["Id"];
            invoiceNumber: string;
            amount: components["schemas"]["Money"];
        };
        MethodSummary: {
            id: components["schemas"]["Id"];
            type: components["schemas"]["PaymentMethodType"];
            label: string;
        };
        PaymentQuote: {
            quoteId: components["schemas"]["QuoteId"];
            /**
             * Format: date-time
             * @description Fifteen minutes after the quote was made; later, `POST /payments` answers `quote_expired`.
             */
            expiresAt: string;
            amount: components["schemas"]["Money"];
            fee: components["schemas"]["Money"];
            feeBasisPoints: number;
            /** @description The fee rule that applied, in a sentence, e.g. "Debit cards pay no convenience fee." */
            feeRule: string;
            totalCharged: components["schemas"]["Money"];
            allocations: components["schemas"]["Allocation"][];
            /** @description Left as a credit under the `unapplied_credit` policy. */
            unapplied: components["schemas"]["Money"];
            method: components["schemas"]["MethodSummary"];
            /** @description The words the payer agrees to by submitting. */
            authorizationText: string;
        };
        /** @enum {string} */
        PaymentStatus: "pending" | "succeeded" | "failed" | "returned" | "partially_refunded" | "refunded" | "voided";
        /** @enum {string} */
        PaymentSource: "portal" | "staff_pull";
        /**
         * @description Nacha return codes: R01 insufficient funds and R09 uncollected funds may be presented again
         *     (at most twice); R02 account closed, R03 no account, R04 invalid account number, R07
         *     authorization revoked, R10 unauthorized, R29 corporate not authorized block the method.
         * @enum {string}
         */
        ReturnCode: "R01" | "R02" | "R03" | "R04" | "R07" | "R09" | "R10" | "R29";
        Actor: {
            /** @description null for the system (gateway, clock). */
            userId: string | null;
            name: string;
            /** @enum {string} */
            role: "payer" | "staff" | "system";
        };
        AuditEntry: {
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["Actor"];
            /** @enum {string} */
            action: "submitted" | "succeeded" | "failed" | "deposited" | "voided" | "refunded" | "returned" | "represented" | "credit_applied";
            detail: string | null;
        };
        Refund: {
            id: components["schemas"]["Id"];
            amount: components["schemas"]["Money"];
            /** @description The part of the convenience fee this refund gave back (zero when the community keeps fees); paid back on top of `amount`. */
            fee: components["schemas"]["Money"];
            reason: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
        };
        PaymentReturn: {
            code: components["schemas"]["ReturnCode"];
            description: string;
            /** Format: date-time */
            returnedAt: string;
            /** @description R01/R09 returned fewer than three presentments in all. */
            representable: boolean;
            presentmentCount: number;
        };
        PaymentFailure: {
            /** @description e.g. card_declined, insufficient_funds, expired_card. */
            code: string;
            message: string;
        };
        Payment: {
            id: components["schemas"]["Id"];
            /** @description The receipt number, e.g. "PAY-20261125-0007". */
            reference: string;
            payer: components["schemas"]["PartyRef"];
            residentId: components["schemas"]["Id"];
            residentName: string;
            source: components["schemas"]["PaymentSource"];
            method: components["schemas"]["MethodSummary"];
            /** @description Applied to invoices (or left unapplied); excludes the fee. */
            amount: components["schemas"]["Money"];
            fee: components["schemas"]["Money"];
            totalCharged: components["schemas"]["Money"];
            refundedTotal: components["schemas"]["Money"];
            status: components["schemas"]["PaymentStatus"];
            failure: components["schemas"]["PaymentFailure"] | null;
            allocations: components["schemas"]["Allocation"][];
            unapplied: components["schemas"]["Money"];
            /** @description Where the billing office applied this payment's unapplied credit, oldest first. */
            creditApplications: components["schemas"]["CreditApplication"][];
            /** @description What is left of `unapplied` as credit on account: less what was applied and what refunds took from it; zero once the payment no longer counts (failed, voided, returned). */
            creditLeft: components["schemas"]["Money"];
            refunds: components["schemas"]["Refund"][];
            return: components["schemas"]["PaymentReturn"] | null;
            /** @description The returned payment this one presents again. */
            representmentOf: string | null;
            /** @description The quote the payment was made under (null for payments made without one: imported history, re-presentments). */
            quoteId?: string | null;
            depositId: string | null;
            /** @description The reference of the deposit holding it, e.g. "DEP-20261106"; what people are shown instead of `depositId`. */
            depositReference: string | null;
            /**
             * Format: date
             * @description For a bank debit still settling: the community date it settles and can be deposited. Null otherwise.
             */
            depositableOn: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
            /** Format: date-time */
            updatedAt: string;
            history: components["schemas"]["AuditEntry"][];
        };
        PaymentPage: {
            items: components["schemas"]["Payment"][];
            nextCursor: string | null;
        };
        ReasonRequest: {
            reason: string;
        };
        RefundRequest: {
            amountCents: number;
            currency: components["schemas"]["CurrencyCode"];
            reason: string;
        };
        /** @description Part of a payment's unapplied credit that the billing office applied to one invoice. */
        CreditApplication: {
            id: components["schemas"]["Id"];
            invoiceId: components["schemas"]["Id"];
            invoiceNumber: string;
            amount: components["schemas"]["Money"];
            /** Format: date-time */
            appliedAt: string;
            appliedBy: components["schemas"]["Actor"];
        };
        CreditApplicationRequest: {
            currency: components["schemas"]["CurrencyCode"];
            /** @description Omit to apply the credit in the allocation policy's order; otherwise where each amount goes. */
            allocations?: components["schemas"]["CreditAllocationInput"][];
        };
        CreditAllocationInput: {
            invoiceId: components["schemas"]["Id"];
            amountCents: number;
        };
        CreditApplicationLine: {
            invoiceId: components["schemas"]["Id"];
            invoiceNumber: string;
            amount: components["schemas"]["Money"];
            paymentId: components["schemas"]["Id"];
            /** @description The payment whose credit was drawn on. */
            paymentReference: string;
        };
        CreditApplicationResult: {
            payer: components["schemas"]["PartyRef"];
            applied: components["schemas"]["Money"];
            /** @description One line per invoice and payment drawn on, in the order applied. */
            applications: components["schemas"]["CreditApplicationLine"][];
            creditLeft: components["schemas"]["Money"];
            /** @description What the payer owes after the application (open balances less the credit left). */
            outstanding: components["schemas"]["Money"];
        };
        ReturnRequest: {
            code: components["schemas"]["ReturnCode"];
            reason: string;
        };
        CreateDepositRequest: {
            paymentIds: components["schemas"]["Id"][];
        };
        /** @description A batch of settled payments taken to the bank. It is never rewritten: a return or refund of one of its payments afterwards is an adjustment, and `net` is what the bank keeps. */
        Deposit: {
            id: components["schemas"]["Id"];
            reference: string;
            /** @description What its payments charged when deposited (amount plus fee of each). */
            total: components["schemas"]["Money"];
            adjustments: components["schemas"]["DepositAdjustment"][];
            /** @description What left the bank again through its adjustments. */
            adjustmentsTotal: components["schemas"]["Money"];
            /** @description `total` less `adjustmentsTotal`. */
            net: components["schemas"]["Money"];
            paymentCount: number;
            paymentIds: components["schemas"]["Id"][];
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
        };
        /** @enum {string} */
        DepositAdjustmentKind: "return" | "refund";
        /** @description Money that left the bank after the deposit: a bank return (the whole debit, amount plus fee) or a refund (what was refunded). */
        DepositAdjustment: {
            id: components["schemas"]["Id"];
            kind: components["schemas"]["DepositAdjustmentKind"];
            paymentId: components["schemas"]["Id"];
            paymentReference: string;
            returnCode: components["schemas"]["ReturnCode"] | null;
            /** @description The return code's meaning, or the refund's reason. */
            reason: string;
            amount: components["schemas"]["Money"];
            /** Format: date-time */
            createdAt: string;
        };
        DepositReportLine: {
            paymentId: components["schemas"]["Id"];
            paymentReference: string;
            payerName: string;
            residentName: string;
            methodLabel: string;
            status: components["schemas"]["PaymentStatus"];
            /** @description Applied to invoices; excludes the fee. */
            amount: components["schemas"]["Money"];
            fee: components["schemas"]["Money"];
            /** @description Amount plus fee, as deposited. */
            charged: components["schemas"]["Money"];
            /** @description What its returns and refunds after the deposit took back. */
            adjustments: components["schemas"]["Money"];
            net: components["schemas"]["Money"];
        };
        DepositReportTotals: {
            amount: components["schemas"]["Money"];
            fee: components["schemas"]["Money"];
            charged: components["schemas"]["Money"];
            adjustments: components["schemas"]["Money"];
            net: components["schemas"]["Money"];
        };
        DepositReport: {
            deposit: components["schemas"]["Deposit"];
            communityName: string;
            /** @description The community's IANA time zone, in which the report's dates are meant. */
            timeZone: string;
            lines: components["schemas"]["DepositReportLine"][];
            totals: components["schemas"]["DepositReportTotals"];
        };
        DepositPage: {
            items: components["schemas"]["Deposit"][];
            nextCursor: string | null;
        };
        /** @description One method of a pull: by fixed `amountCents`, or by `basisPoints` of the outstanding balance (10000 = 100%). A single-method arrangement has one part with neither. */
        ArrangementPart: {
            methodId: components["schemas"]["Id"];
            amountCents?: number;
            basisPoints?: number;
        };
        SelfPayArrangement: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            mode: "self_pay";
        };
        BillingTeamPullsArrangement: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            mode: "billing_team_pulls";
            dayOfMonth: number;
            /** @enum {string} */
            split: "single" | "fixed_amounts" | "percentages";
            parts: components["schemas"]["ArrangementPart"][];
        };
        Arrangement: components["schemas"]["SelfPayArrangement"] | components["schemas"]["BillingTeamPullsArrangement"];
        /** @description The arrangement as a payer or staff member reads it, with method labels and the next pull date. */
        ArrangementView: {
            /** @enum {string} */
            mode: "self_pay" | "billing_team_pulls";
            dayOfMonth: number | null;
            /** @enum {string|null} */
            split: "single" | "fixed_amounts" | "percentages" | null;
            parts: {
                method: components["schemas"]["MethodSummary"];
                amountCents: number | null;
                basisPoints: number | null;
            }[];
            /** Format: date */
            nextPullDate: string | null;
            /** @description The email that told the payer about the next pull, once it was sent (`pullNoticeLeadDays` before it). */
            advanceNotice: components["schemas"]["AdvanceNotice"] | null;
            /** Format: date-time */
            updatedAt: string | null;
            /** @description For self-pay, when the payer ended billing-team pulls by withdrawing or removing a pulled method. */
            ended: components["schemas"]["ArrangementEnded"] | null;
        };
        /** @description What the payer was told about a coming billing-team pull. A notice is sent again, marked as an update, when the amount to collect grows after it was sent. */
        AdvanceNotice: {
            /** Format: date */
            pullDate: string;
            /** Format: date-time */
            sentAt: string;
            amount: components["schemas"]["Money"];
            methods: components["schemas"]["MethodSummary"][];
            /** @description The addresses it went to. Empty when the payer has no portal login and no email address on file, so nobody could be told. */
            recipients: string[];
        };
        Payer: {
            party: components["schemas"]["PartyRef"];
            residentName: string;
            email: string | null;
            outstanding: components["schemas"]["Money"];
            /** @description Unapplied credit the payer holds (already netted out of `outstanding`); staff apply it with `POST /staff/payers/{payerId}/credit-applications`. */
            creditOnAccount: components["schemas"]["Money"];
            openInvoiceCount: number;
            methods: components["schemas"]["PaymentMethod"][];
            arrangement: components["schemas"]["ArrangementView"];
        };
        PayerPage: {
            items: components["schemas"]["Payer"][];
            nextCursor: string | null;
        };
        DuePull: {
            payer: components["schemas"]["PartyRef"];
            residentName: string;
            /** Format: date */
            dueDate: string;
            outstanding: components["schemas"]["Money"];
            /** @description The advance notice the payer got for this pull; null if none was sent (e.g. the arrangement is newer than the lead time). */
            advanceNotice: components["schemas"]["AdvanceNotice"] | null;
            parts: {
                method: components["schemas"]["MethodSummary"];
                amount: components["schemas"]["Money"];
            }[];
        };
        DuePulls: {
            /** Format: date */
            date: string;
            items: components["schemas"]["DuePull"][];
        };
        QuotePullRequest: {
            payerId: components["schemas"]["Id"];
            target: components["schemas"]["PaymentTarget"];
            currency: components["schemas"]["CurrencyCode"];
            /** @description For an outstanding target: the total staff reviewed. */
            expectedAmountCents?: number;
            parts: {
                methodId: components["schemas"]["Id"];
                amountCents: number;
            }[];
        };
        PullQuotePart: {
            method: components["schemas"]["MethodSummary"];
            /** @description The fee rule that applied to this part, in words (as `PaymentQuote.feeRule`). */
            feeRule: string;
            /** @description Applied to invoices (or left unapplied); excludes the fee. */
            amount: components["schemas"]["Money"];
            fee: components["schemas"]["Money"];
            feeBasisPoints: number;
            /** @description Amount plus fee, what the method is charged. */
            totalCharged: components["schemas"]["Money"];
            /** @description The invoices this part settles if it is charged. */
            allocations: components["schemas"]["Allocation"][];
            /** @description Left as a credit under the `unapplied_credit` policy. */
            unapplied: components["schemas"]["Money"];
        };
        PullQuote: {
            quoteId: components["schemas"]["QuoteId"];
            /**
             * Format: date-time
             * @description Fifteen minutes after the quote was made; later, `POST /staff/payments` answers `quote_expired`.
             */
            expiresAt: string;
            payerId: components["schemas"]["Id"];
            parts: components["schemas"]["PullQuotePart"][];
            /** @description The parts' amounts together. */
            amount: components["schemas"]["Money"];
            /** @description The parts' fees together. */
            fee: components["schemas"]["Money"];
            /** @description Everything the pull charges, fees included. */
            totalCharged: components["schemas"]["Money"];
        };
        PullPaymentRequest: {
            /** @description The quote staff reviewed (`POST /staff/payments/quote`). */
            quoteId: components["schemas"]["QuoteId"];
            payerId: components["schemas"]["Id"];
            target: components["schemas"]["PaymentTarget"];
            currency: components["schemas"]["CurrencyCode"];
            /** @description For an outstanding target: the total staff reviewed. */
            expectedAmountCents?: number;
            parts: {
                methodId: components["schemas"]["Id"];
                amountCents: number;
            }[];
        };
        UpdateInvoiceRequest: {
            addresseeId: components["schemas"]["Id"];
        };
        UserProfile: {
            id: components["schemas"]["Id"];
            name: string;
            description: string;
            permissions: components["schemas"]["Permission"][];
        };
        /**
         * @description `view_billing` sees all of the resident's billing; `pay_bills` pays invoices addressed to the user; `manage_payment_methods` saves and changes methods.
         * @enum {string}
         */
        PortalPermission: "view_billing" | "pay_bills" | "manage_payment_methods";
        /** @description A portal profile as the billing office manages it. */
        StaffProfile: {
            id: components["schemas"]["Id"];
            name: string;
            description: string;
            permissions: components["schemas"]["PortalPermission"][];
            /** @description Active portal users with this profile. */
            activeUserCount: number;
            /** @description Invitations not yet accepted or revoked (expired ones can be resent) with this profile. */
            pendingInvitationCount: number;
        };
        CreateProfileRequest: {
            name: string;
            description?: string;
            permissions: components["schemas"]["PortalPermission"][];
        };
        UpdateProfileRequest: {
            name?: string;
            description?: string;
            permissions?: components["schemas"]["PortalPermission"][];
        };
        /**
         * @description The emails the billing service sends. `invitation` (to an invited person),
         *     `payment_method_request` (the billing office asks a payer to add a method),
         *     `payment_receipt` (every payment taken), `card_declined`, `bank_return` (with what to do),
         *     `pull_advance_notice` (amount, method and date of a coming billing-team pull), and
         *     `authorization_withdrawn` (to the billing office, when a payer withdraws a recurring-payment
         *     authorization).
         * @enum {string}
         */
        NoticeType: "invitation" | "payment_method_request" | "payment_receipt" | "card_declined" | "bank_return" | "pull_advance_notice" | "authorization_withdrawn";
        NotificationPreference: {
            notice: components["schemas"]["NoticeType"];
            enabled: boolean;
            /** @description Always sent: the payer cannot turn it off. */
            required: boolean;
        };
        NotificationPreferences: {
            /**
             * Format: email
             * @description Where the emails go (the user's login).
             */
            email: string;
            items: components["schemas"]["NotificationPreference"][];
        };
        UpdateNotificationPreferencesRequest: {
            changes: {
                notice: components["schemas"]["NoticeType"];
                enabled: boolean;
            }[];
        };
        NoticeSent: {
            notice: components["schemas"]["NoticeType"];
            recipients: string[];
            /** Format: date-time */
            sentAt: string;
        };
        /** @enum {string} */
        AuditSubjectType: "invoice" | "payer" | "payment" | "deposit" | "payment_method" | "user" | "invitation" | "profile" | "settings";
        /** @enum {string} */
        AuditLogAction: "payment_submitted" | "payment_pulled" | "payment_voided" | "payment_refunded" | "payment_return_recorded" | "payment_represented" | "deposit_created" | "payment_method_added" | "payment_method_changed" | "payment_method_removed" | "arrangement_changed" | "payment_method_requested" | "invoice_readdressed" | "settings_changed" | "profile_created" | "profile_changed" | "profile_deleted" | "user_access_changed" | "invitation_sent" | "invitation_resent" | "invitation_changed" | "invitation_accepted" | "notification_preferences_changed" | "credit_applied";
        /** @description One field as it was before the change and after it (JSON values; null when absent). */
        AuditChange: {
            field: string;
            before: unknown;
            after: unknown;
        };
        AuditLogEntry: {
            id: components["schemas"]["Id"];
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["Actor"];
            action: components["schemas"]["AuditLogAction"];
            /** @description What happened, in a sentence (English). */
            summary: string;
            /** @description Everything the change concerns; the trail of any of them lists it. */
            subjects: {
                type: components["schemas"]["AuditSubjectType"];
                id: components["schemas"]["Id"];
            }[];
            changes: components["schemas"]["AuditChange"][];
        };
        AuditLogPage: {
            items: components["schemas"]["AuditLogEntry"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        ConnectUserStatus: "invited" | "active" | "expired" | "revoked";
        InvitationInfo: {
            id: components["schemas"]["Id"];
            /** Format: date-time */
            sentAt: string;
            /** Format: date-time */
            expiresAt: string;
            sentCount: number;
        };
        ConnectUser: {
            id: components["schemas"]["Id"];
            /** Format: email */
            email: string;
            displayName: string | null;
            role: components["schemas"]["UserRole"];
            status: components["schemas"]["ConnectUserStatus"];
            profileId: components["schemas"]["Id"];
            party: components["schemas"]["PartyRef"] | null;
            residentName: string | null;
            invitation: components["schemas"]["InvitationInfo"] | null;
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        ConnectUserPage: {
            items: components["schemas"]["ConnectUser"][];
            nextCursor: string | null;
        };
        UpdateUserRequest: {
            profileId?: components["schemas"]["Id"];
            /**
             * @description Revoke access now. Revocation cannot be undone; invite again instead.
             * @constant
             */
            revoked?: true;
        };
        CreateInvitationRequest: {
            /** Format: email */
            email: string;
            partyId: components["schemas"]["Id"];
            profileId: components["schemas"]["Id"];
            /**
             * @description Staff confirm this person may see the resident's sensitive billing information.
             * @constant
             */
            sensitiveInformationConfirmed: true;
        };
        InvitationPreview: {
            /** Format: email */
            email: string;
            communityName: string;
            invitedBy: string;
            party: components["schemas"]["PartyRef"];
            residentName: string;
            profile: components["schemas"]["UserProfile"];
            /** Format: date-time */
            expiresAt: string;
        };
        AcceptInvitationRequest: {
            displayName: string;
        };
        Session: {
            /** @description The bearer token for later requests. */
            token: string;
            user: components["schemas"]["User"];
        };
        MockPersona: {
            userId: components["schemas"]["Id"];
            displayName: string;
            role: components["schemas"]["UserRole"];
            email: string;
            token: string;
            description: string;
            partyId: string | null;
            residentName: string | null;
        };
        MockClock: {
            /** Format: date-time */
            now: string;
        };
        MockState: {
            seed: number;
            /** Format: date-time */
            now: string;
        };
        MockEmail: {
            id: components["schemas"]["Id"];
            notice: components["schemas"]["NoticeType"];
            to: string;
            subject: string;
            /** @description The plain-text version. */
            body: string;
            /** @description The HTML version (a fragment: no scripts, no styles, inline-safe). */
            html: string;
            /** @description The email's main link (accept the invitation, the guide, …). */
            link: string | null;
            /** Format: date-time */
            sentAt: string;
        };
    };
    responses: {
        /** @description `validation_failed`: the request is malformed; `fields` maps each offending field to what is wrong. */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `unauthenticated`: no valid bearer token. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `forbidden` (missing permission, staff-only path), `access_revoked`, `portal_disabled` (ALIS Connect is off), `gateway_disabled` (ALIS Pay is off), or `not_addressee` (paying an invoice addressed to someone else). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `not_found`: no such resource, or not one the caller may see. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `balance_changed`, `quote_changed`, `quote_expired`, `idempotency_in_progress`, `profile_in_use`, `already_deposited`, `not_settled`, `invalid_state`, `no_credit` or `conflict`. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `invitation_expired` or `invitation_used`. */
        Gone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `amount_exceeds_balance`, `idempotency_key_reused`, `method_unusable`, `refund_exceeds_paid`, `not_representable`, `invalid_addressee` or `amount_exceeds_credit`. */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `rate_limited`: slow down; honour `Retry-After`. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `not_implemented`: this backend does not serve the path yet. */
        NotImplemented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description A unique key per intended operation (a UUID), created once and reused for every retry of it. */
        IdempotencyKey: string;
        /** @description Page size (default 50). */
        Limit: number;
        /** @description The `nextCursor` of the previous page. */
        Cursor: string;
        InvoiceId: components["schemas"]["Id"];
        MethodId: components["schemas"]["Id"];
        PaymentId: components["schemas"]["Id"];
        PayerId: components["schemas"]["Id"];
        UserId: components["schemas"]["Id"];
        InvitationToken: string;
    };
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The community. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCommunity"];
                };
            };
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description `open` = any balance still due (open or partially paid); `paid` = nothing due; `all` (default). */
                status?: components["schemas"]["InvoiceStatusFilter"];
                /** @description Page size (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoiceId: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getOutstanding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outstanding balance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outstanding"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preferences. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationPreferencesRequest"];
            };
        };
        responses: {
            /** @description The preferences after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listPaymentMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PaymentMethod"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPaymentMethod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaymentMethodRequest"];
            };
        };
        responses: {
            /** @description The saved method. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    createSetupIntent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setup intent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupIntent"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    deletePaymentMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                methodId: components["parameters"]["MethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; says whether billing-team pulls ended with it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemovedPaymentMethod"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updatePaymentMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                methodId: components["parameters"]["MethodId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePaymentMethodRequest"];
            };
        };
        responses: {
            /** @description The updated method; with `arrangementEnded` when this change ended billing-team pulls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listPayments: {
        parameters: {
            query?: {
                status?: components["schemas"]["PaymentStatus"];
                /** @description Page size (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per intended operation (a UUID), created once and reused for every retry of it. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaymentRequest"];
            };
        };
        responses: {
            /** @description The payment (pending, succeeded, or failed when declined). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    quotePayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuotePaymentRequest"];
            };
        };
        responses: {
            /** @description The quote. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentQuote"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listStaffPayments: {
        parameters: {
            query?: {
                deposited?: boolean;
                source?: components["schemas"]["PaymentSource"];
                methodType?: components["schemas"]["PaymentMethodType"];
                status?: components["schemas"]["PaymentStatus"];
                payerId?: components["schemas"]["Id"];
                /** @description Only the payments of this deposit (an unknown id gives an empty page). */
                depositId?: components["schemas"]["Id"];
                /** @description Created on or after this date (community time zone). */
                from?: string;
                /** @description Created on or before this date (community time zone). */
                to?: string;
                /** @description Page size (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    pullPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per intended operation (a UUID), created once and reused for every retry of it. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PullPaymentRequest"];
            };
        };
        responses: {
            /** @description The payments created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Payment"][];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    quotePull: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuotePullRequest"];
            };
        };
        responses: {
            /** @description The quote. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PullQuote"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getStaffPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    voidPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per intended operation (a UUID), created once and reused for every retry of it. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonRequest"];
            };
        };
        responses: {
            /** @description The voided payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    refundPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per intended operation (a UUID), created once and reused for every retry of it. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundRequest"];
            };
        };
        responses: {
            /** @description The payment with the refund recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    recordPaymentReturn: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per intended operation (a UUID), created once and reused for every retry of it. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnRequest"];
            };
        };
        responses: {
            /** @description The returned payment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    representPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per intended operation (a UUID), created once and reused for every retry of it. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new payment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    listDeposits: {
        parameters: {
            query?: {
                /** @description Page size (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deposits. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createDeposit: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per intended operation (a UUID), created once and reused for every retry of it. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDepositRequest"];
            };
        };
        responses: {
            /** @description The deposit. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deposit"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getDepositReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                depositId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositReport"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listPayers: {
        parameters: {
            query?: {
                /** @description Matches payer or resident name, case-insensitive. */
                search?: string;
                /** @description Page size (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayerPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getPayer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payerId: components["parameters"]["PayerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payer"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setArrangement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payerId: components["parameters"]["PayerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Arrangement"];
            };
        };
        responses: {
            /** @description The payer with the new arrangement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payer"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    requestPaymentMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payerId: components["parameters"]["PayerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who the email went to. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeSent"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    applyCredit: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per intended operation (a UUID), created once and reused for every retry of it. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                payerId: components["parameters"]["PayerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditApplicationRequest"];
            };
        };
        responses: {
            /** @description What was applied to which invoice, and the credit left. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditApplicationResult"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    listDuePulls: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The due pulls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuePulls"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listResidents: {
        parameters: {
            query?: {
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The residents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Resident"][];
                    };
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listStaffInvoices: {
        parameters: {
            query?: {
                search?: string;
                status?: components["schemas"]["InvoiceStatusFilter"];
                residentId?: components["schemas"]["Id"];
                addresseeId?: components["schemas"]["Id"];
                /** @description Page size (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateStaffInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoiceId: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInvoiceRequest"];
            };
        };
        responses: {
            /** @description The updated invoice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunitySettings"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSettingsRequest"];
            };
        };
        responses: {
            /** @description The updated settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunitySettings"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listProfiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profiles, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StaffProfile"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProfileRequest"];
            };
        };
        responses: {
            /** @description The new profile. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffProfile"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profileId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profileId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileRequest"];
            };
        };
        responses: {
            /** @description The updated profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffProfile"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                subjectType?: components["schemas"]["AuditSubjectType"];
                subjectId?: components["schemas"]["Id"];
                /** @description Page size (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                status?: components["schemas"]["ConnectUserStatus"];
                /** @description Page size (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectUserPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectUser"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationRequest"];
            };
        };
        responses: {
            /** @description The invited user. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectUser"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invited user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectUser"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: components["parameters"]["InvitationToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreview"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: components["parameters"]["InvitationToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationRequest"];
            };
        };
        responses: {
            /** @description The new session. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
        };
    };
    mockReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    seed?: number;
                    /**
                     * Format: date-time
                     * @description The clock's time after the reset.
                     */
                    now?: string;
                };
            };
        };
        responses: {
            /** @description Reset done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MockState"];
                };
            };
        };
    };
    mockListPersonas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The personas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MockPersona"][];
                    };
                };
            };
        };
    };
    mockGetClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MockClock"];
                };
            };
        };
    };
    mockAdvanceClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    advanceDays?: number;
                    advanceMinutes?: number;
                    /**
                     * Format: date-time
                     * @description Move the clock to this time; it never moves backwards.
                     */
                    setTo?: string;
                };
            };
        };
        responses: {
            /** @description The clock after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MockClock"];
                };
            };
            400: components["responses"]["ValidationFailed"];
        };
    };
    mockSettlePayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settled payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    mockFailPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    returnCode?: components["schemas"]["ReturnCode"];
                };
            };
        };
        responses: {
            /** @description The failed or returned payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    mockListOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outbox. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MockEmail"][];
                    };
                };
            };
        };
    };
}
