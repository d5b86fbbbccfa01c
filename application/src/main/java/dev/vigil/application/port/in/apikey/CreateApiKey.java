package dev.vigil.application.port.in.apikey;

/** Issues a new API key; its secret is returned this once and never again. */
public interface CreateApiKey {
    IssuedApiKey create(CreateApiKeyCommand command);
}
