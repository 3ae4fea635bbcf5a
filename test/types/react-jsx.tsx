// Type-checked by `npm test` (scripts/check-framework-types.mjs), never run: a React 19 app using the
// widgets through the generated JSX types (dist/types/custom-elements-jsx.d.ts). Each
// `@ts-expect-error` is a mistake the types must catch; an unused one fails the check too.
import type { AlisPaymentSubmittedEvent, AlisPayRequestEvent } from '../../dist/index.js';

export function BillingPage({ token }: { token: string }) {
  return (
    <alis-billing-provider token={token} base-url="/api/v1">
      <alis-pay-outstanding locale="en-US" />
      <alis-invoices
        status="open"
        page-size={24}
        onalis-pay-request={(event) => {
          const request: AlisPayRequestEvent = event;
          if (request.quote.totalCharged.amountCents > 100_000_00) request.preventDefault();
        }}
        onalis-payment-submitted={(event) => {
          const submitted: AlisPaymentSubmittedEvent = event;
          console.log(submitted.payment.reference);
        }}
      />
      <alis-payment-history page-size={12} />
      <alis-payment-methods />
      {/* @ts-expect-error: an invoice filter is all, open or paid */}
      <alis-invoices status="overdue" />
      {/* @ts-expect-error: no such element */}
      <alis-invoice />
    </alis-billing-provider>
  );
}
