package dev.vigil.application.port.in.backup;

import dev.vigil.domain.apikey.SecretHash;
import dev.vigil.domain.check.Check;
import java.util.Objects;
import java.util.Set;

/**
 * A check to load. When the document was exported without secrets its secrets are withheld: an HTTP check comes
 * without its headers (only their names are known) and body, a push check with {@link #WITHHELD_TOKEN} for its
 * token's hash. Loading then keeps the stored check's secrets where there are any, and otherwise says what is
 * missing (a push check gets a new token, to be rotated to learn it).
 */
public record ImportedCheck(Check check, boolean secretsWithheld, Set<String> withheldHeaderNames,
                            boolean bodyWithheld) {
    /** Stands for a push token hash the document does not carry; never stored. */
    public static final SecretHash WITHHELD_TOKEN = new SecretHash("0".repeat(64));

    public ImportedCheck {
        Objects.requireNonNull(check, "check");
        withheldHeaderNames = Set.copyOf(withheldHeaderNames);
    }

    /** A check with all of its secrets. */
    public static ImportedCheck complete(Check check) {
        return new ImportedCheck(check, false, Set.of(), false);
    }
}
