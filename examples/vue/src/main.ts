import { createApp } from 'vue';
// Registers the payer's tags; the Payment Center is never loaded on this page.
import '@alis/billing-widgets/payer';
import App from './App.vue';

createApp(App).mount('#app');
