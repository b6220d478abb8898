// Starts Swagger UI on this server's own document. It is a file rather than an inline script so that /docs runs
// under a Content-Security-Policy without 'unsafe-inline'. validatorUrl is null: the default would send the
// document to an outside validator and load its badge from there.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
