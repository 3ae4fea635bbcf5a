// The OpenAPI document the mock validates every request and response against: the JSON that
// `npm run generate` writes from openapi/alis-billing.openapi.yaml, imported as data.
import document from '../../contract/generated/alis-billing.openapi.json' with { type: 'json' };

/** The parsed OpenAPI document, for request and response validation in the mock backend. */
export const openApiDocument: Record<string, unknown> = document;
