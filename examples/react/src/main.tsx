import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// One module per element: this page loads the payer's widgets, never the Payment Center.
import { AlisBillingProvider } from '@alis/billing-widgets/react/billing-provider';
import { AlisInvoices } from '@alis/billing-widgets/react/invoices';
import { AlisPayOutstanding } from '@alis/billing-widgets/react/pay-outstanding';
import type { AlisPaymentSubmittedEvent } from '@alis/billing-widgets';

// Your app's sign-in gives the token; the check's mock backend accepts a seeded payer's.
const token = new URLSearchParams(location.search).get('token') ?? 'mock-token-daniel-whitaker';

function App() {
  const [paid, setPaid] = useState<string | null>(null);
  const [lang, setLang] = useState('en');
  // Typed: `event.payment` is a Payment, with its reference and amount in cents.
  const onPaid = (event: AlisPaymentSubmittedEvent) => setPaid(event.payment.reference);
  return (
    <main lang={lang}>
      <h1>Willow Creek billing</h1>
      <label>
        Language{' '}
        <select value={lang} onChange={(event) => setLang(event.target.value)}>
          <option value="en">English</option>
          <option value="es">Español</option>
        </select>
      </label>
      <p role="status" data-testid="app-status">{paid ? `Thanks, payment ${paid} is on its way.` : ''}</p>
      <AlisBillingProvider baseUrl="/api/v1" token={token}>
        <AlisPayOutstanding onAlisPaymentSubmitted={onPaid} />
        <AlisInvoices status="open" onAlisPaymentSubmitted={onPaid} />
      </AlisBillingProvider>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
