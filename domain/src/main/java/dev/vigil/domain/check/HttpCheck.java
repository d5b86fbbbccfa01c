package dev.vigil.domain.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An HTTP check: Vigil sends {@code method url} every {@code interval} and expects one of the expected status codes,
 * optionally a body rule, within {@code timeout}. A good answer slower than {@code degradedLatency} counts as
 * degraded. Headers and body are secrets: stored and sent, never shown.
 */
public record HttpCheck(URI url, String method, ExpectedStatus expectedStatus, Optional<BodyRule> bodyRule,
                        Map<String, String> headers, String body, Duration timeout, Duration interval,
                        Optional<Duration> degradedLatency) implements CheckSpec {
    public static final int MAX_REDIRECTS = 10;
    public static final int MAX_BODY_READ = 1024 * 1024;
    public static final int URL_MAX = 2000;
    public static final int HEADERS_MAX = 20;
    public static final int HEADER_VALUE_MAX = 2000;
    public static final int BODY_MAX = 64 * 1024;
    public static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH");
    /** Headers the HTTP client sets itself, or that Vigil sets ({@code User-Agent}). */
    public static final Set<String> RESERVED_HEADERS = Set.of("host", "content-length", "connection", "expect",
            "upgrade", "transfer-encoding", "te", "trailer", "keep-alive", "user-agent", "proxy-authorization",
            "proxy-connection");

    public HttpCheck {
        Objects.requireNonNull(url, "url");
        checkUrl(url);
        method = method == null || method.isBlank() ? "GET" : method.strip().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("method must be one of GET, HEAD, POST, PUT, PATCH");
        }
        expectedStatus = expectedStatus == null ? ExpectedStatus.DEFAULT : expectedStatus;
        Objects.requireNonNull(bodyRule, "bodyRule");
        headers = checkHeaders(headers == null ? Map.of() : headers);
        body = body == null ? "" : body;
        if (body.length() > BODY_MAX) {
            throw new IllegalArgumentException("body must be at most " + BODY_MAX + " characters");
        }
        if (!body.isEmpty() && !(method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
            throw new IllegalArgumentException("body is only sent with POST, PUT or PATCH");
        }
        interval = CheckSpec.interval(interval);
        timeout = CheckSpec.timeout(timeout, interval);
        Objects.requireNonNull(degradedLatency, "degradedLatency");
        if (degradedLatency.isPresent()
                && (degradedLatency.get().toMillis() < 1 || degradedLatency.get().compareTo(timeout) >= 0)) {
            throw new IllegalArgumentException("degraded_latency_ms must be at least 1 and below the timeout");
        }
    }

    /** Parses and checks an absolute http(s) URL with a host. */
    public static URI parseUrl(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("url is required");
        }
        if (text.length() > URL_MAX) {
            throw new IllegalArgumentException("url must be at most " + URL_MAX + " characters");
        }
        try {
            URI uri = new URI(text.strip());
            checkUrl(uri);
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url is not a valid URL: " + e.getReason());
        }
    }

    private static void checkUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("url must start with http:// or https://");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new IllegalArgumentException("url must name a host");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("url must not contain a user name or password; send credentials in headers");
        }
        if (url.toString().length() > URL_MAX) {
            throw new IllegalArgumentException("url must be at most " + URL_MAX + " characters");
        }
    }

    private static Map<String, String> checkHeaders(Map<String, String> given) {
        if (given.size() > HEADERS_MAX) {
            throw new IllegalArgumentException("headers must have at most " + HEADERS_MAX + " entries");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "header name");
            if (!name.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}")) {
                throw new IllegalArgumentException("headers: '" + shorten(name) + "' is not a valid header name");
            }
            if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("headers: " + name + " is set by Vigil and cannot be configured");
            }
            String value = Objects.requireNonNull(e.getValue(), "header value");
            if (value.length() > HEADER_VALUE_MAX) {
                throw new IllegalArgumentException("headers: the value of " + name + " must be at most "
                        + HEADER_VALUE_MAX + " characters");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < ' ' && c != '\t') || c == 0x7F) {
                    throw new IllegalArgumentException("headers: the value of " + name + " must not contain control characters");
                }
            }
            copy.put(name, value);
        }
        return Collections.unmodifiableMap(copy);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    @Override
    public CheckKind kind() {
        return CheckKind.HTTP;
    }

    @Override
    public Optional<Duration> runEvery() {
        return Optional.of(interval);
    }


    @Override
    public String toString() {
        return "HttpCheck[" + method + " " + url + ", every " + interval.toSeconds() + " s, headers hidden]";
    }
}
