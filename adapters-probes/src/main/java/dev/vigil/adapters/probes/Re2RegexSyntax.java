package dev.vigil.adapters.probes;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.vigil.application.port.out.RegexSyntax;
import java.util.Optional;

/** Checks a user's pattern with RE2/J, the engine the HTTP probe runs it on. */
public final class Re2RegexSyntax implements RegexSyntax {
    @Override
    public Optional<String> problem(String pattern) {
        try {
            Pattern.compile(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(e.getDescription());
        }
    }
}
