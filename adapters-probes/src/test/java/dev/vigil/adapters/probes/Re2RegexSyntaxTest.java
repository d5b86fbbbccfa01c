package dev.vigil.adapters.probes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Re2RegexSyntaxTest {
    private final Re2RegexSyntax syntax = new Re2RegexSyntax();

    @Test
    void validPatterns_pass_andBrokenOnesSayWhy() {
        assertThat(syntax.problem("\"status\":\\s*\"ok\"")).isEmpty();
        assertThat(syntax.problem("(ok")).get().asString().contains("missing closing )");
    }

    @Test
    void backreferences_whichNeedBacktracking_areRefused() {
        assertThat(syntax.problem("(a)\\1")).isPresent();
    }
}
