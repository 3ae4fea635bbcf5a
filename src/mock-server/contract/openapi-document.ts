// Generated from openapi/alis-billing.openapi.yaml by scripts/generate-api.mjs. Do not edit.
/** The parsed OpenAPI document, for request and response validation in the mock backend. */
export const openApiDocument: Record<string, unknown> = {
  "openapi": "3.1.0",
  "info": {
    "title": "ALIS billing API",
    "version": "0.1.0",
    "summary": "Invoices, payment methods, payments, the billing team's Payment Center and portal access for one senior-living community.",
    "description": "The single source of truth for the HTTP contract between the ALIS billing widgets, the SDK and\nany backend (the bundled mock backend implements all of it).\n\nConventions:\n- Money is always integer minor units (`amountCents`) with an ISO 4217 `currency`; never floats.\n  Every money field (a `...Cents` integer, or `Money.amountCents`) is at most 1,000,000,000 cents\n  (ten million dollars) and has a minimum; larger amounts are refused with `validation_failed`.\n- Every request is authenticated with `Authorization: Bearer <token>`, except the invitation\n  paths (the token in the URL is the credential) and the mock-control paths.\n- Every payment-creating or money-moving POST requires an `Idempotency-Key` header. The same key\n  with the same body returns the first response and moves money once; the same key with a\n  different body is refused with `idempotency_key_reused`; the same key while the first request\n  is still being processed is refused with `idempotency_in_progress`.\n- Every refusal is an `Error` object with a stable machine `code` and a human `message`; a refused\n  request changes no state.\n- Lists are paginated with an opaque `cursor`; `nextCursor` is null on the last page.\n- Seeing follows the user's profile, paying follows the addressee: a payer whose profile has\n  `view_billing` sees all of the billing of the resident they are linked to, whoever each\n  invoice is addressed to; only `pay_bills` lets them pay, and only invoices addressed to them.\n- The switches: with the portal (ALIS Connect) off every payer path answers `portal_disabled`\n  (`GET /me` and `GET /community` still answer, so a page can say so); with the gateway\n  (ALIS Pay) off, saving methods, setup intents, quotes, payments and the billing team's money\n  movements answer `gateway_disabled`, and invoices stay readable.\n- Every accepted request that changes something leaves exactly one entry in the audit log\n  (`GET /staff/audit-log`) with who, when, and each field before and after.\n"
  },
  "servers": [
    {
      "url": "/api/v1",
      "description": "The mock backend (MSW in the browser, or `npm run mock-server`)."
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "session",
      "description": "Who is signed in and what the community allows."
    },
    {
      "name": "community",
      "description": "What anyone may read about the community's billing (the \"How to pay bills\" guide)."
    },
    {
      "name": "invoices",
      "description": "The resident's invoices, as far as the signed-in user's profile lets them see."
    },
    {
      "name": "notifications",
      "description": "Which optional emails the signed-in payer receives."
    },
    {
      "name": "payment-methods",
      "description": "The payer's saved cards and bank accounts (tokens and last four digits only)."
    },
    {
      "name": "payments",
      "description": "Paying invoices and the payer's payment history."
    },
    {
      "name": "staff-payments",
      "description": "The billing team's Payment Center — undeposited payments, deposits, pulls, voids, refunds, returns."
    },
    {
      "name": "staff-payers",
      "description": "Payers, their arrangements and the pulls that are due."
    },
    {
      "name": "staff-invoices",
      "description": "All invoices of the community, and who each is addressed to."
    },
    {
      "name": "staff-settings",
      "description": "Gateway and portal enablement, fees and allocation policy."
    },
    {
      "name": "access",
      "description": "Portal users, their profiles, and invitations."
    },
    {
      "name": "audit",
      "description": "Every change made through the API, with who, when, before and after."
    },
    {
      "name": "invitations",
      "description": "What an invited person sees and accepts (the token in the URL is the credential)."
    },
    {
      "name": "mock",
      "description": "Controls of the mock backend only (reset, personas, clock, gateway). Never part of the SDK's public surface."
    }
  ],
  "paths": {
    "/me": {
      "get": {
        "operationId": "getMe",
        "tags": [
          "session"
        ],
        "summary": "The signed-in user, their party and resident, permissions and the community's settings.",
        "description": "Answers even while the portal is switched off, so a page can say so with the billing office's contact.",
        "responses": {
          "200": {
            "description": "The session.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Me"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/community": {
      "get": {
        "operationId": "getCommunity",
        "tags": [
          "community"
        ],
        "summary": "The community's billing office and what its portal offers, for the \"How to pay bills\" guide. Needs no sign-in.",
        "security": [],
        "responses": {
          "200": {
            "description": "The community.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PublicCommunity"
                }
              }
            }
          }
        }
      }
    },
    "/invoices": {
      "get": {
        "operationId": "listInvoices",
        "tags": [
          "invoices"
        ],
        "summary": "The invoices the signed-in user may see, newest due date first.",
        "description": "With `view_billing`, every invoice of the user's resident, whoever it is addressed to (each\nnames its `addressee`); with only `pay_bills`, the invoices addressed to the user. Neither:\n`forbidden`. Portal off: `portal_disabled`.\n",
        "parameters": [
          {
            "name": "status",
            "in": "query",
            "description": "`open` = any balance still due (open or partially paid); `paid` = nothing due; `all` (default).",
            "schema": {
              "$ref": "#/components/schemas/InvoiceStatusFilter"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of invoices.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvoicePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/invoices/{invoiceId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InvoiceId"
        }
      ],
      "get": {
        "operationId": "getInvoice",
        "tags": [
          "invoices"
        ],
        "summary": "One invoice with its line items, if the user may see it; any other is `not_found`.",
        "responses": {
          "200": {
            "description": "The invoice.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Invoice"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/outstanding": {
      "get": {
        "operationId": "getOutstanding",
        "tags": [
          "invoices"
        ],
        "summary": "The full remaining balance across the open invoices addressed to the payer, how Pay Outstanding would allocate it, the payer's arrangement, and what else is due on the resident's account.",
        "responses": {
          "200": {
            "description": "The outstanding balance.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Outstanding"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/notification-preferences": {
      "get": {
        "operationId": "getNotificationPreferences",
        "tags": [
          "notifications"
        ],
        "summary": "Every email the payer may receive, whether it is on, and whether they may turn it off.",
        "responses": {
          "200": {
            "description": "The preferences.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NotificationPreferences"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      },
      "patch": {
        "operationId": "updateNotificationPreferences",
        "tags": [
          "notifications"
        ],
        "summary": "Turn optional emails on or off. Required notices (bank returns, advance notice of a pull, requests from the billing office) cannot be turned off.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateNotificationPreferencesRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The preferences after the change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NotificationPreferences"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/payment-methods": {
      "get": {
        "operationId": "listPaymentMethods",
        "tags": [
          "payment-methods"
        ],
        "summary": "The payer's saved payment methods, each saying whether it can be used now and why not. Readable with `manage_payment_methods` or `pay_bills` (paying means choosing one).",
        "responses": {
          "200": {
            "description": "The methods.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/PaymentMethod"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      },
      "post": {
        "operationId": "createPaymentMethod",
        "tags": [
          "payment-methods"
        ],
        "summary": "Save a card (as a tokenizer's token) or a bank account (routing and account number; only the last four digits are kept).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreatePaymentMethodRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The saved method.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentMethod"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          }
        }
      }
    },
    "/payment-methods/setup-intents": {
      "post": {
        "operationId": "createSetupIntent",
        "tags": [
          "payment-methods"
        ],
        "summary": "What a card tokenizer needs to collect a card (for Stripe, a SetupIntent's client secret and the publishable key).",
        "responses": {
          "201": {
            "description": "The setup intent.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SetupIntent"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/payment-methods/{methodId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/MethodId"
        }
      ],
      "patch": {
        "operationId": "updatePaymentMethod",
        "tags": [
          "payment-methods"
        ],
        "summary": "Rename, make default, or grant or withdraw the recurring-payments authorization.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdatePaymentMethodRequest"
              }
            }
          }
        },
        "description": "Withdrawing the authorization is allowed at any time. When the billing team's arrangement pulls\nfrom the method, the whole arrangement ends with it (the payer pays on their own from the next\npull; pulls already submitted stand), the billing office is emailed, and the answer carries\n`arrangementEnded`.\n",
        "responses": {
          "200": {
            "description": "The updated method; with `arrangementEnded` when this change ended billing-team pulls.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentMethod"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "delete": {
        "operationId": "deletePaymentMethod",
        "tags": [
          "payment-methods"
        ],
        "summary": "Remove a method. Past payments keep their record; billing-team pulls from it end (see `arrangementEnded`).",
        "description": "Removing is allowed at any time. When the billing team's arrangement pulls from the method, the\nwhole arrangement ends with it (the payer pays on their own from the next pull; pulls already\nsubmitted stand) and the billing office is emailed.\n",
        "responses": {
          "200": {
            "description": "Removed; says whether billing-team pulls ended with it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RemovedPaymentMethod"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/payments": {
      "get": {
        "operationId": "listPayments",
        "tags": [
          "payments"
        ],
        "summary": "Payments newest first — with `view_billing`, every payment on the resident's account and who made it; otherwise the user's own (made in the portal or pulled by staff).",
        "parameters": [
          {
            "name": "status",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/PaymentStatus"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of payments.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      },
      "post": {
        "operationId": "createPayment",
        "tags": [
          "payments"
        ],
        "summary": "Pay one invoice (Pay Invoice) or everything owed (Pay Outstanding).",
        "description": "Pay Invoice: `0 < amountCents ≤` the invoice's balance. Pay Outstanding: `amountCents` must equal\nthe current outstanding total and `expectedAmountCents` the total the payer reviewed; if it\nchanged, `balance_changed` (409) and nothing is charged. A card decline is not an error: the\npayment is created with status `failed` and its `failure`.\n\nThe review is binding: `quoteId` names the quote the payer reviewed (`POST /payments/quote`).\nAfter every other check, if the amount, fee, method or allocation differ from what that quote\ncommitted to, `quote_changed` (409); past its `expiresAt`, `quote_expired` (409). Either way\nnothing is charged and `details.quote` is a fresh `PaymentQuote` to review.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreatePaymentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The payment (pending, succeeded, or failed when declined).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Payment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          }
        }
      }
    },
    "/payments/quote": {
      "post": {
        "operationId": "quotePayment",
        "tags": [
          "payments"
        ],
        "summary": "What a payment would charge and settle — amount, fee, total, allocation, authorization wording — without charging anything.",
        "description": "The review step shows this, so the widget never computes fees or allocation itself. It changes no state and needs no idempotency key. Its `quoteId` goes into `POST /payments` until `expiresAt`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/QuotePaymentRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The quote.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentQuote"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          }
        }
      }
    },
    "/payments/{paymentId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        }
      ],
      "get": {
        "operationId": "getPayment",
        "tags": [
          "payments"
        ],
        "summary": "One payment the user may see, with its receipt data and history.",
        "responses": {
          "200": {
            "description": "The payment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Payment"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/staff/payments": {
      "get": {
        "operationId": "listStaffPayments",
        "tags": [
          "staff-payments"
        ],
        "summary": "Every payment of the community; `deposited=false` is Undeposited Payments.",
        "parameters": [
          {
            "name": "deposited",
            "in": "query",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "name": "source",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/PaymentSource"
            }
          },
          {
            "name": "methodType",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/PaymentMethodType"
            }
          },
          {
            "name": "status",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/PaymentStatus"
            }
          },
          {
            "name": "payerId",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/Id"
            }
          },
          {
            "name": "depositId",
            "in": "query",
            "description": "Only the payments of this deposit (an unknown id gives an empty page).",
            "schema": {
              "$ref": "#/components/schemas/Id"
            }
          },
          {
            "name": "from",
            "in": "query",
            "description": "Created on or after this date (community time zone).",
            "schema": {
              "type": "string",
              "format": "date"
            }
          },
          {
            "name": "to",
            "in": "query",
            "description": "Created on or before this date (community time zone).",
            "schema": {
              "type": "string",
              "format": "date"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of payments.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PaymentPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      },
      "post": {
        "operationId": "pullPayment",
        "tags": [
          "staff-payments"
        ],
        "summary": "Pull a payment from a payer's authorized method(s); a split pull creates one payment per part, all or none.",
        "description": "`quoteId` names the reviewed `POST /staff/payments/quote`. After every other check, if any\npart's amount, fee, method or allocation differ from that quote, `quote_changed` (409); past\nits `expiresAt`, `quote_expired` (409); nothing is pulled and `details.quote` is a fresh\n`PullQuote`. A card declined at charge time is a result (a `failed` payment), not a change.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PullPaymentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The payments created.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "minItems": 1,
                      "items": {
                        "$ref": "#/components/schemas/Payment"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          }
        }
      }
    },
    "/staff/payments/quote": {
      "post": {
        "operationId": "quotePull",
        "tags": [
          "staff-payments"
        ],
        "summary": "What a pull would charge and settle — per part the method, amount, fee, total charged and invoices — without pulling anything.",
        "description": "The same checks as the pull itself; changes no state and needs no idempotency key. Its `quoteId` goes into `POST /staff/payments` until `expiresAt`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/QuotePullRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The quote.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PullQuote"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          }
        }
      }
    },
    "/staff/payments/{paymentId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        }
      ],
      "get": {
        "operationId": "getStaffPayment",
        "tags": [
          "staff-payments"
        ],
        "summary": "One payment with its full audit trail.",
        "responses": {
          "200": {
            "description": "The payment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Payment"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/staff/payments/{paymentId}/void": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        }
      ],
      "post": {
        "operationId": "voidPayment",
        "tags": [
          "staff-payments"
        ],
        "summary": "Void a payment not yet deposited; its invoices reopen by the amount it settled.",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReasonRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The voided payment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Payment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          }
        }
      }
    },
    "/staff/payments/{paymentId}/refunds": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        }
      ],
      "post": {
        "operationId": "refundPayment",
        "tags": [
          "staff-payments"
        ],
        "summary": "Refund part or all of a payment to its original method, never more in total than was paid.",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RefundRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The payment with the refund recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Payment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          }
        }
      }
    },
    "/staff/payments/{paymentId}/returns": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        }
      ],
      "post": {
        "operationId": "recordPaymentReturn",
        "tags": [
          "staff-payments"
        ],
        "summary": "Record a bank return with its Nacha code; the invoices reopen, and R02/R03/R04/R07/R10/R29 block the method.",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReturnRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The returned payment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Payment"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          }
        }
      }
    },
    "/staff/payments/{paymentId}/representments": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        }
      ],
      "post": {
        "operationId": "representPayment",
        "tags": [
          "staff-payments"
        ],
        "summary": "Present a payment returned with R01 or R09 again (at most twice); creates a new pending payment linked to the original.",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "201": {
            "description": "The new payment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Payment"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          }
        }
      }
    },
    "/staff/deposits": {
      "get": {
        "operationId": "listDeposits",
        "tags": [
          "staff-payments"
        ],
        "summary": "Deposit batches, newest first.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of deposits.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DepositPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      },
      "post": {
        "operationId": "createDeposit",
        "tags": [
          "staff-payments"
        ],
        "summary": "Deposit undeposited payments as one batch; a payment belongs to at most one deposit.",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateDepositRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The deposit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Deposit"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          }
        }
      }
    },
    "/staff/deposits/{depositId}/report": {
      "get": {
        "operationId": "getDepositReport",
        "tags": [
          "staff-payments"
        ],
        "summary": "The deposit report: every line with payment reference, payer, resident, method, amount, fee, charged, adjustments and net, and the totals.",
        "parameters": [
          {
            "name": "depositId",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/Id"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The report.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DepositReport"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/staff/payers": {
      "get": {
        "operationId": "listPayers",
        "tags": [
          "staff-payers"
        ],
        "summary": "Every payer (residents and contacts who can be invoiced) with outstanding balance, methods and arrangement.",
        "parameters": [
          {
            "name": "search",
            "in": "query",
            "description": "Matches payer or resident name, case-insensitive.",
            "schema": {
              "type": "string",
              "maxLength": 100
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of payers.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PayerPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/staff/payers/{payerId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PayerId"
        }
      ],
      "get": {
        "operationId": "getPayer",
        "tags": [
          "staff-payers"
        ],
        "summary": "One payer with balance, methods (masked) and arrangement.",
        "responses": {
          "200": {
            "description": "The payer.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Payer"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/staff/payers/{payerId}/arrangement": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PayerId"
        }
      ],
      "put": {
        "operationId": "setArrangement",
        "tags": [
          "staff-payers"
        ],
        "summary": "Record whether the payer pays on their own or the billing team pulls (day of month, authorized method or a split).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Arrangement"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The payer with the new arrangement.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Payer"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          }
        }
      }
    },
    "/staff/payers/{payerId}/payment-method-requests": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PayerId"
        }
      ],
      "post": {
        "operationId": "requestPaymentMethod",
        "tags": [
          "staff-payers"
        ],
        "summary": "Email the payer's portal users who may save methods \"please add a payment method\", with a link to the \"How to pay bills\" guide.",
        "description": "Refused with `conflict` when no active portal user of this payer has `manage_payment_methods` (invite them, or change their profile, first); `portal_disabled` or `gateway_disabled` while a switch makes saving a method impossible.",
        "responses": {
          "201": {
            "description": "Who the email went to.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NoticeSent"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/staff/payers/{payerId}/credit-applications": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PayerId"
        }
      ],
      "post": {
        "operationId": "applyCredit",
        "tags": [
          "staff-payers"
        ],
        "summary": "Apply the payer's credit on account to their open invoices, in policy order or to chosen invoices.",
        "description": "Draws on the payer's payments that hold unapplied credit, oldest first, and records each application on the payment it draws from. Without `allocations` the credit goes to the open invoices addressed to the payer in the allocation policy's order (oldest due first under `unapplied_credit`), each up to its balance, until the credit runs out. With `allocations` it goes exactly where they say. Refused with `no_credit` when the payer holds none, `conflict` when there is no open invoice to apply it to, `amount_exceeds_credit` or `amount_exceeds_balance` (field `allocations[i].amountCents`) when a chosen amount does not fit, `not_found` / `not_addressee` for an invoice that is not the payer's.",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreditApplicationRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "What was applied to which invoice, and the credit left.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreditApplicationResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          }
        }
      }
    },
    "/staff/pulls/due": {
      "get": {
        "operationId": "listDuePulls",
        "tags": [
          "staff-payers"
        ],
        "summary": "Pulls due on a date (default today on the community clock) under billing-team arrangements with something outstanding.",
        "parameters": [
          {
            "name": "date",
            "in": "query",
            "schema": {
              "type": "string",
              "format": "date"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The due pulls.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DuePulls"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/staff/residents": {
      "get": {
        "operationId": "listResidents",
        "tags": [
          "staff-payers"
        ],
        "summary": "Residents with their contacts — the people an invoice can be addressed to and invitations sent for.",
        "parameters": [
          {
            "name": "search",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 100
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The residents.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Resident"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/staff/invoices": {
      "get": {
        "operationId": "listStaffInvoices",
        "tags": [
          "staff-invoices"
        ],
        "summary": "All invoices, searchable by resident or payer name.",
        "parameters": [
          {
            "name": "search",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 100
            }
          },
          {
            "name": "status",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/InvoiceStatusFilter"
            }
          },
          {
            "name": "residentId",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/Id"
            }
          },
          {
            "name": "addresseeId",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/Id"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of invoices.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvoicePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/staff/invoices/{invoiceId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InvoiceId"
        }
      ],
      "patch": {
        "operationId": "updateStaffInvoice",
        "tags": [
          "staff-invoices"
        ],
        "summary": "Change who an invoice is addressed to (the resident or one of the resident's contacts).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateInvoiceRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated invoice.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Invoice"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          }
        }
      }
    },
    "/staff/settings": {
      "get": {
        "operationId": "getSettings",
        "tags": [
          "staff-settings"
        ],
        "summary": "The community's billing settings.",
        "responses": {
          "200": {
            "description": "The settings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CommunitySettings"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      },
      "patch": {
        "operationId": "updateSettings",
        "tags": [
          "staff-settings"
        ],
        "summary": "Change enablement, fees or allocation policy.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateSettingsRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated settings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CommunitySettings"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/staff/profiles": {
      "get": {
        "operationId": "listProfiles",
        "tags": [
          "access"
        ],
        "summary": "User profiles (named sets of permissions) that can be given to portal users, with how many use each.",
        "responses": {
          "200": {
            "description": "The profiles, by name.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/StaffProfile"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      },
      "post": {
        "operationId": "createProfile",
        "tags": [
          "access"
        ],
        "summary": "Create a portal profile. Names are unique (ignoring case); only portal permissions may be given.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateProfileRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new profile.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StaffProfile"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/staff/profiles/{profileId}": {
      "parameters": [
        {
          "name": "profileId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "patch": {
        "operationId": "updateProfile",
        "tags": [
          "access"
        ],
        "summary": "Rename a portal profile or change its permissions; every user and invitation with it changes at once.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateProfileRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated profile.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StaffProfile"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      },
      "delete": {
        "operationId": "deleteProfile",
        "tags": [
          "access"
        ],
        "summary": "Delete a portal profile nobody uses; `profile_in_use` while an active user or a pending invitation has it.",
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/staff/audit-log": {
      "get": {
        "operationId": "listAuditLog",
        "tags": [
          "audit"
        ],
        "summary": "The audit log, newest first; `subjectType` with `subjectId` gives one invoice's, payer's, user's… trail.",
        "parameters": [
          {
            "name": "subjectType",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/AuditSubjectType"
            }
          },
          {
            "name": "subjectId",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/Id"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of entries.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuditLogPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/staff/users": {
      "get": {
        "operationId": "listUsers",
        "tags": [
          "access"
        ],
        "summary": "Portal users and pending invitations — invited, active, expired or revoked.",
        "parameters": [
          {
            "name": "status",
            "in": "query",
            "schema": {
              "$ref": "#/components/schemas/ConnectUserStatus"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of users.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectUserPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/staff/users/{userId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/UserId"
        }
      ],
      "patch": {
        "operationId": "updateUser",
        "tags": [
          "access"
        ],
        "summary": "Change a user's profile or revoke their access (effective at once).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateUserRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated user.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectUser"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/staff/invitations": {
      "post": {
        "operationId": "createInvitation",
        "tags": [
          "access"
        ],
        "summary": "Invite a person by email for a resident or contact, with a profile; staff confirm they may see sensitive information.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateInvitationRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The invited user.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectUser"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/staff/invitations/{invitationId}/resend": {
      "parameters": [
        {
          "name": "invitationId",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/Id"
          }
        }
      ],
      "post": {
        "operationId": "resendInvitation",
        "tags": [
          "access"
        ],
        "summary": "Send the invitation again with a new token and a new 30-day expiry; the old link stops working.",
        "responses": {
          "200": {
            "description": "The invited user.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectUser"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/invitations/{token}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InvitationToken"
        }
      ],
      "get": {
        "operationId": "getInvitation",
        "tags": [
          "invitations"
        ],
        "summary": "Who invited whom, for which resident. Expired or used links answer 410; `portal_disabled` while the portal is off.",
        "security": [],
        "responses": {
          "200": {
            "description": "The invitation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvitationPreview"
                }
              }
            }
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "410": {
            "$ref": "#/components/responses/Gone"
          }
        }
      }
    },
    "/invitations/{token}/accept": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InvitationToken"
        }
      ],
      "post": {
        "operationId": "acceptInvitation",
        "tags": [
          "invitations"
        ],
        "summary": "Accept the invitation, creating an active user, and receive a session.",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AcceptInvitationRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new session.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Session"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "410": {
            "$ref": "#/components/responses/Gone"
          }
        }
      }
    },
    "/__mock/reset": {
      "post": {
        "operationId": "mockReset",
        "tags": [
          "mock"
        ],
        "summary": "Restore the seed data (optionally from another seed) and the clock.",
        "security": [],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "seed": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "now": {
                    "type": "string",
                    "format": "date-time",
                    "description": "The clock's time after the reset."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Reset done.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MockState"
                }
              }
            }
          }
        }
      }
    },
    "/__mock/personas": {
      "get": {
        "operationId": "mockListPersonas",
        "tags": [
          "mock"
        ],
        "summary": "The seeded users and their bearer tokens.",
        "security": [],
        "responses": {
          "200": {
            "description": "The personas.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/MockPersona"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/__mock/clock": {
      "get": {
        "operationId": "mockGetClock",
        "tags": [
          "mock"
        ],
        "summary": "The mock backend's current time.",
        "security": [],
        "responses": {
          "200": {
            "description": "The clock.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MockClock"
                }
              }
            }
          }
        }
      },
      "post": {
        "operationId": "mockAdvanceClock",
        "tags": [
          "mock"
        ],
        "summary": "Advance the clock (pending bank payments settle after two business days).",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "advanceDays": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 3650
                  },
                  "advanceMinutes": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5256000
                  },
                  "setTo": {
                    "type": "string",
                    "format": "date-time",
                    "description": "Move the clock to this time; it never moves backwards."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The clock after the change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MockClock"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationFailed"
          }
        }
      }
    },
    "/__mock/payments/{paymentId}/settle": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        }
      ],
      "post": {
        "operationId": "mockSettlePayment",
        "tags": [
          "mock"
        ],
        "summary": "Make the mock gateway settle a pending payment now.",
        "security": [],
        "responses": {
          "200": {
            "description": "The settled payment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Payment"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/__mock/payments/{paymentId}/fail": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PaymentId"
        }
      ],
      "post": {
        "operationId": "mockFailPayment",
        "tags": [
          "mock"
        ],
        "summary": "Make the mock gateway fail a pending payment now (or return a settled bank payment with a code).",
        "security": [],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "returnCode": {
                    "$ref": "#/components/schemas/ReturnCode"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The failed or returned payment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Payment"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/__mock/outbox": {
      "get": {
        "operationId": "mockListOutbox",
        "tags": [
          "mock"
        ],
        "summary": "Emails the mock backend \"sent\" (invitations, receipts, notices), newest first, each as HTML and plain text.",
        "security": [],
        "responses": {
          "200": {
            "description": "The outbox.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/MockEmail"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "A session token (for the mock backend, a persona's token from `/__mock/personas`)."
      }
    },
    "parameters": {
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": true,
        "description": "A unique key per intended operation (a UUID), created once and reused for every retry of it.",
        "schema": {
          "type": "string",
          "minLength": 8,
          "maxLength": 255,
          "pattern": "^[A-Za-z0-9_.:-]+$"
        }
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "description": "Page size (default 50).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 500
        }
      },
      "Cursor": {
        "name": "cursor",
        "in": "query",
        "description": "The `nextCursor` of the previous page.",
        "schema": {
          "type": "string",
          "maxLength": 200
        }
      },
      "InvoiceId": {
        "name": "invoiceId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "MethodId": {
        "name": "methodId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "PaymentId": {
        "name": "paymentId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "PayerId": {
        "name": "payerId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "UserId": {
        "name": "userId",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/Id"
        }
      },
      "InvitationToken": {
        "name": "token",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 8,
          "maxLength": 200
        }
      }
    },
    "headers": {
      "RetryAfter": {
        "description": "Seconds to wait before retrying.",
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      }
    },
    "responses": {
      "ValidationFailed": {
        "description": "`validation_failed`: the request is malformed; `fields` maps each offending field to what is wrong.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Unauthenticated": {
        "description": "`unauthenticated`: no valid bearer token.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Forbidden": {
        "description": "`forbidden` (missing permission, staff-only path), `access_revoked`, `portal_disabled` (ALIS Connect is off), `gateway_disabled` (ALIS Pay is off), or `not_addressee` (paying an invoice addressed to someone else).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "NotFound": {
        "description": "`not_found`: no such resource, or not one the caller may see.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Conflict": {
        "description": "`balance_changed`, `quote_changed`, `quote_expired`, `idempotency_in_progress`, `profile_in_use`, `already_deposited`, `not_settled`, `invalid_state`, `no_credit` or `conflict`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Gone": {
        "description": "`invitation_expired` or `invitation_used`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Unprocessable": {
        "description": "`amount_exceeds_balance`, `idempotency_key_reused`, `method_unusable`, `refund_exceeds_paid`, `not_representable`, `invalid_addressee` or `amount_exceeds_credit`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "`rate_limited`: slow down; honour `Retry-After`.",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "NotImplemented": {
        "description": "`not_implemented`: this backend does not serve the path yet.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    },
    "schemas": {
      "Id": {
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "pattern": "^[A-Za-z0-9_-]+$"
      },
      "CurrencyCode": {
        "type": "string",
        "description": "ISO 4217 code.",
        "pattern": "^[A-Z]{3}$"
      },
      "Money": {
        "type": "object",
        "description": "An amount in integer minor units (cents) of a currency. Never a float. At most ten million dollars either way (1,000,000,000 cents); negative only for a credit.",
        "additionalProperties": false,
        "required": [
          "amountCents",
          "currency"
        ],
        "properties": {
          "amountCents": {
            "type": "integer",
            "minimum": -1000000000,
            "maximum": 1000000000
          },
          "currency": {
            "$ref": "#/components/schemas/CurrencyCode"
          }
        }
      },
      "ErrorCode": {
        "type": "string",
        "enum": [
          "validation_failed",
          "unauthenticated",
          "forbidden",
          "access_revoked",
          "portal_disabled",
          "gateway_disabled",
          "not_addressee",
          "not_found",
          "balance_changed",
          "quote_changed",
          "quote_expired",
          "idempotency_in_progress",
          "conflict",
          "profile_in_use",
          "already_deposited",
          "not_settled",
          "invalid_state",
          "amount_exceeds_balance",
          "idempotency_key_reused",
          "method_unusable",
          "refund_exceeds_paid",
          "not_representable",
          "invalid_addressee",
          "no_credit",
          "amount_exceeds_credit",
          "invitation_expired",
          "invitation_used",
          "payload_too_large",
          "rate_limited",
          "internal_error",
          "not_implemented"
        ]
      },
      "Error": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "$ref": "#/components/schemas/ErrorCode"
          },
          "message": {
            "type": "string",
            "description": "A sentence a payer or staff member can read."
          },
          "fields": {
            "type": "object",
            "description": "For `validation_failed` and field-specific refusals, each offending field (JSON path, e.g. `amountCents` or `billingAddress.postalCode`) mapped to what is wrong with it.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "details": {
            "type": "object",
            "description": "Machine-readable context, e.g. for `balance_changed` the current outstanding total in `currentAmountCents`.",
            "additionalProperties": true
          }
        }
      },
      "Permission": {
        "type": "string",
        "enum": [
          "view_billing",
          "pay_bills",
          "manage_payment_methods",
          "staff_payment_center",
          "staff_access",
          "staff_settings"
        ]
      },
      "UserRole": {
        "type": "string",
        "enum": [
          "payer",
          "staff"
        ]
      },
      "PartyKind": {
        "type": "string",
        "enum": [
          "resident",
          "contact"
        ]
      },
      "PartyRef": {
        "type": "object",
        "description": "A resident or contact — someone an invoice can be addressed to.",
        "additionalProperties": false,
        "required": [
          "id",
          "kind",
          "name",
          "residentId"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "kind": {
            "$ref": "#/components/schemas/PartyKind"
          },
          "name": {
            "type": "string"
          },
          "residentId": {
            "$ref": "#/components/schemas/Id"
          },
          "relationship": {
            "type": [
              "string",
              "null"
            ],
            "description": "For a contact, how they relate to the resident (e.g. \"Son\")."
          }
        }
      },
      "Address": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "line1",
          "city",
          "state",
          "postalCode",
          "country"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "line1": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "line2": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 100
          },
          "city": {
            "type": "string",
            "minLength": 1,
            "maxLength": 60
          },
          "state": {
            "type": "string",
            "minLength": 1,
            "maxLength": 60,
            "description": "For the US, the two-letter state code."
          },
          "postalCode": {
            "type": "string",
            "minLength": 1,
            "maxLength": 12
          },
          "country": {
            "type": "string",
            "pattern": "^[A-Z]{2}$",
            "description": "ISO 3166-1 alpha-2."
          }
        }
      },
      "Resident": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "unit",
          "careLevel",
          "address",
          "contacts"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "unit": {
            "type": "string",
            "description": "Apartment or room."
          },
          "careLevel": {
            "type": "string"
          },
          "address": {
            "$ref": "#/components/schemas/Address"
          },
          "contacts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PartyRef"
            }
          }
        }
      },
      "AllocationPolicy": {
        "type": "string",
        "description": "How Pay Outstanding spreads a payment over open invoices — oldest due date first, most recent first, or left unapplied as a credit for staff to apply.",
        "enum": [
          "oldest_first",
          "newest_first",
          "unapplied_credit"
        ]
      },
      "BillingOffice": {
        "type": "object",
        "description": "Who payers contact about billing; every \"ask the billing office\" sentence names it.",
        "additionalProperties": false,
        "required": [
          "name",
          "phone",
          "email",
          "hours"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "phone": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 40
          },
          "email": {
            "type": [
              "string",
              "null"
            ],
            "format": "email",
            "maxLength": 254
          },
          "hours": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 100,
            "description": "When the office answers, as printed (e.g. \"Monday to Friday, 9 AM to 5 PM\")."
          }
        }
      },
      "CommunitySettings": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "communityName",
          "currency",
          "timeZone",
          "gatewayEnabled",
          "portalEnabled",
          "paymentsEnabled",
          "cardFeeBasisPoints",
          "bankFeeBasisPoints",
          "allocationPolicy",
          "billingOffice",
          "pullNoticeLeadDays",
          "cardFeeFundings",
          "cardFeeFlatCents",
          "cardFeeCapCents",
          "bankFeeFlatCents",
          "bankFeeCapCents",
          "cardSurchargesProhibited",
          "feeOnRefund"
        ],
        "properties": {
          "communityName": {
            "type": "string"
          },
          "currency": {
            "$ref": "#/components/schemas/CurrencyCode"
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone of the community."
          },
          "gatewayEnabled": {
            "type": "boolean",
            "description": "The payment gateway (ALIS Pay) is enabled: methods can be saved and money moved."
          },
          "portalEnabled": {
            "type": "boolean",
            "description": "The resident portal (ALIS Connect) is enabled: payers can sign in and see billing."
          },
          "paymentsEnabled": {
            "type": "boolean",
            "description": "Both are enabled, so payers can pay online."
          },
          "cardFeeBasisPoints": {
            "type": "integer",
            "minimum": 0,
            "maximum": 300,
            "description": "Card convenience fee in basis points (250 = 2.5%), rounded half-up to the cent."
          },
          "bankFeeBasisPoints": {
            "type": "integer",
            "minimum": 0,
            "maximum": 300
          },
          "allocationPolicy": {
            "$ref": "#/components/schemas/AllocationPolicy"
          },
          "billingOffice": {
            "$ref": "#/components/schemas/BillingOffice"
          },
          "pullNoticeLeadDays": {
            "type": "integer",
            "minimum": 1,
            "maximum": 30,
            "description": "How many days before each billing-team pull the payer is emailed its amount, method and date."
          },
          "cardFeeFundings": {
            "type": "array",
            "uniqueItems": true,
            "maxItems": 4,
            "items": {
              "$ref": "#/components/schemas/CardFunding"
            },
            "description": "Which cards pay the card fee; by default credit cards only (card network rules forbid surcharging debit and prepaid cards)."
          },
          "cardFeeFlatCents": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000,
            "description": "A flat part of the card fee, added to the percentage."
          },
          "cardFeeCapCents": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 100000,
            "description": "The most a card fee may be; null for no cap."
          },
          "bankFeeFlatCents": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000,
            "description": "A flat part of the bank account fee, added to the percentage."
          },
          "bankFeeCapCents": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 100000,
            "description": "The most a bank account fee may be; null for no cap."
          },
          "cardSurchargesProhibited": {
            "type": "boolean",
            "description": "The community says card surcharges are not allowed in its state: no card pays a fee, whatever else is set. A setting, not legal advice."
          },
          "feeOnRefund": {
            "$ref": "#/components/schemas/FeeOnRefund"
          }
        }
      },
      "FeeOnRefund": {
        "type": "string",
        "description": "Whether a refund gives back the convenience fee: `kept` (never), or `refunded` (in proportion, the refund that completes the payment giving back the rest).",
        "enum": [
          "kept",
          "refunded"
        ]
      },
      "UpdateSettingsRequest": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "gatewayEnabled": {
            "type": "boolean"
          },
          "portalEnabled": {
            "type": "boolean"
          },
          "cardFeeBasisPoints": {
            "type": "integer",
            "minimum": 0,
            "maximum": 300
          },
          "bankFeeBasisPoints": {
            "type": "integer",
            "minimum": 0,
            "maximum": 300
          },
          "allocationPolicy": {
            "$ref": "#/components/schemas/AllocationPolicy"
          },
          "billingOffice": {
            "$ref": "#/components/schemas/BillingOffice"
          },
          "pullNoticeLeadDays": {
            "type": "integer",
            "minimum": 1,
            "maximum": 30
          },
          "cardFeeFundings": {
            "type": "array",
            "uniqueItems": true,
            "maxItems": 4,
            "items": {
              "$ref": "#/components/schemas/CardFunding"
            }
          },
          "cardFeeFlatCents": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000
          },
          "cardFeeCapCents": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 100000
          },
          "bankFeeFlatCents": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000
          },
          "bankFeeCapCents": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 100000
          },
          "cardSurchargesProhibited": {
            "type": "boolean"
          },
          "feeOnRefund": {
            "$ref": "#/components/schemas/FeeOnRefund"
          }
        }
      },
      "PublicCommunity": {
        "type": "object",
        "description": "What the \"How to pay bills\" guide needs, readable without signing in.",
        "additionalProperties": false,
        "required": [
          "communityName",
          "currency",
          "timeZone",
          "billingOffice",
          "portalEnabled",
          "gatewayEnabled",
          "cardFeeBasisPoints",
          "bankFeeBasisPoints",
          "allocationPolicy",
          "billingTeamPulls",
          "pullNoticeLeadDays",
          "cardFeeFundings",
          "cardFeeFlatCents",
          "cardFeeCapCents",
          "bankFeeFlatCents",
          "bankFeeCapCents",
          "cardSurchargesProhibited",
          "feeOnRefund"
        ],
        "properties": {
          "communityName": {
            "type": "string"
          },
          "currency": {
            "$ref": "#/components/schemas/CurrencyCode"
          },
          "timeZone": {
            "type": "string"
          },
          "billingOffice": {
            "$ref": "#/components/schemas/BillingOffice"
          },
          "portalEnabled": {
            "type": "boolean",
            "description": "Families can sign in to see billing."
          },
          "gatewayEnabled": {
            "type": "boolean",
            "description": "Cards and bank accounts can be saved and used."
          },
          "cardFeeBasisPoints": {
            "type": "integer",
            "minimum": 0,
            "maximum": 300
          },
          "bankFeeBasisPoints": {
            "type": "integer",
            "minimum": 0,
            "maximum": 300
          },
          "allocationPolicy": {
            "$ref": "#/components/schemas/AllocationPolicy"
          },
          "billingTeamPulls": {
            "type": "boolean",
            "description": "The billing team can collect on an agreed day from a method the payer authorizes (needs the gateway)."
          },
          "pullNoticeLeadDays": {
            "type": "integer",
            "minimum": 1,
            "maximum": 30
          },
          "cardFeeFundings": {
            "type": "array",
            "uniqueItems": true,
            "maxItems": 4,
            "items": {
              "$ref": "#/components/schemas/CardFunding"
            },
            "description": "Which cards pay the card fee, so the guide does not promise a fee to a debit card."
          },
          "cardFeeFlatCents": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000
          },
          "cardFeeCapCents": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 100000
          },
          "bankFeeFlatCents": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000
          },
          "bankFeeCapCents": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 100000
          },
          "cardSurchargesProhibited": {
            "type": "boolean"
          },
          "feeOnRefund": {
            "$ref": "#/components/schemas/FeeOnRefund"
          }
        }
      },
      "User": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "email",
          "displayName",
          "role",
          "profileId",
          "partyId"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "email": {
            "type": "string",
            "format": "email"
          },
          "displayName": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/UserRole"
          },
          "profileId": {
            "$ref": "#/components/schemas/Id"
          },
          "partyId": {
            "description": "The resident or contact this payer is; null for staff.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Id"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "ResidentRef": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "unit"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "unit": {
            "type": "string"
          }
        }
      },
      "Me": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "user",
          "party",
          "resident",
          "residentAddress",
          "permissions",
          "community"
        ],
        "properties": {
          "user": {
            "$ref": "#/components/schemas/User"
          },
          "party": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/PartyRef"
              },
              {
                "type": "null"
              }
            ]
          },
          "resident": {
            "description": "The resident whose billing the payer's profile concerns; null for staff.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/ResidentRef"
              },
              {
                "type": "null"
              }
            ]
          },
          "residentAddress": {
            "description": "The postal address of the resident the payer pays for (offered as \"same as the resident's address\" on billing forms); null for staff.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Address"
              },
              {
                "type": "null"
              }
            ]
          },
          "permissions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Permission"
            }
          },
          "community": {
            "$ref": "#/components/schemas/CommunitySettings"
          }
        }
      },
      "InvoiceStatus": {
        "type": "string",
        "description": "`open` nothing paid yet; `partially_paid`; `paid` nothing due; `credit` more was paid than billed (a negative balance staff recorded).",
        "enum": [
          "open",
          "partially_paid",
          "paid",
          "credit"
        ]
      },
      "InvoiceStatusFilter": {
        "type": "string",
        "enum": [
          "open",
          "paid",
          "all"
        ]
      },
      "LineItemCategory": {
        "type": "string",
        "enum": [
          "rent",
          "care_level",
          "medication_management",
          "pharmacy",
          "guest_meals",
          "late_fee",
          "other",
          "credit"
        ]
      },
      "LineItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "description",
          "category",
          "quantity",
          "unitAmount",
          "amount"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "description": {
            "type": "string"
          },
          "category": {
            "$ref": "#/components/schemas/LineItemCategory"
          },
          "serviceDate": {
            "type": [
              "string",
              "null"
            ],
            "format": "date"
          },
          "quantity": {
            "type": "integer",
            "minimum": 1
          },
          "unitAmount": {
            "$ref": "#/components/schemas/Money"
          },
          "amount": {
            "$ref": "#/components/schemas/Money"
          }
        }
      },
      "Invoice": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "number",
          "residentId",
          "residentName",
          "addressee",
          "periodStart",
          "periodEnd",
          "issueDate",
          "dueDate",
          "total",
          "paid",
          "balance",
          "status",
          "overdue",
          "lineItems"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "number": {
            "type": "string",
            "description": "The number printed on the invoice, e.g. \"INV-2026-0114\"."
          },
          "residentId": {
            "$ref": "#/components/schemas/Id"
          },
          "residentName": {
            "type": "string"
          },
          "addressee": {
            "$ref": "#/components/schemas/PartyRef"
          },
          "periodStart": {
            "type": "string",
            "format": "date"
          },
          "periodEnd": {
            "type": "string",
            "format": "date"
          },
          "issueDate": {
            "type": "string",
            "format": "date"
          },
          "dueDate": {
            "type": "string",
            "format": "date"
          },
          "total": {
            "$ref": "#/components/schemas/Money"
          },
          "paid": {
            "$ref": "#/components/schemas/Money",
            "description": "Allocated to this invoice, net of reversals."
          },
          "balance": {
            "$ref": "#/components/schemas/Money",
            "description": "total − paid; negative only where staff recorded a credit."
          },
          "status": {
            "$ref": "#/components/schemas/InvoiceStatus"
          },
          "overdue": {
            "type": "boolean",
            "description": "A balance is due and the due date has passed (community clock)."
          },
          "lineItems": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/LineItem"
            }
          }
        }
      },
      "InvoicePage": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Invoice"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "OutstandingInvoice": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "invoiceId",
          "number",
          "dueDate",
          "balance",
          "overdue"
        ],
        "properties": {
          "invoiceId": {
            "$ref": "#/components/schemas/Id"
          },
          "number": {
            "type": "string"
          },
          "dueDate": {
            "type": "string",
            "format": "date"
          },
          "balance": {
            "$ref": "#/components/schemas/Money"
          },
          "overdue": {
            "type": "boolean",
            "description": "The due date has passed (community clock)."
          }
        }
      },
      "Outstanding": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "total",
          "unappliedCredit",
          "invoices",
          "allocationPolicy",
          "arrangement",
          "dueToOthers"
        ],
        "properties": {
          "total": {
            "$ref": "#/components/schemas/Money",
            "description": "What Pay Outstanding charges: the open invoices' balances less `unappliedCredit`, never below zero. Send it back as `amountCents` and `expectedAmountCents`."
          },
          "unappliedCredit": {
            "$ref": "#/components/schemas/Money",
            "description": "Credit the payer already holds from payments left unapplied (the `unapplied_credit` allocation policy), net of refunds; zero when there is none."
          },
          "invoices": {
            "type": "array",
            "description": "The open invoices in the order the allocation policy settles them.",
            "items": {
              "$ref": "#/components/schemas/OutstandingInvoice"
            }
          },
          "allocationPolicy": {
            "$ref": "#/components/schemas/AllocationPolicy"
          },
          "arrangement": {
            "$ref": "#/components/schemas/ArrangementView"
          },
          "dueToOthers": {
            "description": "What else is open on the resident's account, addressed to other people, so nobody takes their own balance for the account's. Null when the user's profile does not let them see the resident's billing (`view_billing`).",
            "oneOf": [
              {
                "$ref": "#/components/schemas/DueToOthers"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "DueToOthers": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "total",
          "addressees"
        ],
        "properties": {
          "total": {
            "$ref": "#/components/schemas/Money"
          },
          "addressees": {
            "type": "array",
            "description": "Each other addressee with an open balance, largest first.",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "party",
                "balance",
                "invoiceCount"
              ],
              "properties": {
                "party": {
                  "$ref": "#/components/schemas/PartyRef"
                },
                "balance": {
                  "$ref": "#/components/schemas/Money"
                },
                "invoiceCount": {
                  "type": "integer",
                  "minimum": 1
                }
              }
            }
          }
        }
      },
      "PaymentMethodType": {
        "type": "string",
        "enum": [
          "card",
          "bank_account"
        ]
      },
      "PaymentMethodStatus": {
        "type": "string",
        "description": "`blocked` after a bank return that blocks the account (R02, R03, R04, R07, R10, R29).",
        "enum": [
          "active",
          "blocked"
        ]
      },
      "CardBrand": {
        "type": "string",
        "enum": [
          "visa",
          "mastercard",
          "amex",
          "discover",
          "diners",
          "jcb",
          "unionpay",
          "unknown"
        ]
      },
      "CardFunding": {
        "type": "string",
        "description": "How the card is funded, as the card network reports it (Stripe `card.funding`); which of these pay a fee is a setting.",
        "enum": [
          "credit",
          "debit",
          "prepaid",
          "unknown"
        ]
      },
      "CardDetails": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "brand",
          "last4",
          "expMonth",
          "expYear"
        ],
        "properties": {
          "brand": {
            "$ref": "#/components/schemas/CardBrand"
          },
          "last4": {
            "type": "string",
            "pattern": "^[0-9]{4}$"
          },
          "expMonth": {
            "type": "integer",
            "minimum": 1,
            "maximum": 12
          },
          "expYear": {
            "type": "integer",
            "minimum": 2000,
            "maximum": 2100
          },
          "funding": {
            "$ref": "#/components/schemas/CardFunding",
            "description": "Always present on a saved method; a request without it saves the card as `unknown`."
          }
        }
      },
      "BankAccountType": {
        "type": "string",
        "enum": [
          "checking",
          "savings"
        ]
      },
      "BankAccountDetails": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "bankName",
          "accountType",
          "holderName",
          "routingNumber",
          "last4"
        ],
        "properties": {
          "bankName": {
            "type": [
              "string",
              "null"
            ]
          },
          "accountType": {
            "$ref": "#/components/schemas/BankAccountType"
          },
          "holderName": {
            "type": "string"
          },
          "routingNumber": {
            "type": "string",
            "pattern": "^[0-9]{9}$",
            "description": "The routing number is not secret and is kept whole."
          },
          "last4": {
            "type": "string",
            "pattern": "^[0-9]{4}$",
            "description": "The only digits of the account number ever returned."
          }
        }
      },
      "RecurringAuthorization": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "authorizedAt",
          "authorizedBy"
        ],
        "properties": {
          "authorizedAt": {
            "type": "string",
            "format": "date-time"
          },
          "authorizedBy": {
            "type": "string",
            "description": "Name of the payer who authorized."
          }
        }
      },
      "MethodBlock": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "returnCode",
          "reason",
          "blockedAt"
        ],
        "properties": {
          "returnCode": {
            "$ref": "#/components/schemas/ReturnCode"
          },
          "reason": {
            "type": "string"
          },
          "blockedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "PaymentMethod": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "ownerPartyId",
          "type",
          "label",
          "nickname",
          "isDefault",
          "status",
          "usable",
          "unusableReason",
          "recurringAuthorization",
          "usedByArrangement",
          "billingAddress",
          "card",
          "bankAccount",
          "block",
          "createdAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "ownerPartyId": {
            "$ref": "#/components/schemas/Id"
          },
          "type": {
            "$ref": "#/components/schemas/PaymentMethodType"
          },
          "label": {
            "type": "string",
            "description": "A masked description, e.g. \"Visa •••• 4242\" or \"Checking •••• 6789\"."
          },
          "nickname": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 40
          },
          "isDefault": {
            "type": "boolean"
          },
          "status": {
            "$ref": "#/components/schemas/PaymentMethodStatus"
          },
          "usable": {
            "type": "boolean",
            "description": "Active, not expired and not blocked: can pay now."
          },
          "unusableReason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why it cannot pay now, in words."
          },
          "recurringAuthorization": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/RecurringAuthorization"
              },
              {
                "type": "null"
              }
            ]
          },
          "usedByArrangement": {
            "type": "boolean",
            "description": "The billing team's arrangement pulls from it; withdrawing its authorization or removing it ends that arrangement."
          },
          "billingAddress": {
            "$ref": "#/components/schemas/Address"
          },
          "card": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/CardDetails"
              },
              {
                "type": "null"
              }
            ]
          },
          "bankAccount": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/BankAccountDetails"
              },
              {
                "type": "null"
              }
            ]
          },
          "block": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/MethodBlock"
              },
              {
                "type": "null"
              }
            ]
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "arrangementEnded": {
            "$ref": "#/components/schemas/ArrangementEnded",
            "description": "Only in the answer to the change that ended the billing team's pulls from this method."
          }
        }
      },
      "RemovedPaymentMethod": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "methodId",
          "arrangementEnded"
        ],
        "properties": {
          "methodId": {
            "$ref": "#/components/schemas/Id"
          },
          "arrangementEnded": {
            "description": "Set when removing the method ended the billing team's pulls.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/ArrangementEnded"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "ArrangementEnded": {
        "type": "object",
        "description": "The payer ended the billing team's pulls by withdrawing a pulled method's authorization or removing it. The whole arrangement fell back to self-pay; pulls already submitted stand.",
        "additionalProperties": false,
        "required": [
          "endedAt",
          "endedBy",
          "reason",
          "method",
          "firstSkippedPullDate"
        ],
        "properties": {
          "endedAt": {
            "type": "string",
            "format": "date-time"
          },
          "endedBy": {
            "type": "string",
            "description": "The payer user's name."
          },
          "reason": {
            "type": "string",
            "enum": [
              "authorization_withdrawn",
              "method_removed"
            ]
          },
          "method": {
            "$ref": "#/components/schemas/MethodSummary"
          },
          "firstSkippedPullDate": {
            "type": "string",
            "format": "date",
            "description": "The first pull that no longer happens."
          }
        }
      },
      "CreateCardMethodRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "token",
          "card",
          "billingAddress"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "card"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "token": {
            "type": "string",
            "minLength": 4,
            "maxLength": 255,
            "description": "The tokenizer's payment-method token (never a card number)."
          },
          "setupIntentId": {
            "type": "string",
            "maxLength": 255
          },
          "card": {
            "$ref": "#/components/schemas/CardDetails"
          },
          "billingAddress": {
            "$ref": "#/components/schemas/Address"
          },
          "nickname": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 40
          },
          "makeDefault": {
            "type": "boolean"
          },
          "authorizeRecurring": {
            "type": "boolean"
          }
        }
      },
      "CreateBankAccountMethodRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "holderName",
          "accountType",
          "routingNumber",
          "accountNumber",
          "billingAddress"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "bank_account"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "holderName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "accountType": {
            "$ref": "#/components/schemas/BankAccountType"
          },
          "routingNumber": {
            "type": "string",
            "pattern": "^[0-9]{9}$",
            "description": "Must pass the ABA checksum."
          },
          "accountNumber": {
            "type": "string",
            "pattern": "^[0-9]{4,17}$",
            "description": "Never stored or returned whole: only its last four digits survive."
          },
          "billingAddress": {
            "$ref": "#/components/schemas/Address"
          },
          "nickname": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 40
          },
          "makeDefault": {
            "type": "boolean"
          },
          "authorizeRecurring": {
            "type": "boolean"
          }
        }
      },
      "CreatePaymentMethodRequest": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/CreateCardMethodRequest"
          },
          {
            "$ref": "#/components/schemas/CreateBankAccountMethodRequest"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "card": "#/components/schemas/CreateCardMethodRequest",
            "bank_account": "#/components/schemas/CreateBankAccountMethodRequest"
          }
        }
      },
      "UpdatePaymentMethodRequest": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "nickname": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 40
          },
          "isDefault": {
            "type": "boolean",
            "description": "true makes it the default (the previous default loses it); false leaves the payer without one."
          },
          "recurringAuthorization": {
            "type": "boolean",
            "description": "true grants \"use for recurring payments\" now; false withdraws it (ending the billing team's arrangement that pulls from it)."
          }
        }
      },
      "SetupIntent": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "provider",
          "clientSecret",
          "publishableKey"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "provider": {
            "type": "string",
            "enum": [
              "stripe",
              "test"
            ]
          },
          "clientSecret": {
            "type": "string"
          },
          "publishableKey": {
            "type": "string"
          }
        }
      },
      "PaymentTarget": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/InvoiceTarget"
          },
          {
            "$ref": "#/components/schemas/OutstandingTarget"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "invoice": "#/components/schemas/InvoiceTarget",
            "outstanding": "#/components/schemas/OutstandingTarget"
          }
        }
      },
      "InvoiceTarget": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "invoiceId"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "invoice"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "invoiceId": {
            "$ref": "#/components/schemas/Id"
          }
        }
      },
      "OutstandingTarget": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "outstanding"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          }
        }
      },
      "QuoteId": {
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "description": "Names a quote and commits to its terms (payer, method, amounts, fee, allocation, expiry): a\ndigest, not a stored record, so an unknown or altered id simply does not match and is\nanswered with `quote_changed`.\n"
      },
      "QuotePaymentRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "methodId",
          "target",
          "amountCents",
          "currency"
        ],
        "properties": {
          "methodId": {
            "$ref": "#/components/schemas/Id"
          },
          "target": {
            "$ref": "#/components/schemas/PaymentTarget"
          },
          "amountCents": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000000,
            "description": "What is applied to invoices; any fee is charged on top."
          },
          "currency": {
            "$ref": "#/components/schemas/CurrencyCode"
          },
          "expectedAmountCents": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000000,
            "description": "Pay Outstanding: the total the payer reviewed; a different current total is refused with balance_changed."
          }
        }
      },
      "CreatePaymentRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "quoteId",
          "methodId",
          "target",
          "amountCents",
          "currency"
        ],
        "properties": {
          "quoteId": {
            "$ref": "#/components/schemas/QuoteId",
            "description": "The quote the payer reviewed (`POST /payments/quote`); its terms are what may be charged."
          },
          "methodId": {
            "$ref": "#/components/schemas/Id"
          },
          "target": {
            "$ref": "#/components/schemas/PaymentTarget"
          },
          "amountCents": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000000,
            "description": "What is applied to invoices; any fee is charged on top."
          },
          "currency": {
            "$ref": "#/components/schemas/CurrencyCode"
          },
          "expectedAmountCents": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000000,
            "description": "Pay Outstanding: the total the payer reviewed; a different current total is refused with balance_changed."
          }
        }
      },
      "Allocation": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "invoiceId",
          "invoiceNumber",
          "amount"
        ],
        "properties": {
          "invoiceId": {
            "$ref": "#/components/schemas/Id"
          },
          "invoiceNumber": {
            "type": "string"
          },
          "amount": {
            "$ref": "#/components/schemas/Money"
          }
        }
      },
      "MethodSummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "type",
          "label"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "type": {
            "$ref": "#/components/schemas/PaymentMethodType"
          },
          "label": {
            "type": "string"
          }
        }
      },
      "PaymentQuote": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "quoteId",
          "expiresAt",
          "amount",
          "fee",
          "feeBasisPoints",
          "feeRule",
          "totalCharged",
          "allocations",
          "unapplied",
          "method",
          "authorizationText"
        ],
        "properties": {
          "quoteId": {
            "$ref": "#/components/schemas/QuoteId"
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time",
            "description": "Fifteen minutes after the quote was made; later, `POST /payments` answers `quote_expired`."
          },
          "amount": {
            "$ref": "#/components/schemas/Money"
          },
          "fee": {
            "$ref": "#/components/schemas/Money"
          },
          "feeBasisPoints": {
            "type": "integer",
            "minimum": 0,
            "maximum": 300
          },
          "feeRule": {
            "type": "string",
            "description": "The fee rule that applied, in a sentence, e.g. \"Debit cards pay no convenience fee.\""
          },
          "totalCharged": {
            "$ref": "#/components/schemas/Money"
          },
          "allocations": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Allocation"
            }
          },
          "unapplied": {
            "$ref": "#/components/schemas/Money",
            "description": "Left as a credit under the `unapplied_credit` policy."
          },
          "method": {
            "$ref": "#/components/schemas/MethodSummary"
          },
          "authorizationText": {
            "type": "string",
            "description": "The words the payer agrees to by submitting."
          }
        }
      },
      "PaymentStatus": {
        "type": "string",
        "enum": [
          "pending",
          "succeeded",
          "failed",
          "returned",
          "partially_refunded",
          "refunded",
          "voided"
        ]
      },
      "PaymentSource": {
        "type": "string",
        "enum": [
          "portal",
          "staff_pull"
        ]
      },
      "ReturnCode": {
        "type": "string",
        "description": "Nacha return codes: R01 insufficient funds and R09 uncollected funds may be presented again\n(at most twice); R02 account closed, R03 no account, R04 invalid account number, R07\nauthorization revoked, R10 unauthorized, R29 corporate not authorized block the method.\n",
        "enum": [
          "R01",
          "R02",
          "R03",
          "R04",
          "R07",
          "R09",
          "R10",
          "R29"
        ]
      },
      "Actor": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "userId",
          "name",
          "role"
        ],
        "properties": {
          "userId": {
            "type": [
              "string",
              "null"
            ],
            "description": "null for the system (gateway, clock)."
          },
          "name": {
            "type": "string"
          },
          "role": {
            "type": "string",
            "enum": [
              "payer",
              "staff",
              "system"
            ]
          }
        }
      },
      "AuditEntry": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "at",
          "actor",
          "action",
          "detail"
        ],
        "properties": {
          "at": {
            "type": "string",
            "format": "date-time"
          },
          "actor": {
            "$ref": "#/components/schemas/Actor"
          },
          "action": {
            "type": "string",
            "enum": [
              "submitted",
              "succeeded",
              "failed",
              "deposited",
              "voided",
              "refunded",
              "returned",
              "represented",
              "credit_applied"
            ]
          },
          "detail": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "Refund": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "amount",
          "fee",
          "reason",
          "createdAt",
          "createdBy"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "amount": {
            "$ref": "#/components/schemas/Money"
          },
          "fee": {
            "$ref": "#/components/schemas/Money",
            "description": "The part of the convenience fee this refund gave back (zero when the community keeps fees); paid back on top of `amount`."
          },
          "reason": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdBy": {
            "$ref": "#/components/schemas/Actor"
          }
        }
      },
      "PaymentReturn": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "description",
          "returnedAt",
          "representable",
          "presentmentCount"
        ],
        "properties": {
          "code": {
            "$ref": "#/components/schemas/ReturnCode"
          },
          "description": {
            "type": "string"
          },
          "returnedAt": {
            "type": "string",
            "format": "date-time"
          },
          "representable": {
            "type": "boolean",
            "description": "R01/R09 returned fewer than three presentments in all."
          },
          "presentmentCount": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "PaymentFailure": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "e.g. card_declined, insufficient_funds, expired_card."
          },
          "message": {
            "type": "string"
          }
        }
      },
      "Payment": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "reference",
          "payer",
          "residentId",
          "residentName",
          "source",
          "method",
          "amount",
          "fee",
          "totalCharged",
          "refundedTotal",
          "status",
          "failure",
          "allocations",
          "unapplied",
          "creditApplications",
          "creditLeft",
          "refunds",
          "return",
          "representmentOf",
          "depositId",
          "depositReference",
          "depositableOn",
          "createdAt",
          "createdBy",
          "updatedAt",
          "history"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "reference": {
            "type": "string",
            "description": "The receipt number, e.g. \"PAY-20261125-0007\"."
          },
          "payer": {
            "$ref": "#/components/schemas/PartyRef"
          },
          "residentId": {
            "$ref": "#/components/schemas/Id"
          },
          "residentName": {
            "type": "string"
          },
          "source": {
            "$ref": "#/components/schemas/PaymentSource"
          },
          "method": {
            "$ref": "#/components/schemas/MethodSummary"
          },
          "amount": {
            "$ref": "#/components/schemas/Money",
            "description": "Applied to invoices (or left unapplied); excludes the fee."
          },
          "fee": {
            "$ref": "#/components/schemas/Money"
          },
          "totalCharged": {
            "$ref": "#/components/schemas/Money"
          },
          "refundedTotal": {
            "$ref": "#/components/schemas/Money"
          },
          "status": {
            "$ref": "#/components/schemas/PaymentStatus"
          },
          "failure": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/PaymentFailure"
              },
              {
                "type": "null"
              }
            ]
          },
          "allocations": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Allocation"
            }
          },
          "unapplied": {
            "$ref": "#/components/schemas/Money"
          },
          "creditApplications": {
            "type": "array",
            "description": "Where the billing office applied this payment's unapplied credit, oldest first.",
            "items": {
              "$ref": "#/components/schemas/CreditApplication"
            }
          },
          "creditLeft": {
            "$ref": "#/components/schemas/Money",
            "description": "What is left of `unapplied` as credit on account: less what was applied and what refunds took from it; zero once the payment no longer counts (failed, voided, returned)."
          },
          "refunds": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Refund"
            }
          },
          "return": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/PaymentReturn"
              },
              {
                "type": "null"
              }
            ]
          },
          "representmentOf": {
            "type": [
              "string",
              "null"
            ],
            "description": "The returned payment this one presents again."
          },
          "quoteId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The quote the payment was made under (null for payments made without one: imported history, re-presentments)."
          },
          "depositId": {
            "type": [
              "string",
              "null"
            ]
          },
          "depositReference": {
            "type": [
              "string",
              "null"
            ],
            "description": "The reference of the deposit holding it, e.g. \"DEP-20261106\"; what people are shown instead of `depositId`."
          },
          "depositableOn": {
            "type": [
              "string",
              "null"
            ],
            "format": "date",
            "description": "For a bank debit still settling: the community date it settles and can be deposited. Null otherwise."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdBy": {
            "$ref": "#/components/schemas/Actor"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "history": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AuditEntry"
            }
          }
        }
      },
      "PaymentPage": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Payment"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "ReasonRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "reason"
        ],
        "properties": {
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          }
        }
      },
      "RefundRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "amountCents",
          "currency",
          "reason"
        ],
        "properties": {
          "amountCents": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000000
          },
          "currency": {
            "$ref": "#/components/schemas/CurrencyCode"
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          }
        }
      },
      "CreditApplication": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "invoiceId",
          "invoiceNumber",
          "amount",
          "appliedAt",
          "appliedBy"
        ],
        "description": "Part of a payment's unapplied credit that the billing office applied to one invoice.",
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "invoiceId": {
            "$ref": "#/components/schemas/Id"
          },
          "invoiceNumber": {
            "type": "string"
          },
          "amount": {
            "$ref": "#/components/schemas/Money"
          },
          "appliedAt": {
            "type": "string",
            "format": "date-time"
          },
          "appliedBy": {
            "$ref": "#/components/schemas/Actor"
          }
        }
      },
      "CreditApplicationRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "currency"
        ],
        "properties": {
          "currency": {
            "$ref": "#/components/schemas/CurrencyCode"
          },
          "allocations": {
            "type": "array",
            "description": "Omit to apply the credit in the allocation policy's order; otherwise where each amount goes.",
            "minItems": 1,
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/CreditAllocationInput"
            }
          }
        }
      },
      "CreditAllocationInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "invoiceId",
          "amountCents"
        ],
        "properties": {
          "invoiceId": {
            "$ref": "#/components/schemas/Id"
          },
          "amountCents": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000000
          }
        }
      },
      "CreditApplicationLine": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "invoiceId",
          "invoiceNumber",
          "amount",
          "paymentId",
          "paymentReference"
        ],
        "properties": {
          "invoiceId": {
            "$ref": "#/components/schemas/Id"
          },
          "invoiceNumber": {
            "type": "string"
          },
          "amount": {
            "$ref": "#/components/schemas/Money"
          },
          "paymentId": {
            "$ref": "#/components/schemas/Id"
          },
          "paymentReference": {
            "type": "string",
            "description": "The payment whose credit was drawn on."
          }
        }
      },
      "CreditApplicationResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "payer",
          "applied",
          "applications",
          "creditLeft",
          "outstanding"
        ],
        "properties": {
          "payer": {
            "$ref": "#/components/schemas/PartyRef"
          },
          "applied": {
            "$ref": "#/components/schemas/Money"
          },
          "applications": {
            "type": "array",
            "description": "One line per invoice and payment drawn on, in the order applied.",
            "items": {
              "$ref": "#/components/schemas/CreditApplicationLine"
            }
          },
          "creditLeft": {
            "$ref": "#/components/schemas/Money"
          },
          "outstanding": {
            "$ref": "#/components/schemas/Money",
            "description": "What the payer owes after the application (open balances less the credit left)."
          }
        }
      },
      "ReturnRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "reason"
        ],
        "properties": {
          "code": {
            "$ref": "#/components/schemas/ReturnCode"
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          }
        }
      },
      "CreateDepositRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "paymentIds"
        ],
        "properties": {
          "paymentIds": {
            "type": "array",
            "minItems": 1,
            "maxItems": 5000,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/Id"
            }
          }
        }
      },
      "Deposit": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "reference",
          "total",
          "adjustments",
          "adjustmentsTotal",
          "net",
          "paymentCount",
          "paymentIds",
          "createdAt",
          "createdBy"
        ],
        "description": "A batch of settled payments taken to the bank. It is never rewritten: a return or refund of one of its payments afterwards is an adjustment, and `net` is what the bank keeps.",
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "reference": {
            "type": "string"
          },
          "total": {
            "$ref": "#/components/schemas/Money",
            "description": "What its payments charged when deposited (amount plus fee of each)."
          },
          "adjustments": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DepositAdjustment"
            }
          },
          "adjustmentsTotal": {
            "$ref": "#/components/schemas/Money",
            "description": "What left the bank again through its adjustments."
          },
          "net": {
            "$ref": "#/components/schemas/Money",
            "description": "`total` less `adjustmentsTotal`."
          },
          "paymentCount": {
            "type": "integer",
            "minimum": 1
          },
          "paymentIds": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Id"
            }
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdBy": {
            "$ref": "#/components/schemas/Actor"
          }
        }
      },
      "DepositAdjustmentKind": {
        "type": "string",
        "enum": [
          "return",
          "refund"
        ]
      },
      "DepositAdjustment": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "kind",
          "paymentId",
          "paymentReference",
          "returnCode",
          "reason",
          "amount",
          "createdAt"
        ],
        "description": "Money that left the bank after the deposit: a bank return (the whole debit, amount plus fee) or a refund (what was refunded).",
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "kind": {
            "$ref": "#/components/schemas/DepositAdjustmentKind"
          },
          "paymentId": {
            "$ref": "#/components/schemas/Id"
          },
          "paymentReference": {
            "type": "string"
          },
          "returnCode": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ReturnCode"
              },
              {
                "type": "null"
              }
            ]
          },
          "reason": {
            "type": "string",
            "description": "The return code's meaning, or the refund's reason."
          },
          "amount": {
            "$ref": "#/components/schemas/Money"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "DepositReportLine": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "paymentId",
          "paymentReference",
          "payerName",
          "residentName",
          "methodLabel",
          "status",
          "amount",
          "fee",
          "charged",
          "adjustments",
          "net"
        ],
        "properties": {
          "paymentId": {
            "$ref": "#/components/schemas/Id"
          },
          "paymentReference": {
            "type": "string"
          },
          "payerName": {
            "type": "string"
          },
          "residentName": {
            "type": "string"
          },
          "methodLabel": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/PaymentStatus"
          },
          "amount": {
            "$ref": "#/components/schemas/Money",
            "description": "Applied to invoices; excludes the fee."
          },
          "fee": {
            "$ref": "#/components/schemas/Money"
          },
          "charged": {
            "$ref": "#/components/schemas/Money",
            "description": "Amount plus fee, as deposited."
          },
          "adjustments": {
            "$ref": "#/components/schemas/Money",
            "description": "What its returns and refunds after the deposit took back."
          },
          "net": {
            "$ref": "#/components/schemas/Money"
          }
        }
      },
      "DepositReportTotals": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "amount",
          "fee",
          "charged",
          "adjustments",
          "net"
        ],
        "properties": {
          "amount": {
            "$ref": "#/components/schemas/Money"
          },
          "fee": {
            "$ref": "#/components/schemas/Money"
          },
          "charged": {
            "$ref": "#/components/schemas/Money"
          },
          "adjustments": {
            "$ref": "#/components/schemas/Money"
          },
          "net": {
            "$ref": "#/components/schemas/Money"
          }
        }
      },
      "DepositReport": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "deposit",
          "communityName",
          "timeZone",
          "lines",
          "totals"
        ],
        "properties": {
          "deposit": {
            "$ref": "#/components/schemas/Deposit"
          },
          "communityName": {
            "type": "string"
          },
          "timeZone": {
            "type": "string",
            "description": "The community's IANA time zone, in which the report's dates are meant."
          },
          "lines": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DepositReportLine"
            }
          },
          "totals": {
            "$ref": "#/components/schemas/DepositReportTotals"
          }
        }
      },
      "DepositPage": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Deposit"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "ArrangementPart": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "methodId"
        ],
        "description": "One method of a pull: by fixed `amountCents`, or by `basisPoints` of the outstanding balance (10000 = 100%). A single-method arrangement has one part with neither.",
        "properties": {
          "methodId": {
            "$ref": "#/components/schemas/Id"
          },
          "amountCents": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000000
          },
          "basisPoints": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10000
          }
        }
      },
      "SelfPayArrangement": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "mode"
        ],
        "properties": {
          "mode": {
            "type": "string",
            "enum": [
              "self_pay"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          }
        }
      },
      "BillingTeamPullsArrangement": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "mode",
          "dayOfMonth",
          "split",
          "parts"
        ],
        "properties": {
          "mode": {
            "type": "string",
            "enum": [
              "billing_team_pulls"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "dayOfMonth": {
            "type": "integer",
            "minimum": 1,
            "maximum": 28
          },
          "split": {
            "type": "string",
            "enum": [
              "single",
              "fixed_amounts",
              "percentages"
            ]
          },
          "parts": {
            "type": "array",
            "minItems": 1,
            "maxItems": 4,
            "items": {
              "$ref": "#/components/schemas/ArrangementPart"
            }
          }
        }
      },
      "Arrangement": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/SelfPayArrangement"
          },
          {
            "$ref": "#/components/schemas/BillingTeamPullsArrangement"
          }
        ],
        "discriminator": {
          "propertyName": "mode",
          "mapping": {
            "self_pay": "#/components/schemas/SelfPayArrangement",
            "billing_team_pulls": "#/components/schemas/BillingTeamPullsArrangement"
          }
        }
      },
      "ArrangementView": {
        "type": "object",
        "description": "The arrangement as a payer or staff member reads it, with method labels and the next pull date.",
        "additionalProperties": false,
        "required": [
          "mode",
          "dayOfMonth",
          "split",
          "parts",
          "nextPullDate",
          "advanceNotice",
          "updatedAt",
          "ended"
        ],
        "properties": {
          "mode": {
            "type": "string",
            "enum": [
              "self_pay",
              "billing_team_pulls"
            ]
          },
          "dayOfMonth": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 28
          },
          "split": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "single",
              "fixed_amounts",
              "percentages",
              null
            ]
          },
          "parts": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "method",
                "amountCents",
                "basisPoints"
              ],
              "properties": {
                "method": {
                  "$ref": "#/components/schemas/MethodSummary"
                },
                "amountCents": {
                  "type": [
                    "integer",
                    "null"
                  ],
                  "minimum": 1,
                  "maximum": 1000000000
                },
                "basisPoints": {
                  "type": [
                    "integer",
                    "null"
                  ]
                }
              }
            }
          },
          "nextPullDate": {
            "type": [
              "string",
              "null"
            ],
            "format": "date"
          },
          "advanceNotice": {
            "description": "The email that told the payer about the next pull, once it was sent (`pullNoticeLeadDays` before it).",
            "oneOf": [
              {
                "$ref": "#/components/schemas/AdvanceNotice"
              },
              {
                "type": "null"
              }
            ]
          },
          "updatedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "ended": {
            "description": "For self-pay, when the payer ended billing-team pulls by withdrawing or removing a pulled method.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/ArrangementEnded"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "AdvanceNotice": {
        "type": "object",
        "description": "What the payer was told about a coming billing-team pull. A notice is sent again, marked as an update, when the amount to collect grows after it was sent.",
        "additionalProperties": false,
        "required": [
          "pullDate",
          "sentAt",
          "amount",
          "methods",
          "recipients"
        ],
        "properties": {
          "pullDate": {
            "type": "string",
            "format": "date"
          },
          "sentAt": {
            "type": "string",
            "format": "date-time"
          },
          "amount": {
            "$ref": "#/components/schemas/Money"
          },
          "methods": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MethodSummary"
            }
          },
          "recipients": {
            "type": "array",
            "description": "The addresses it went to. Empty when the payer has no portal login and no email address on file, so nobody could be told.",
            "items": {
              "type": "string",
              "format": "email"
            }
          }
        }
      },
      "Payer": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "party",
          "residentName",
          "email",
          "outstanding",
          "creditOnAccount",
          "openInvoiceCount",
          "methods",
          "arrangement"
        ],
        "properties": {
          "party": {
            "$ref": "#/components/schemas/PartyRef"
          },
          "residentName": {
            "type": "string"
          },
          "email": {
            "type": [
              "string",
              "null"
            ]
          },
          "outstanding": {
            "$ref": "#/components/schemas/Money"
          },
          "creditOnAccount": {
            "$ref": "#/components/schemas/Money",
            "description": "Unapplied credit the payer holds (already netted out of `outstanding`); staff apply it with `POST /staff/payers/{payerId}/credit-applications`."
          },
          "openInvoiceCount": {
            "type": "integer",
            "minimum": 0
          },
          "methods": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PaymentMethod"
            }
          },
          "arrangement": {
            "$ref": "#/components/schemas/ArrangementView"
          }
        }
      },
      "PayerPage": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Payer"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "DuePull": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "payer",
          "residentName",
          "dueDate",
          "outstanding",
          "advanceNotice",
          "parts"
        ],
        "properties": {
          "payer": {
            "$ref": "#/components/schemas/PartyRef"
          },
          "residentName": {
            "type": "string"
          },
          "dueDate": {
            "type": "string",
            "format": "date"
          },
          "outstanding": {
            "$ref": "#/components/schemas/Money"
          },
          "advanceNotice": {
            "description": "The advance notice the payer got for this pull; null if none was sent (e.g. the arrangement is newer than the lead time).",
            "oneOf": [
              {
                "$ref": "#/components/schemas/AdvanceNotice"
              },
              {
                "type": "null"
              }
            ]
          },
          "parts": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "method",
                "amount"
              ],
              "properties": {
                "method": {
                  "$ref": "#/components/schemas/MethodSummary"
                },
                "amount": {
                  "$ref": "#/components/schemas/Money"
                }
              }
            }
          }
        }
      },
      "DuePulls": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "date",
          "items"
        ],
        "properties": {
          "date": {
            "type": "string",
            "format": "date"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DuePull"
            }
          }
        }
      },
      "QuotePullRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "payerId",
          "target",
          "currency",
          "parts"
        ],
        "properties": {
          "payerId": {
            "$ref": "#/components/schemas/Id"
          },
          "target": {
            "$ref": "#/components/schemas/PaymentTarget"
          },
          "currency": {
            "$ref": "#/components/schemas/CurrencyCode"
          },
          "expectedAmountCents": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000000,
            "description": "For an outstanding target: the total staff reviewed."
          },
          "parts": {
            "type": "array",
            "minItems": 1,
            "maxItems": 4,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "methodId",
                "amountCents"
              ],
              "properties": {
                "methodId": {
                  "$ref": "#/components/schemas/Id"
                },
                "amountCents": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 1000000000
                }
              }
            }
          }
        }
      },
      "PullQuotePart": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "method",
          "amount",
          "fee",
          "feeBasisPoints",
          "feeRule",
          "totalCharged",
          "allocations",
          "unapplied"
        ],
        "properties": {
          "method": {
            "$ref": "#/components/schemas/MethodSummary"
          },
          "feeRule": {
            "type": "string",
            "description": "The fee rule that applied to this part, in words (as `PaymentQuote.feeRule`)."
          },
          "amount": {
            "$ref": "#/components/schemas/Money",
            "description": "Applied to invoices (or left unapplied); excludes the fee."
          },
          "fee": {
            "$ref": "#/components/schemas/Money"
          },
          "feeBasisPoints": {
            "type": "integer",
            "minimum": 0,
            "maximum": 300
          },
          "totalCharged": {
            "$ref": "#/components/schemas/Money",
            "description": "Amount plus fee, what the method is charged."
          },
          "allocations": {
            "type": "array",
            "description": "The invoices this part settles if it is charged.",
            "items": {
              "$ref": "#/components/schemas/Allocation"
            }
          },
          "unapplied": {
            "$ref": "#/components/schemas/Money",
            "description": "Left as a credit under the `unapplied_credit` policy."
          }
        }
      },
      "PullQuote": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "quoteId",
          "expiresAt",
          "payerId",
          "parts",
          "amount",
          "fee",
          "totalCharged"
        ],
        "properties": {
          "quoteId": {
            "$ref": "#/components/schemas/QuoteId"
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time",
            "description": "Fifteen minutes after the quote was made; later, `POST /staff/payments` answers `quote_expired`."
          },
          "payerId": {
            "$ref": "#/components/schemas/Id"
          },
          "parts": {
            "type": "array",
            "minItems": 1,
            "maxItems": 4,
            "items": {
              "$ref": "#/components/schemas/PullQuotePart"
            }
          },
          "amount": {
            "$ref": "#/components/schemas/Money",
            "description": "The parts' amounts together."
          },
          "fee": {
            "$ref": "#/components/schemas/Money",
            "description": "The parts' fees together."
          },
          "totalCharged": {
            "$ref": "#/components/schemas/Money",
            "description": "Everything the pull charges, fees included."
          }
        }
      },
      "PullPaymentRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "quoteId",
          "payerId",
          "target",
          "currency",
          "parts"
        ],
        "properties": {
          "quoteId": {
            "$ref": "#/components/schemas/QuoteId",
            "description": "The quote staff reviewed (`POST /staff/payments/quote`)."
          },
          "payerId": {
            "$ref": "#/components/schemas/Id"
          },
          "target": {
            "$ref": "#/components/schemas/PaymentTarget"
          },
          "currency": {
            "$ref": "#/components/schemas/CurrencyCode"
          },
          "expectedAmountCents": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000000,
            "description": "For an outstanding target: the total staff reviewed."
          },
          "parts": {
            "type": "array",
            "minItems": 1,
            "maxItems": 4,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "methodId",
                "amountCents"
              ],
              "properties": {
                "methodId": {
                  "$ref": "#/components/schemas/Id"
                },
                "amountCents": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 1000000000
                }
              }
            }
          }
        }
      },
      "UpdateInvoiceRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "addresseeId"
        ],
        "properties": {
          "addresseeId": {
            "$ref": "#/components/schemas/Id"
          }
        }
      },
      "UserProfile": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "description",
          "permissions"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "permissions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Permission"
            }
          }
        }
      },
      "PortalPermission": {
        "type": "string",
        "description": "`view_billing` sees all of the resident's billing; `pay_bills` pays invoices addressed to the user; `manage_payment_methods` saves and changes methods.",
        "enum": [
          "view_billing",
          "pay_bills",
          "manage_payment_methods"
        ]
      },
      "StaffProfile": {
        "type": "object",
        "description": "A portal profile as the billing office manages it.",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "description",
          "permissions",
          "activeUserCount",
          "pendingInvitationCount"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "permissions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PortalPermission"
            }
          },
          "activeUserCount": {
            "type": "integer",
            "minimum": 0,
            "description": "Active portal users with this profile."
          },
          "pendingInvitationCount": {
            "type": "integer",
            "minimum": 0,
            "description": "Invitations not yet accepted or revoked (expired ones can be resent) with this profile."
          }
        }
      },
      "CreateProfileRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "permissions"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 60
          },
          "description": {
            "type": "string",
            "maxLength": 300
          },
          "permissions": {
            "type": "array",
            "maxItems": 3,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/PortalPermission"
            }
          }
        }
      },
      "UpdateProfileRequest": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 60
          },
          "description": {
            "type": "string",
            "maxLength": 300
          },
          "permissions": {
            "type": "array",
            "maxItems": 3,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/PortalPermission"
            }
          }
        }
      },
      "NoticeType": {
        "type": "string",
        "description": "The emails the billing service sends. `invitation` (to an invited person),\n`payment_method_request` (the billing office asks a payer to add a method),\n`payment_receipt` (every payment taken), `card_declined`, `bank_return` (with what to do),\n`pull_advance_notice` (amount, method and date of a coming billing-team pull), and\n`authorization_withdrawn` (to the billing office, when a payer withdraws a recurring-payment\nauthorization).\n",
        "enum": [
          "invitation",
          "payment_method_request",
          "payment_receipt",
          "card_declined",
          "bank_return",
          "pull_advance_notice",
          "authorization_withdrawn"
        ]
      },
      "NotificationPreference": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "notice",
          "enabled",
          "required"
        ],
        "properties": {
          "notice": {
            "$ref": "#/components/schemas/NoticeType"
          },
          "enabled": {
            "type": "boolean"
          },
          "required": {
            "type": "boolean",
            "description": "Always sent: the payer cannot turn it off."
          }
        }
      },
      "NotificationPreferences": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "email",
          "items"
        ],
        "properties": {
          "email": {
            "type": "string",
            "format": "email",
            "description": "Where the emails go (the user's login)."
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/NotificationPreference"
            }
          }
        }
      },
      "UpdateNotificationPreferencesRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "changes"
        ],
        "properties": {
          "changes": {
            "type": "array",
            "minItems": 1,
            "maxItems": 7,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "notice",
                "enabled"
              ],
              "properties": {
                "notice": {
                  "$ref": "#/components/schemas/NoticeType"
                },
                "enabled": {
                  "type": "boolean"
                }
              }
            }
          }
        }
      },
      "NoticeSent": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "notice",
          "recipients",
          "sentAt"
        ],
        "properties": {
          "notice": {
            "$ref": "#/components/schemas/NoticeType"
          },
          "recipients": {
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "string",
              "format": "email"
            }
          },
          "sentAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "AuditSubjectType": {
        "type": "string",
        "enum": [
          "invoice",
          "payer",
          "payment",
          "deposit",
          "payment_method",
          "user",
          "invitation",
          "profile",
          "settings"
        ]
      },
      "AuditLogAction": {
        "type": "string",
        "enum": [
          "payment_submitted",
          "payment_pulled",
          "payment_voided",
          "payment_refunded",
          "payment_return_recorded",
          "payment_represented",
          "deposit_created",
          "payment_method_added",
          "payment_method_changed",
          "payment_method_removed",
          "arrangement_changed",
          "payment_method_requested",
          "invoice_readdressed",
          "settings_changed",
          "profile_created",
          "profile_changed",
          "profile_deleted",
          "user_access_changed",
          "invitation_sent",
          "invitation_resent",
          "invitation_changed",
          "invitation_accepted",
          "notification_preferences_changed",
          "credit_applied"
        ]
      },
      "AuditChange": {
        "type": "object",
        "description": "One field as it was before the change and after it (JSON values; null when absent).",
        "additionalProperties": false,
        "required": [
          "field",
          "before",
          "after"
        ],
        "properties": {
          "field": {
            "type": "string"
          },
          "before": {},
          "after": {}
        }
      },
      "AuditLogEntry": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "at",
          "actor",
          "action",
          "summary",
          "subjects",
          "changes"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "at": {
            "type": "string",
            "format": "date-time"
          },
          "actor": {
            "$ref": "#/components/schemas/Actor"
          },
          "action": {
            "$ref": "#/components/schemas/AuditLogAction"
          },
          "summary": {
            "type": "string",
            "description": "What happened, in a sentence (English)."
          },
          "subjects": {
            "type": "array",
            "description": "Everything the change concerns; the trail of any of them lists it.",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "type",
                "id"
              ],
              "properties": {
                "type": {
                  "$ref": "#/components/schemas/AuditSubjectType"
                },
                "id": {
                  "$ref": "#/components/schemas/Id"
                }
              }
            }
          },
          "changes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AuditChange"
            }
          }
        }
      },
      "AuditLogPage": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AuditLogEntry"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "ConnectUserStatus": {
        "type": "string",
        "enum": [
          "invited",
          "active",
          "expired",
          "revoked"
        ]
      },
      "InvitationInfo": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "sentAt",
          "expiresAt",
          "sentCount"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "sentAt": {
            "type": "string",
            "format": "date-time"
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time"
          },
          "sentCount": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "ConnectUser": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "email",
          "displayName",
          "role",
          "status",
          "profileId",
          "party",
          "residentName",
          "invitation",
          "acceptedAt",
          "revokedAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "email": {
            "type": "string",
            "format": "email"
          },
          "displayName": {
            "type": [
              "string",
              "null"
            ]
          },
          "role": {
            "$ref": "#/components/schemas/UserRole"
          },
          "status": {
            "$ref": "#/components/schemas/ConnectUserStatus"
          },
          "profileId": {
            "$ref": "#/components/schemas/Id"
          },
          "party": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/PartyRef"
              },
              {
                "type": "null"
              }
            ]
          },
          "residentName": {
            "type": [
              "string",
              "null"
            ]
          },
          "invitation": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/InvitationInfo"
              },
              {
                "type": "null"
              }
            ]
          },
          "acceptedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "revokedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "ConnectUserPage": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ConnectUser"
            }
          },
          "nextCursor": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "UpdateUserRequest": {
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "profileId": {
            "$ref": "#/components/schemas/Id"
          },
          "revoked": {
            "type": "boolean",
            "const": true,
            "description": "Revoke access now. Revocation cannot be undone; invite again instead."
          }
        }
      },
      "CreateInvitationRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "email",
          "partyId",
          "profileId",
          "sensitiveInformationConfirmed"
        ],
        "properties": {
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 254
          },
          "partyId": {
            "$ref": "#/components/schemas/Id"
          },
          "profileId": {
            "$ref": "#/components/schemas/Id"
          },
          "sensitiveInformationConfirmed": {
            "type": "boolean",
            "const": true,
            "description": "Staff confirm this person may see the resident's sensitive billing information."
          }
        }
      },
      "InvitationPreview": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "email",
          "communityName",
          "invitedBy",
          "party",
          "residentName",
          "profile",
          "expiresAt"
        ],
        "properties": {
          "email": {
            "type": "string",
            "format": "email"
          },
          "communityName": {
            "type": "string"
          },
          "invitedBy": {
            "type": "string"
          },
          "party": {
            "$ref": "#/components/schemas/PartyRef"
          },
          "residentName": {
            "type": "string"
          },
          "profile": {
            "$ref": "#/components/schemas/UserProfile"
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "AcceptInvitationRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "displayName"
        ],
        "properties": {
          "displayName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          }
        }
      },
      "Session": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "token",
          "user"
        ],
        "properties": {
          "token": {
            "type": "string",
            "description": "The bearer token for later requests."
          },
          "user": {
            "$ref": "#/components/schemas/User"
          }
        }
      },
      "MockPersona": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "userId",
          "displayName",
          "role",
          "email",
          "token",
          "description",
          "partyId",
          "residentName"
        ],
        "properties": {
          "userId": {
            "$ref": "#/components/schemas/Id"
          },
          "displayName": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/UserRole"
          },
          "email": {
            "type": "string"
          },
          "token": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "partyId": {
            "type": [
              "string",
              "null"
            ]
          },
          "residentName": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "MockClock": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "now"
        ],
        "properties": {
          "now": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "MockState": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seed",
          "now"
        ],
        "properties": {
          "seed": {
            "type": "integer"
          },
          "now": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "MockEmail": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "notice",
          "to",
          "subject",
          "body",
          "html",
          "link",
          "sentAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Id"
          },
          "notice": {
            "$ref": "#/components/schemas/NoticeType"
          },
          "to": {
            "type": "string"
          },
          "subject": {
            "type": "string"
          },
          "body": {
            "type": "string",
            "description": "The plain-text version."
          },
          "html": {
            "type": "string",
            "description": "The HTML version (a fragment: no scripts, no styles, inline-safe)."
          },
          "link": {
            "type": [
              "string",
              "null"
            ],
            "description": "The email's main link (accept the invitation, the guide, …)."
          },
          "sentAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      }
    }
  }
};
