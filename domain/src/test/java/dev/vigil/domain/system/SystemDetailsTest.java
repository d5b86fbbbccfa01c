package dev.vigil.domain.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SystemDetailsTest {

    private static SystemDetails withUrl(String url) {
        return new SystemDetails("API", Slug.of("api"), "", url, "", Visibility.PUBLIC, SlaTarget.DEFAULT);
    }

    @Test
    void textIsTrimmed() {
        SystemDetails details = new SystemDetails("  API  ", Slug.of("api"), " Main API\n", " ", " Team ",
                Visibility.PUBLIC, SlaTarget.DEFAULT);

        assertThat(details.name()).isEqualTo("API");
        assertThat(details.description()).isEqualTo("Main API");
        assertThat(details.url()).isEmpty();
        assertThat(details.owner()).isEqualTo("Team");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankName_isRejected(String name) {
        assertThatThrownBy(() -> new SystemDetails(name, Slug.of("api"), "", "", "", Visibility.PUBLIC, SlaTarget.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name is required");
    }

    @Test
    void overlongName_isRejected() {
        assertThatThrownBy(() -> SystemFixtures.details("x".repeat(201)))
                .hasMessage("name must be at most 200 characters");
    }

    @Test
    void controlCharacterInName_isRejected() {
        assertThatThrownBy(() -> SystemFixtures.details("API\u0000"))
                .hasMessage("name must not contain control characters");
    }

    @Test
    void lineBreaksInDescription_areKept() {
        SystemDetails details = new SystemDetails("API", Slug.of("api"), "line 1\nline 2", "", "", Visibility.PUBLIC,
                SlaTarget.DEFAULT);

        assertThat(details.description()).isEqualTo("line 1\nline 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.example.com", "http://10.0.0.1:8080/health"})
    void httpUrls_areAccepted(String url) {
        assertThat(withUrl(url).url()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com", "example.com", "/relative", "javascript:alert(1)", "http://"})
    void otherUrls_areRejected(String url) {
        assertThatThrownBy(() -> withUrl(url)).hasMessage("url must be an absolute http or https URL");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, 100.01, Double.NaN, Double.POSITIVE_INFINITY})
    void slaTargetOutOfRange_isRejected(double target) {
        assertThatThrownBy(() -> new SlaTarget(target)).hasMessageContaining("sla_target");
    }

    @Test
    void slaTargetOfHundred_isAccepted() {
        assertThat(new SlaTarget(100).percent()).isEqualTo(100);
    }

    @Test
    void autoIncidentAfter_defaultsToTwoMinutes_zeroTurnsItOff_andIsBounded() {
        SystemDetails details = SystemFixtures.details("API");

        assertThat(details.autoIncidentAfter()).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThat(details.opensIncidentsAutomatically()).isTrue();
        assertThat(details.withAutoIncidentAfter(java.time.Duration.ZERO).opensIncidentsAutomatically()).isFalse();
        assertThat(details.withName("Other").autoIncidentAfter()).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThatThrownBy(() -> details.withAutoIncidentAfter(java.time.Duration.ofSeconds(-1)))
                .hasMessage("auto_incident_after must be a whole number of seconds from 0 to 604800");
        assertThatThrownBy(() -> details.withAutoIncidentAfter(java.time.Duration.ofDays(7).plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(details.withAutoIncidentAfter(java.time.Duration.ofDays(7)).autoIncidentAfter())
                .isEqualTo(java.time.Duration.ofDays(7));
    }
}
