package dev.vigil.adapters.web.admin;

import dev.vigil.adapters.web.HttpProblem;
import dev.vigil.domain.DomainRuleViolation;
import java.util.Optional;

/** Runs a form's change; a refusal (bad input, a broken rule) becomes the message shown beside the form. */
final class Refusals {
    private Refusals() {
    }

    /** A refused change: the HTTP status to answer with and the reason. */
    record Refused(int status, String message) {
    }

    static Optional<Refused> attempt(Runnable change) {
        try {
            change.run();
            return Optional.empty();
        } catch (DomainRuleViolation e) {
            return Optional.of(new Refused(409, e.getMessage()));
        } catch (IllegalArgumentException e) {
            return Optional.of(new Refused(400, e.getMessage()));
        } catch (HttpProblem e) {
            if (e.status() >= 500) {
                throw e;
            }
            return Optional.of(new Refused(e.status(), e.getMessage()));
        }
    }

    /** A decimal number typed into a form, with a message naming the field when it is not one. */
    static double number(String text, String field) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a number");
        }
    }
}
