package dev.vigil.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, Clock.systemUTC()).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void version_printsVersionCommitAndBuildTime() {
        assertThat(run(Map.of(), "--version")).isZero();

        assertThat(out()).startsWith("Vigil\n").contains("  Version:    0.1.0").contains("  Commit:     ").contains("  Build time: ");
    }

    @Test
    void help_listsTheCommands() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out()).contains("serve").contains("apikey create");
        assertThat(run(Map.of(), "serve", "--help")).isZero();
        assertThat(out()).contains("--port N").contains("VIGIL_DB");
    }

    @Test
    void unknownCommandsAndFlags_exitWith2() {
        assertThat(run(Map.of(), "frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'frobnicate'");
        assertThat(run(Map.of(), "--colour", "red")).isEqualTo(2);
        assertThat(err()).contains("unknown argument '--colour'");
        assertThat(run(Map.of(), "--port")).isEqualTo(2);
        assertThat(err()).contains("--port needs a value");
    }

    @Test
    void badPort_exitsWith2_beforeTouchingAnything(@TempDir Path folder) {
        assertThat(run(Map.of(), "--port", "99999", "--db", folder.resolve("x/vigil.db").toString())).isEqualTo(2);
        assertThat(err()).contains("port must be a number between 0 and 65535, not '99999'");
        assertThat(folder.resolve("x")).doesNotExist();
    }

    @Test
    void aMalformedOutboundList_exitsWith2_sayingWhichSetting(@TempDir Path folder) {
        assertThat(run(Map.of("VIGIL_OUTBOUND_DENY", "10.0.0.0/8;192.168.0.0/16"), "--db",
                folder.resolve("x/vigil.db").toString())).isEqualTo(2);
        assertThat(err()).contains("vigil: --outbound-deny (VIGIL_OUTBOUND_DENY): ");
        assertThat(folder.resolve("x")).doesNotExist();
        assertThat(run(Map.of(), "serve", "--help")).isZero();
        assertThat(out()).contains("--outbound-deny CIDR[,CIDR...]").contains("VIGIL_OUTBOUND_ALLOW");
    }

    @Test
    void apikeyCreate_printsOnlyTheSecret(@TempDir Path folder) {
        Path db = folder.resolve("vigil.db");

        assertThat(run(Map.of("VIGIL_DB", db.toString()), "apikey", "create", "--name", "ci", "--scope", "read")).isZero();

        assertThat(out().strip()).matches("vgl_[A-Za-z0-9_-]{43}");
        assertThat(run(Map.of(), "apikey", "create", "--scope", "root", "--db", db.toString())).isEqualTo(2);
        assertThat(err()).contains("scope must be read, write or admin");
    }
}
