package dev.vigil.application.service;

import dev.vigil.application.port.in.check.CheckDefinition;
import dev.vigil.application.port.in.check.ConfigureCheck;
import dev.vigil.application.port.in.check.ConfigureCheckCommand;
import dev.vigil.application.port.in.check.ConfiguredCheck;
import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.EventPublisher;
import dev.vigil.application.port.out.MaintenanceWindows;
import dev.vigil.application.port.out.RegexSyntax;
import dev.vigil.application.port.out.StatusLog;
import dev.vigil.application.port.out.Systems;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.apikey.SecretHash;
import dev.vigil.domain.check.BodyRule;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckSpec;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.PushCheck;
import dev.vigil.domain.check.PushToken;
import dev.vigil.domain.check.TcpCheck;
import dev.vigil.domain.outbound.Cidr;
import dev.vigil.domain.outbound.OutboundPolicy;
import java.net.InetAddress;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Dependency;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Gives a dependency a check or replaces it. A push check gets a new token unless it was a push check already
 * (rescheduling keeps the token). A dependency whose status nobody set (operational) waits in {@code unknown} for
 * the first result; a status a person set stays until results say otherwise.
 */
public final class ConfigureCheckService implements ConfigureCheck {
    private final Dependencies dependencies;
    private final Checks checks;
    private final CheckStatusChanges changes;
    private final Transactions transactions;
    private final RegexSyntax regex;
    private final OutboundPolicy policy;
    private final RandomGenerator random;
    private final Clock clock;

    public ConfigureCheckService(Systems systems, Dependencies dependencies, Checks checks, StatusLog log,
                                 EventPublisher events, MaintenanceWindows windows, Transactions transactions, RegexSyntax regex,
                                 OutboundPolicy policy, RandomGenerator random, Clock clock) {
        this.dependencies = dependencies;
        this.checks = checks;
        this.changes = new CheckStatusChanges(systems, dependencies, new StatusRecorder(log, events, systems, dependencies, windows));
        this.transactions = transactions;
        this.regex = regex;
        this.policy = policy;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public ConfiguredCheck configure(ConfigureCheckCommand command) {
        if (command.definition() instanceof CheckDefinition.RunByVigil run && run.spec() instanceof HttpCheck http
                && http.bodyRule().orElse(null) instanceof BodyRule.Matches matches) {
            regex.problem(matches.pattern()).ifPresent(problem -> {
                throw new IllegalArgumentException("expect_body is not a valid regular expression: " + problem);
            });
        }
        refuseForbiddenAddress(command.definition());
        return transactions.inTransaction(() -> {
            Dependency dependency = dependencies.byId(command.dependency())
                    .orElseThrow(() -> new UnknownDependency(command.dependency()));
            Optional<Check> existing = checks.byDependency(dependency.id());
            Optional<PushToken> newToken = Optional.empty();
            CheckSpec spec;
            if (command.definition() instanceof CheckDefinition.Push push) {
                Optional<SecretHash> kept = existing.map(Check::spec).filter(PushCheck.class::isInstance)
                        .map(s -> ((PushCheck) s).tokenHash());
                SecretHash hash;
                if (kept.isPresent()) {
                    hash = kept.get();
                } else {
                    PushToken token = PushToken.generate(random);
                    newToken = Optional.of(token);
                    hash = token.hash();
                }
                spec = new PushCheck(push.period(), push.cron(), push.zone(), push.grace(), hash);
            } else {
                spec = ((CheckDefinition.RunByVigil) command.definition()).spec();
            }
            Instant now = clock.instant();
            Check check = existing.map(c -> c.reconfigure(spec, command.thresholds(), now))
                    .orElseGet(() -> Check.configure(dependency.id(), spec, command.thresholds(), now));
            checks.save(check);
            Dependency after = dependency;
            if (dependency.status() == Status.OPERATIONAL) {
                after = changes.change(dependency, Status.UNKNOWN,
                        "Check configured (" + spec.kind().wireName() + "); waiting for its first result", now);
                changes.deriveAgain(List.of(dependency.systemId()), now);
            }
            return new ConfiguredCheck(after, check, newToken);
        });
    }

    /**
     * A target written as an IP address the outbound policy refuses is refused at once (a host name is judged when
     * the check runs, with every address it resolves to; the core never resolves names).
     */
    private void refuseForbiddenAddress(CheckDefinition definition) {
        if (!(definition instanceof CheckDefinition.RunByVigil run)) {
            return;
        }
        String field = run.spec() instanceof HttpCheck ? "url" : "host";
        String host = run.spec() instanceof HttpCheck http ? http.url().getHost() : ((TcpCheck) run.spec()).host();
        literalAddress(host).flatMap(policy::refusal).ifPresent(refusal -> {
            throw new IllegalArgumentException(field + " is refused by the outbound policy: " + refusal);
        });
    }

    private static Optional<InetAddress> literalAddress(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            Cidr single = Cidr.parse(bare);
            return single.prefix() == single.network().getAddress().length * 8 ? Optional.of(single.network()) : Optional.empty();
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }
}
