package dev.vigil.bootstrap;

import java.time.Clock;

/** Starts Vigil: {@code java -jar vigil.jar [command] [options]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = new Cli(System.out, System.err, System.getenv(), Clock.systemUTC()).run(args);
        if (code != Cli.SERVING) {
            System.exit(code);
        }
    }
}
