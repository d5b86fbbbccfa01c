package dev.vigil.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void optional_turnsNullIntoEmpty_andTrims() {
        assertThat(Text.optional(null, "owner", 10)).isEmpty();
        assertThat(Text.optional("  team ", "owner", 10)).isEqualTo("team");
    }

    @Test
    void lengthIsCheckedAfterTrimming() {
        assertThat(Text.required("  abc  ", "name", 3)).isEqualTo("abc");
        assertThatThrownBy(() -> Text.required("abcd", "name", 3)).hasMessage("name must be at most 3 characters");
    }

    @Test
    void multiline_keepsBreaksButNotOtherControls() {
        assertThat(Text.multiline("a\r\n\tb", "message", 10)).isEqualTo("a\r\n\tb");
        assertThatThrownBy(() -> Text.multiline("a\u0007b", "message", 10))
                .hasMessage("message must not contain control characters");
        assertThatThrownBy(() -> Text.optional("a\nb", "owner", 10))
                .hasMessage("owner must not contain control characters");
    }
}
