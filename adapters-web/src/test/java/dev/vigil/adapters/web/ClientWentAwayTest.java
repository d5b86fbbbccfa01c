package dev.vigil.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;

/** A reader closing the connection mid-answer is not a server error (and is not logged as one). */
class ClientWentAwayTest {

    @Test
    void aClosedConnection_isRecognised_howeverDeeplyWrapped() {
        assertThat(WebApp.clientWentAway(new EofException("reset"))).isTrue();
        assertThat(WebApp.clientWentAway(new UncheckedIOException(new EofException()))).isTrue();
        assertThat(WebApp.clientWentAway(new RuntimeException(new UncheckedIOException(new EofException())))).isTrue();
    }

    @Test
    void otherFailures_includingOtherIoErrors_areStillServerErrors() {
        assertThat(WebApp.clientWentAway(new UncheckedIOException(new IOException("disk full")))).isFalse();
        assertThat(WebApp.clientWentAway(new IllegalStateException("bug"))).isFalse();
    }
}
