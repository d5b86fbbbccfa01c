package dev.vigil.adapters.probes;

import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.Verdict;
import dev.vigil.domain.outbound.OutboundPolicy;
import dev.vigil.domain.system.DependencyId;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Runs HTTP checks with the JDK's non-blocking client: redirects are followed by hand (at most 10, each target checked
 * against the outbound policy), at most 1 MiB of body is read, and the whole exchange, body included, must finish
 * within the check's timeout. Every failure comes back as a down result with a reason a person understands.
 */
public final class HttpProbe implements AutoCloseable {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final Targets targets;
    private final BodyRules rules = new BodyRules();
    private final HeaderPreflight preflight = new HeaderPreflight();
    private final String userAgent;
    private final Clock clock;

    public HttpProbe(OutboundPolicy policy, String version, Clock clock, Executor executor) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(60))
                .executor(executor)
                .build();
        this.targets = new Targets(policy, executor);
        this.userAgent = "Vigil-HealthCheck/" + version;
        this.clock = clock;
    }

    @Override
    public void close() {
        preflight.close();
    }

    /** The User-Agent every request carries. */
    public String userAgent() {
        return userAgent;
    }

    public CompletableFuture<CheckResult> run(DependencyId dependency, HttpCheck check) {
        Exchange exchange = new Exchange(dependency, check, clock.instant(), System.nanoTime());
        CompletableFuture<CheckResult> result = new CompletableFuture<>();
        exchange.hop(check.url(), check.method(), check.body(), 0).whenComplete((r, error) -> {
            if (error == null) {
                result.complete(r);
            } else {
                result.complete(exchange.failure(error));
            }
        });
        long budget = check.timeout().toMillis();
        result.completeOnTimeout(null, budget + 50, TimeUnit.MILLISECONDS);
        return result.thenApply(r -> {
            if (r != null) {
                return r;
            }
            exchange.cancel();
            return exchange.down(Optional.empty(), "no answer within " + budget + " ms");
        });
    }

    /** One check run: its hops and what is in flight. */
    private final class Exchange {
        private final DependencyId dependency;
        private final HttpCheck check;
        private final Instant at;
        private final long started;
        private volatile CompletableFuture<?> inFlight = CompletableFuture.completedFuture(null);
        private volatile String host = "";
        private volatile URI current;

        Exchange(DependencyId dependency, HttpCheck check, Instant at, long started) {
            this.dependency = dependency;
            this.check = check;
            this.at = at;
            this.started = started;
        }

        CompletableFuture<CheckResult> hop(URI uri, String method, String body, int redirects) {
            host = uri.getHost();
            current = uri;
            return targets.resolve(uri.getHost()).thenCompose(resolution -> {
                if (resolution.problem().isPresent()) {
                    return CompletableFuture.completedFuture(down(Optional.empty(), resolution.problem().get()));
                }
                long remaining = check.timeout().toNanos() - (System.nanoTime() - started);
                if (remaining <= 0) {
                    return CompletableFuture.completedFuture(down(Optional.empty(),
                            "no answer within " + check.timeout().toMillis() + " ms"));
                }
                if (preflight.isSuspect(uri)) {
                    CompletableFuture<Boolean> fits = preflight.headersFit(uri, resolution.addresses().get(0), method,
                            check.headers(), body, userAgent, Duration.ofNanos(remaining));
                    inFlight = fits;
                    return fits.thenCompose(fit -> fit
                            ? send(uri, method, body, redirects)
                            : CompletableFuture.completedFuture(down(Optional.empty(), headersTooLarge())));
                }
                return send(uri, method, body, redirects);
            });
        }

        private CompletableFuture<CheckResult> send(URI uri, String method, String body, int redirects) {
            long remaining = check.timeout().toNanos() - (System.nanoTime() - started);
            if (remaining <= 0) {
                return CompletableFuture.completedFuture(down(Optional.empty(),
                        "no answer within " + check.timeout().toMillis() + " ms"));
            }
            HttpRequest request = request(uri, method, body, Duration.ofNanos(remaining));
            CompletableFuture<HttpResponse<BoundedBody.Read>> sent =
                    client.sendAsync(request, info -> new BoundedBody(HttpCheck.MAX_BODY_READ));
            inFlight = sent;
            return sent.thenCompose(response -> next(uri, method, body, redirects, response));
        }

        private String headersTooLarge() {
            return "the response headers from " + host + " are too large (over 384 KiB)";
        }

        private CompletableFuture<CheckResult> next(URI uri, String method, String body, int redirects,
                                                    HttpResponse<BoundedBody.Read> response) {
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (!REDIRECTS.contains(status) || location.isEmpty()) {
                return CompletableFuture.completedFuture(judge(response));
            }
            if (redirects >= HttpCheck.MAX_REDIRECTS) {
                return CompletableFuture.completedFuture(down(Optional.of(status),
                        "more than " + HttpCheck.MAX_REDIRECTS + " redirects (a redirect loop?), last to " + shorten(location.get())));
            }
            URI target;
            try {
                target = uri.resolve(location.get().strip());
            } catch (IllegalArgumentException e) {
                return CompletableFuture.completedFuture(down(Optional.of(status), "redirect to an invalid URL"));
            }
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || target.getHost() == null) {
                return CompletableFuture.completedFuture(down(Optional.of(status),
                        "redirect to a URL that is not http(s): " + shorten(target.toString())));
            }
            boolean toGet = status == 303 || ((status == 301 || status == 302) && method.equals("POST"));
            return hop(target, toGet ? "GET" : method, toGet ? "" : body, redirects + 1);
        }

        private HttpRequest request(URI uri, String method, String body, Duration timeout) {
            HttpRequest.BodyPublisher publisher = body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout).method(method, publisher)
                    .header("User-Agent", userAgent);
            check.headers().forEach(builder::header);
            if (!body.isEmpty() && check.headers().keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
                builder.header("Content-Type", "application/json");
            }
            return builder.build();
        }

        private CheckResult judge(HttpResponse<BoundedBody.Read> response) {
            int status = response.statusCode();
            Optional<Integer> code = Optional.of(status);
            if (!check.expectedStatus().matches(status)) {
                return down(code, "HTTP " + status + " (expected " + check.expectedStatus().text() + ")");
            }
            if (check.bodyRule().isPresent()) {
                BoundedBody.Read read = response.body();
                String text = new String(read.bytes(), StandardCharsets.UTF_8);
                Optional<String> problem = rules.problem(check.bodyRule().get(), text, read.truncated());
                if (problem.isPresent()) {
                    return down(code, problem.get());
                }
            }
            Duration latency = elapsed();
            if (check.degradedLatency().filter(limit -> latency.compareTo(limit) > 0).isPresent()) {
                return new CheckResult(dependency, at, Verdict.DEGRADED, latency, code, "answered in "
                        + latency.toMillis() + " ms, above degraded_latency_ms " + check.degradedLatency().get().toMillis());
            }
            return CheckResult.up(dependency, at, latency, code);
        }

        CheckResult failure(Throwable error) {
            Throwable e = error;
            while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
                e = e.getCause();
            }
            String where = host;
            if (e instanceof HttpConnectTimeoutException || e instanceof HttpTimeoutException
                    || e instanceof TimeoutException || e instanceof CancellationException) {
                return down(Optional.empty(), "no answer within " + check.timeout().toMillis() + " ms");
            }
            if (e instanceof ConnectException) {
                return down(Optional.empty(), "connection to " + where + " refused");
            }
            if (e instanceof SSLException) {
                String message = String.valueOf(e.getMessage());
                String why = message.contains("PKIX") || message.contains("certificate")
                        ? "its certificate is not trusted" : shorten(message);
                return down(Optional.empty(), "TLS handshake with " + where + " failed: " + why);
            }
            if (e instanceof ClosedChannelException) {
                return down(Optional.empty(), "connection to " + where + " closed before an answer");
            }
            if (e instanceof IOException && String.valueOf(e.getMessage()).startsWith("Header size too big")) {
                // The JDK's own limit (jdk.http.maxHeaderSize, 384 KiB by default) stops a target that sends
                // headers forever; say so in words rather than in the JDK's. JDK 17 leaves that connection open:
                // the next runs against this address read its headers through HeaderPreflight first.
                URI suspect = current;
                if (suspect != null) {
                    preflight.suspect(suspect);
                }
                return down(Optional.empty(), headersTooLarge());
            }
            if (e instanceof IOException) {
                return down(Optional.empty(), "request to " + where + " failed: " + shorten(String.valueOf(e.getMessage())));
            }
            return down(Optional.empty(), "request to " + where + " failed: " + e.getClass().getSimpleName());
        }

        CheckResult down(Optional<Integer> status, String reason) {
            return new CheckResult(dependency, at, Verdict.DOWN, elapsed(), status, reason);
        }

        void cancel() {
            inFlight.cancel(true);
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started);
        }
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
