package dev.vigil.application.service;

import dev.vigil.application.port.in.check.RotatePushToken;
import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.out.Checks;
import dev.vigil.application.port.out.Dependencies;
import dev.vigil.application.port.out.Transactions;
import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.NoCheckConfigured;
import dev.vigil.domain.check.PushCheck;
import dev.vigil.domain.check.PushToken;
import dev.vigil.domain.system.DependencyId;
import java.util.random.RandomGenerator;

/** Replaces a push check's token; only the new token's hash is kept, and the old token stops working. */
public final class RotatePushTokenService implements RotatePushToken {
    private final Dependencies dependencies;
    private final Checks checks;
    private final Transactions transactions;
    private final RandomGenerator random;

    public RotatePushTokenService(Dependencies dependencies, Checks checks, Transactions transactions,
                                  RandomGenerator random) {
        this.dependencies = dependencies;
        this.checks = checks;
        this.transactions = transactions;
        this.random = random;
    }

    @Override
    public PushToken rotate(DependencyId id) {
        PushToken token = PushToken.generate(random);
        return transactions.inTransaction(() -> {
            dependencies.byId(id).orElseThrow(() -> new UnknownDependency(id));
            Check check = checks.byDependency(id).filter(c -> c.spec() instanceof PushCheck)
                    .orElseThrow(() -> new NoCheckConfigured(id, "push check"));
            checks.save(check.withSpec(((PushCheck) check.spec()).withTokenHash(token.hash())));
            return token;
        });
    }
}
