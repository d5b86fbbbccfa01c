package dev.vigil.adapters.probes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.vigil.domain.check.BodyRule;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judges a response body against a check's body rule. Regular expressions run on RE2/J, whose matching time grows
 * linearly with the body: a user's pattern cannot make a probe hang (java.util.regex can backtrack exponentially).
 */
final class BodyRules {
    private static final int CACHE_MAX = 10_000;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    /** Why the body breaks the rule, or empty when it satisfies it. */
    Optional<String> problem(BodyRule rule, String body, boolean truncated) {
        String note = truncated ? " (only the first 1 MiB was read)" : "";
        if (rule instanceof BodyRule.Contains contains) {
            return body.contains(contains.text()) ? Optional.empty()
                    : Optional.of("body does not contain '" + shorten(contains.text()) + "'" + note);
        }
        if (rule instanceof BodyRule.Matches matches) {
            Pattern pattern;
            try {
                pattern = compile(matches.pattern());
            } catch (PatternSyntaxException e) {
                return Optional.of("expect_body is not a valid regular expression");
            }
            return pattern.matcher(body).find() ? Optional.empty()
                    : Optional.of("body does not match /" + shorten(matches.pattern()) + "/" + note);
        }
        return jsonProblem((BodyRule.JsonFieldEquals) rule, body, note);
    }

    private Optional<String> jsonProblem(BodyRule.JsonFieldEquals rule, String body, String note) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException e) {
            return Optional.of("body is not JSON" + note);
        }
        if (node == null) {
            return Optional.of("body is not JSON" + note);
        }
        for (String segment : rule.segments()) {
            JsonNode next = node.isArray() && segment.matches("\\d{1,9}") ? node.get(Integer.parseInt(segment)) : node.get(segment);
            if (next == null) {
                return Optional.of("body has no JSON field " + rule.path());
            }
            node = next;
        }
        String actual = node.isTextual() ? node.textValue() : node.toString();
        return actual.equals(rule.value()) ? Optional.empty()
                : Optional.of("JSON field " + rule.path() + " is " + shorten(node.toString()) + ", expected "
                + shorten(rule.value()));
    }

    private Pattern compile(String pattern) {
        Pattern compiled = patterns.get(pattern);
        if (compiled == null) {
            compiled = Pattern.compile(pattern);
            if (patterns.size() >= CACHE_MAX) {
                patterns.clear();
            }
            patterns.put(pattern, compiled);
        }
        return compiled;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
