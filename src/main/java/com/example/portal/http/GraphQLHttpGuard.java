package com.example.portal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.example.portal.graphql.limits.DocumentTokens;
import com.example.portal.graphql.limits.LimitExceeded;
import com.example.portal.graphql.limits.QueryLimits;
import com.example.portal.graphql.limits.QueryLimitsEventingService;
import com.example.portal.graphql.limits.RequestErrorMarker;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RequestBody;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The GraphQL-over-HTTP rules (https://graphql.github.io/graphql-over-http/draft/) that SmallRye GraphQL in
 * Quarkus 3.34 does not enforce on the endpoint itself. Plain Vert.x, no JAX-RS: it runs before SmallRye's route.
 * <ul>
 * <li>No valid token: 401 with a GraphQL error whose {@code extensions.code} is UNAUTHENTICATED, instead of
 * Quarkus' empty challenge (the endpoint's HTTP permission is "permit" so this filter sees the request).</li>
 * <li>GET: SmallRye executes <em>any</em> operation sent with GET, mutations included, once
 * {@code quarkus.smallrye-graphql.http.get.enabled} is on. Here a GET whose document holds a mutation (or
 * subscription) is refused with 405 before anything runs. The document is decoded exactly as SmallRye will decode
 * it (it URL-decodes the already decoded parameter a second time), and a document this filter cannot parse is
 * refused too, so nothing SmallRye could execute slips past. GET with {@code operationName} is refused with 400:
 * SmallRye would use the query text as the operation name and always fail.</li>
 * <li>GET parameters SmallRye would crash on with a 500 (a {@code variables} or {@code extensions} value that is
 * not a JSON object, a {@code %} that does not survive the second URL decoding) get a 400 instead.</li>
 * <li>POST: only {@code application/json} (and SmallRye's {@code application/graphql}) bodies; SmallRye parses
 * any body as JSON, so a cross-site form or {@code text/plain} post could run a mutation without a CORS preflight.
 * Others get 415, an empty body gets 400.</li>
 * <li>Any other method gets 405 with {@code Allow} (SmallRye answers 404).</li>
 * <li>Response {@code Content-Type}: SmallRye echoes the Accept entry verbatim ({@code application/json;q=0.9});
 * it is reduced to the media type with its charset.</li>
 * <li>Token limits (README "Limits"): a document, sent with GET or POST, with more tokens than
 * {@code portal.graphql.limits.tokens} or {@code whitespace-tokens} is refused with 400 and an error whose
 * {@code extensions.code} is TOO_MANY_TOKENS, before anything parses it. SmallRye's own parser limit would only
 * answer "Unparseable input document". For POST the guard reads the body on a route of its own just before
 * SmallRye's, whose body handler then finds it read.</li>
 * <li>Failures SmallRye hands to Vert.x (e.g. {@code "variables": "x"} in a POST body) would get Quarkus' error
 * page, with the stack trace in dev and test; they get a GraphQL-shaped error without internals instead.</li>
 * <li>WebSocket upgrades (subscriptions) pass untouched; they authenticate in their connection_init message.</li>
 * </ul>
 * Everything else (status codes of GraphQL errors, error bodies) is SmallRye's; see the README's "GraphQL over
 * HTTP" section for what it does.
 */
@ApplicationScoped
public class GraphQLHttpGuard {

    /** After CORS (300) and authentication (200) and authorization (100), so refusals carry CORS headers. */
    static final int PRIORITY = 10;
    /** Filters run at order -PRIORITY; SmallRye's execution route has a default order (0 and up). */
    static final int POSTED_DOCUMENT_ORDER = -5;

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";
    private static final Set<String> REQUEST_MEDIA_TYPES = Set.of(JSON, "application/graphql");
    private static final Set<String> RESPONSE_MEDIA_TYPES = Set.of(JSON, GRAPHQL_RESPONSE_JSON, "application/graphql+json");
    /** SmallRye replaces these characters of a GET query with spaces before its second URL decoding. */
    private static final Pattern SMALLRYE_STRIPPED = Pattern.compile("\\n|\\t|\\r");

    private static final Logger LOG = Logger.getLogger(GraphQLHttpGuard.class);

    private final String endpoint;
    private final QueryLimits limits;
    private final ParserOptions parserOptions;
    private final long maxBodySize;

    GraphQLHttpGuard(@ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/") String httpRoot,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String graphqlPath,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            QueryLimits limits) {
        String path = graphqlPath.startsWith("/") ? graphqlPath
                : (httpRoot.endsWith("/") ? httpRoot : httpRoot + "/") + graphqlPath;
        this.endpoint = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.limits = limits;
        this.parserOptions = QueryLimitsEventingService.parserOptions(limits);
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void registerFilter(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void registerRoutes(@Observes Router router) {
        router.route().failureHandler(this::onFailure);
        router.route(endpoint).order(POSTED_DOCUMENT_ORDER).method(HttpMethod.POST)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize))
                .handler(this::checkPostedDocument);
    }

    boolean isEndpoint(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        return path.equals(endpoint) || path.equals(endpoint + "/");
    }

    void filter(RoutingContext ctx) {
        if (!isEndpoint(ctx) || isWebSocketUpgrade(ctx)) {
            // Subscriptions: a browser cannot send a header with the upgrade, so the token comes in the
            // connection_init message (quarkus.smallrye-graphql.authorization-client-init-payload-name) and the
            // @Allowed rule of the subscription refuses a connection without one.
            ctx.next();
            return;
        }
        HttpMethod method = ctx.request().method();
        if (isAnonymous(ctx) && !HttpMethod.OPTIONS.equals(method)) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            refuse(ctx, 401, AuthFailures.UNAUTHENTICATED_MESSAGE, "UNAUTHENTICATED");
            return;
        }
        if (HttpMethod.GET.equals(method)) {
            String refusal = checkGet(ctx);
            if (refusal != null) {
                return;
            }
        } else if (HttpMethod.POST.equals(method)) {
            String contentType = mediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
            if (contentType == null || !REQUEST_MEDIA_TYPES.contains(contentType)) {
                refuse(ctx, 415, "Send the request as JSON with the header Content-Type: application/json.");
                return;
            }
            if ("0".equals(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
                refuse(ctx, 400, "The request body is empty: send a JSON object with the GraphQL document in \"query\".");
                return;
            }
        } else if (!HttpMethod.OPTIONS.equals(method)) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS");
            refuse(ctx, 405, "Use POST (or GET for queries).");
            return;
        }
        ctx.addHeadersEndHandler(ignored -> {
            normalizeContentType(ctx.response());
            requestErrorStatus(ctx);
        });
        ctx.next();
    }

    private static boolean isWebSocketUpgrade(RoutingContext ctx) {
        return HttpMethod.GET.equals(ctx.request().method())
                && "websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE));
    }

    /** Proactive authentication has run: a request without a token carries an anonymous identity (or none). */
    private static boolean isAnonymous(RoutingContext ctx) {
        return !(ctx.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous();
    }

    /** Refuses a GET the spec or SmallRye cannot serve and returns why, or returns null to let it through. */
    private String checkGet(RoutingContext ctx) {
        String query = firstParameter(ctx, "query");
        if (query == null || query.isEmpty()) {
            return refuse(ctx, 400, "A GET request needs the GraphQL document in the query parameter \"query\".");
        }
        String operationName = firstParameter(ctx, "operationName");
        if (operationName != null && !operationName.isEmpty()) {
            return refuse(ctx, 400, "The parameter \"operationName\" is not supported with GET: "
                    + "leave it out (the document must then hold one operation) or send the request with POST.");
        }
        for (String name : List.of("variables", "extensions")) {
            String value = firstParameter(ctx, name);
            if (value != null && !value.isEmpty() && !isJsonObject(smallRyeDecode(value))) {
                return refuse(ctx, 400, "The parameter \"" + name + "\" must be a URL-encoded JSON object.");
            }
        }
        String document = smallRyeDecode(query);
        if (document == null) {
            return refuse(ctx, 400, "The query cannot be decoded: a literal % in a GET query is not supported, "
                    + "send the request with POST.");
        }
        if (refuseOverLimits(ctx, document)) {
            return "over the token limits";
        }
        Document parsed;
        try {
            parsed = Parser.parse(ParserEnvironment.newParserEnvironment().document(document)
                    .parserOptions(parserOptions).build());
        } catch (InvalidSyntaxException e) {
            return refuse(ctx, 400, "The query is not a valid GraphQL document: " + e.getMessage());
        } catch (RuntimeException e) {
            // Too many tokens and similar limits: never let a document this filter could not read reach SmallRye.
            return refuse(ctx, 400, "The query is not a valid GraphQL document or is too large; send it with POST.");
        }
        boolean onlyQueries = parsed.getDefinitionsOfType(OperationDefinition.class).stream()
                .allMatch(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
        if (!onlyQueries) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            return refuse(ctx, 405, "Mutations are only accepted with POST; nothing was executed.");
        }
        return null;
    }

    /**
     * A POST that is not a well-formed GraphQL-over-HTTP request (body not JSON, not an object, no string
     * {@code query}, parameters of the wrong JSON type) gets 400, whatever the Accept header: SmallRye would answer
     * 200, or ignore a wrong {@code extensions}. A document over the token limits gets its errors. A document that
     * does not parse is marked a request error ({@link RequestErrorMarker}) and goes on to SmallRye, which answers it.
     */
    void checkPostedDocument(RoutingContext ctx) {
        String malformed = malformedBody(ctx);
        if (malformed != null) {
            refuse(ctx, 400, malformed);
            return;
        }
        String document = postedDocument(ctx);
        if (document != null && refuseOverLimits(ctx, document)) {
            return;
        }
        if (document != null && GRAPHQL_RESPONSE_JSON.equals(errorMediaType(ctx.request().getHeader(HttpHeaders.ACCEPT)))
                && !parses(document)) {
            RequestErrorMarker.mark(ctx);
        }
        ctx.next();
    }

    private boolean parses(String document) {
        try {
            Parser.parse(ParserEnvironment.newParserEnvironment().document(document).parserOptions(parserOptions).build());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The GraphQL document of a POST, or null when the body holds none (SmallRye or the failure handler answer). */
    private static String postedDocument(RoutingContext ctx) {
        RequestBody body = ctx.body();
        if (body == null || body.buffer() == null) {
            return null;
        }
        String contentType = mediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if ("application/graphql".equals(contentType)) {
            return body.asString();
        }
        try {
            return io.vertx.core.json.Json.decodeValue(body.buffer()) instanceof JsonObject request
                    && request.getValue("query") instanceof String query ? query : null;
        } catch (DecodeException e) {
            return null;
        }
    }

    /** Refuses a document over a token limit with one error per limit and says whether it did. */
    private boolean refuseOverLimits(RoutingContext ctx, String document) {
        List<LimitExceeded> exceeded = limits.check(DocumentTokens.count(document));
        if (exceeded.isEmpty()) {
            return false;
        }
        JsonArray errors = new JsonArray();
        exceeded.forEach(limit -> errors.add(new JsonObject().put("message", limit.message())
                .put("extensions", new JsonObject(limit.extensions()))));
        respond(ctx, 400, errors);
        return true;
    }

    /** The text SmallRye will see: the parameter with line breaks and tabs as spaces, URL-decoded once more. */
    static String smallRyeDecode(String parameter) {
        try {
            return URLDecoder.decode(SMALLRYE_STRIPPED.matcher(parameter).replaceAll(" "), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isJsonObject(String text) {
        if (text == null) {
            return false;
        }
        try {
            return io.vertx.core.json.Json.decodeValue(text) instanceof JsonObject;
        } catch (DecodeException e) {
            return false;
        }
    }

    private static String firstParameter(RoutingContext ctx, String name) {
        List<String> values = ctx.queryParam(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    void onFailure(RoutingContext ctx) {
        if (!isEndpoint(ctx) || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        if (AuthFailures.isUnauthenticated(ctx.failure())) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            refuse(ctx, 401, AuthFailures.UNAUTHENTICATED_MESSAGE, "UNAUTHENTICATED");
            return;
        }
        if (AuthFailures.isForbidden(ctx.failure())) {
            refuse(ctx, 403, "Your token does not allow this request.", "FORBIDDEN");
            return;
        }
        int status = ctx.statusCode();
        // A Content-Length over the limit is answered 413 by Quarkus itself; a chunked body over it arrives here.
        if (status == 413) {
            refuse(ctx, 413, "The request body is too large.");
        } else if (status >= 400 && status < 500) {
            refuse(ctx, status, "The request could not be processed.");
        } else {
            String malformed = malformedBody(ctx);
            if (malformed != null) {
                LOG.debugf(ctx.failure(), "Malformed GraphQL request: %s", malformed);
                refuse(ctx, 400, malformed);
            } else {
                String errorId = UUID.randomUUID().toString();
                LOG.errorf(ctx.failure(), "GraphQL request failed, error id %s", errorId);
                JsonObject error = new JsonObject().put("message", "Internal server error, error id " + errorId + ".")
                        .put("extensions", new JsonObject().put("code", "INTERNAL_ERROR").put("errorId", errorId));
                respond(ctx, 500, new JsonArray().add(error));
            }
        }
    }

    /** What is wrong with a POST body whose parameters have the wrong JSON types, or null when nothing is. */
    private static String malformedBody(RoutingContext ctx) {
        if (!HttpMethod.POST.equals(ctx.request().method()) || ctx.body() == null || ctx.body().buffer() == null
                || !JSON.equals(mediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE)))) {
            return null;
        }
        Object body;
        try {
            body = io.vertx.core.json.Json.decodeValue(ctx.body().buffer());
        } catch (DecodeException e) {
            return "The request body is not valid JSON.";
        }
        if (!(body instanceof JsonObject request)) {
            return "The request body must be a JSON object.";
        }
        if (!(request.getValue("query") instanceof String)) {
            return "\"query\" must be a string holding the GraphQL document.";
        }
        if (request.getValue("operationName") != null && !(request.getValue("operationName") instanceof String)) {
            return "\"operationName\" must be a string.";
        }
        for (String name : List.of("variables", "extensions")) {
            Object value = request.getValue(name);
            if (value != null && !(value instanceof JsonObject)) {
                return "\"" + name + "\" must be a JSON object.";
            }
        }
        return null;
    }

    /** Answers with a GraphQL-shaped error body and returns its message. */
    private static String refuse(RoutingContext ctx, int status, String message) {
        return refuse(ctx, status, message, null);
    }

    private static String refuse(RoutingContext ctx, int status, String message, String code) {
        JsonObject error = new JsonObject().put("message", message);
        if (code != null) {
            error.put("extensions", new JsonObject().put("code", code));
        }
        respond(ctx, status, new JsonArray().add(error));
        return message;
    }

    private static void respond(RoutingContext ctx, int status, JsonArray errors) {
        if (status < 500) {
            // A client fault: one line an operator can grep, no stack trace.
            LOG.warnf("GraphQL request refused: %s %s -> %d %s", ctx.request().method(), ctx.normalizedPath(), status,
                    errors.stream().map(error -> ((JsonObject) error).getString("message")).toList());
        }
        JsonObject body = new JsonObject().put("errors", errors);
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, errorMediaType(ctx.request().getHeader(HttpHeaders.ACCEPT)) + "; charset=utf-8")
                .end(body.encode());
    }

    /** application/json when the client asks for it but not for application/graphql-response+json. */
    private static String errorMediaType(String accept) {
        String lower = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return lower.contains(JSON) && !lower.contains(GRAPHQL_RESPONSE_JSON) ? JSON : GRAPHQL_RESPONSE_JSON;
    }

    /**
     * GraphQL over HTTP: a request error answered as application/graphql-response+json gets 400 (SmallRye sends
     * 200); with application/json the spec wants 200, which stays.
     */
    static void requestErrorStatus(RoutingContext ctx) {
        if (RequestErrorMarker.isMarked(ctx) && ctx.response().getStatusCode() == 200
                && GRAPHQL_RESPONSE_JSON.equals(mediaType(ctx.response().headers().get(HttpHeaders.CONTENT_TYPE)))) {
            ctx.response().setStatusCode(400).setStatusMessage("Bad Request");
        }
    }

    /** Keeps only the media type and its charset (utf-8 unless the client asked for another). */
    static void normalizeContentType(HttpServerResponse response) {
        String contentType = response.headers().get(HttpHeaders.CONTENT_TYPE);
        String mediaType = mediaType(contentType);
        if (mediaType == null || !RESPONSE_MEDIA_TYPES.contains(mediaType)) {
            return;
        }
        String charset = "utf-8";
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                charset = pair[1].trim();
            }
        }
        response.headers().set(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=" + charset);
    }

    static String mediaType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
