package dev.vigil.application.fakes;

import dev.vigil.application.port.out.RegexSyntax;
import java.util.Optional;

/** Stands in for the RE2/J syntax check: refuses patterns whose parentheses do not balance. */
public final class BalancedParenthesesRegexSyntax implements RegexSyntax {
    @Override
    public Optional<String> problem(String pattern) {
        int depth = 0;
        for (char c : pattern.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return Optional.of("unbalanced parenthesis");
            }
        }
        return depth == 0 ? Optional.empty() : Optional.of("missing closing )");
    }
}
