// Vigil's Swagger UI: the API's own OpenAPI document, served beside this page. Kept out of the page so that the
// Content-Security-Policy can forbid inline scripts.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "../openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    persistAuthorization: false
  });
};
