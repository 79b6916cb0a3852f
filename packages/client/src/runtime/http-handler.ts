// The HTTP handler a client sends through: any RequestHandler over @smithy's HttpRequest and HttpResponse, so
// that NodeHttpHandler, FetchHttpHandler, the handlers of AWS's SDK or a test double all fit. Requests are always
// HttpRequest instances of @smithy/protocol-http, so handlers that want the class get it.
import type { HttpRequest } from "@smithy/protocol-http";
import type { HttpHandlerOptions, HttpResponse, RequestHandler } from "@smithy/types";

export type HttpRequestHandler = RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;
