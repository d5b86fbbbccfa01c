package dev.vigil.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Version, commit and build time, written into the jar by the build. */
public record BuildInfo(String version, String commit, String time) {

    public static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String commit = known(p.getProperty("commit"));
        if (!commit.equals("unknown") && "true".equals(p.getProperty("dirty"))) {
            commit += "-dirty";
        }
        return new BuildInfo(known(p.getProperty("version")), commit, known(p.getProperty("time")));
    }

    private static String known(String value) {
        return value == null || value.isBlank() || value.contains("${") ? "unknown" : value;
    }

    /** The text {@code --version} prints. */
    public String describe() {
        return "Vigil\n"
                + "  Version:    " + version + "\n"
                + "  Commit:     " + commit + "\n"
                + "  Build time: " + time + "\n";
    }
}
