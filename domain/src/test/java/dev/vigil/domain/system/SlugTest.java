package dev.vigil.domain.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Checkout API|checkout-api",
            "  Über Café — Zürich  |uber-cafe-zurich",
            "DB_primary (EU)|db-primary-eu",
            "<img src=x onerror=alert(1)>|img-src-x-onerror-alert-1",
            "!!!|system",
            "日本語|system",
    })
    void fromName(String name, String expected) {
        assertThat(Slug.fromName(name).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-api", "api-", "a--b", "API", "a b", "a_b"})
    void invalidSlugs_areRejected(String value) {
        assertThatThrownBy(() -> Slug.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("slug must be");
    }

    @org.junit.jupiter.api.Test
    void longNames_areCutAtTheLimit() {
        Slug slug = Slug.fromName("a".repeat(63) + " b");

        assertThat(slug.value()).hasSize(63).doesNotEndWith("-");
    }

    @org.junit.jupiter.api.Test
    void withSuffix_staysWithinTheLimit() {
        assertThat(Slug.of("api").withSuffix(2).value()).isEqualTo("api-2");
        assertThat(Slug.of("a".repeat(64)).withSuffix(12).value()).hasSize(64).endsWith("-12");
    }
}
