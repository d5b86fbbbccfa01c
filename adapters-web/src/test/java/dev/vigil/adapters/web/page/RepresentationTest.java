package dev.vigil.adapters.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepresentationTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "gzip                          | true",
            "gzip, deflate, br, zstd       | true",
            "br;q=1.0, GZIP;q=0.5          | true",
            "x-gzip                        | true",
            "*                             | true",
            "gzip;q=0                      | false",
            "gzip;q=0, *                   | false",
            "deflate, br                   | false",
            "identity                      | false",
            "*;q=0                         | false",
            "gzip;q=zero                   | false",
            "''                            | false",
    })
    void acceptsGzip_readsTheAcceptEncodingHeader(String header, boolean expected) {
        assertThat(Representation.acceptsGzip(header)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"abc\"                 | true",
            "\"x\", \"abc\"          | true",
            "W/\"abc\"               | true",
            "*                       | true",
            "\"abc-gz\"              | false",
            "abc                     | false",
            "''                      | false",
    })
    void matches_comparesEntityTagsWeakly(String ifNoneMatch, boolean expected) {
        assertThat(Representation.matches(ifNoneMatch, "\"abc\"")).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void differentBodies_haveDifferentTags_andEqualBodiesTheSame() {
        Representation a = Representation.html("<p>a</p>".getBytes());
        Representation b = Representation.html("<p>b</p>".getBytes());

        assertThat(a.etag()).isNotEqualTo(b.etag());
        assertThat(a.etag()).isEqualTo(Representation.html("<p>a</p>".getBytes()).etag());
        assertThat(Representation.acceptsGzip(null)).isFalse();
        assertThat(Representation.matches(null, a.etag())).isFalse();
    }
}
