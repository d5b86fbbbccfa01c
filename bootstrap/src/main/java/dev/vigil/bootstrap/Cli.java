package dev.vigil.bootstrap;

import dev.vigil.adapters.persistence.JdbiApiKeys;
import dev.vigil.adapters.persistence.JdbiTransactions;
import dev.vigil.adapters.persistence.SqliteDatabase;
import dev.vigil.application.port.in.apikey.CreateApiKeyCommand;
import dev.vigil.application.port.in.apikey.IssuedApiKey;
import dev.vigil.application.service.CreateApiKeyService;
import dev.vigil.domain.apikey.Scope;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The verbs of {@code java -jar vigil.jar}: serve (the default), apikey, export, import, backup, and the version. */
public final class Cli {
    /** Returned by {@link #run} when the server is running and the process must not exit. */
    public static final int SERVING = -1;
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private static final String USAGE = """
            Usage: java -jar vigil.jar [COMMAND] [OPTIONS]

            Commands:
              serve            serve the API and the status page (the default)
              apikey create    create an API key and print its secret
              export           write every entity as one JSON document (to a file or standard output)
              import FILE      load an export (or the predecessor's) into the database
              backup           write a consistent copy of the database file (works while serving)
              --version        print version, commit and build time
              --help           print this help

            Run 'java -jar vigil.jar COMMAND --help' for a command's options.
            """;
    private static final String SERVE_USAGE = """
            Usage: java -jar vigil.jar [serve] [--port N] [--db FILE] [--host ADDRESS] [--public-url URL]
                                       [status page and admin options] [notification options]
                                       [--raw-retention-days N] [--hourly-retention-days N] [outbound options]

              --port N        port to listen on (VIGIL_PORT, default 8080; 0 picks a free one)
              --db FILE       SQLite database file (VIGIL_DB, default ./data/vigil.db); its folder is created
              --host ADDRESS  address to bind (VIGIL_HOST, default 0.0.0.0)
              --raw-retention-days N     days raw check results are kept (VIGIL_RAW_RETENTION_DAYS, default 2)
              --hourly-retention-days N  days hourly roll-ups are kept (VIGIL_HOURLY_RETENTION_DAYS, default 90)
              --public-url URL  where people reach Vigil (VIGIL_PUBLIC_URL): links in messages; https:// makes
                                login cookies Secure

            Status page and admin UI:
              --refresh-seconds N        how often open pages refresh (VIGIL_REFRESH_SECONDS, default 30)
              --admin-password PASSWORD  the admin UI password (VIGIL_ADMIN_PASSWORD, 12+ characters; prefer the
                                         variable: flags show in process lists); without it the first start
                                         generates one and prints it once

            Notifications:
              --notify-coalesce-seconds N      merge changes of one system within N seconds (VIGIL_NOTIFY_COALESCE_SECONDS, default 30)
              --webhook-timeout-seconds N      timeout of one webhook attempt (VIGIL_WEBHOOK_TIMEOUT_SECONDS, default 10)
              --telegram-api-base URL          Telegram Bot API base (VIGIL_TELEGRAM_API_BASE, default https://api.telegram.org)

            Where checks and webhooks may send (link-local and cloud-metadata addresses are always refused):
              --outbound-deny CIDR[,CIDR...]   refuse these networks too (VIGIL_OUTBOUND_DENY), e.g. 10.0.0.0/8
              --outbound-allow CIDR[,CIDR...]  reach only these networks (VIGIL_OUTBOUND_ALLOW)

            Backups and monitoring:
              --import-limit-mb N              largest body of POST /api/import (VIGIL_IMPORT_LIMIT_MB, default 64)
              --metrics-public                 serve /metrics without an API key (VIGIL_METRICS_PUBLIC=true)

            Environment: VIGIL_ADMIN_KEY provisions an admin API key with that secret (16+ characters).
            """;
    private static final String APIKEY_USAGE = """
            Usage: java -jar vigil.jar apikey create [--name NAME] [--scope read|write|admin]... [--db FILE]

            Creates an API key directly in the database (works while the server runs) and prints only
            its secret on standard output, so that KEY=$(java -jar vigil.jar apikey create) works.
              --name NAME     a name for the key (default "cli")
              --scope SCOPE   read, write or admin; repeat for several (default admin)
              --db FILE       SQLite database file (VIGIL_DB, default ./data/vigil.db)
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Clock clock;

    public Cli(PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.clock = clock;
    }

    /** Runs the command in {@code args}; returns the process exit code, or {@link #SERVING}. */
    public int run(String... args) {
        List<String> list = Arrays.asList(args);
        String first = list.isEmpty() ? "serve" : list.get(0);
        try {
            switch (first) {
                case "--version", "-v", "version":
                    out.print(BuildInfo.load().describe());
                    return 0;
                case "--help", "-h", "help":
                    out.print(USAGE);
                    return 0;
                case "serve":
                    return serve(list.subList(Math.min(1, list.size()), list.size()));
                case "apikey":
                    return apikey(list.subList(1, list.size()));
                case "export", "import", "backup":
                    return new OperationsCommands(out, err, env, clock).run(first, list.subList(1, list.size()));
                default:
                    if (first.startsWith("--")) {
                        return serve(list);
                    }
                    err.println("vigil: unknown command '" + first + "'");
                    err.print(USAGE);
                    return 2;
            }
        } catch (IllegalArgumentException e) {
            err.println("vigil: " + e.getMessage());
            return 2;
        }
    }

    private int serve(List<String> args) {
        Flags flags = Flags.parse(args, Set.of("--port", "--db", "--host",
                "--public-url", "--notify-coalesce-seconds", "--webhook-timeout-seconds", "--telegram-api-base",
                "--raw-retention-days", "--hourly-retention-days", "--refresh-seconds", "--admin-password",
                "--outbound-deny", "--outbound-allow", "--import-limit-mb"),
                Set.of("--help", "--metrics-public"));
        if (flags.has("--help")) {
            out.print(SERVE_USAGE);
            return 0;
        }
        AppConfig config = AppConfig.from(flags.last(), env);
        VigilApp app;
        try {
            app = VigilApp.start(config, out::println, clock);
        } catch (RuntimeException e) {
            LOG.error("Vigil could not start", e);
            err.println("vigil: cannot start: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "vigil-shutdown"));
        return SERVING;
    }

    private int apikey(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("--help")) {
            out.print(APIKEY_USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        if (!args.get(0).equals("create")) {
            throw new IllegalArgumentException("unknown apikey command '" + args.get(0) + "'; try 'apikey create'");
        }
        Flags flags = Flags.parse(args.subList(1, args.size()), Set.of("--name", "--scope", "--db"), Set.of("--help"));
        if (flags.has("--help")) {
            out.print(APIKEY_USAGE);
            return 0;
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        flags.all("--scope").forEach(s -> scopes.add(Scope.fromWire(s)));
        if (scopes.isEmpty()) {
            scopes.add(Scope.ADMIN);
        }
        String name = flags.last().getOrDefault("--name", "cli");
        try (SqliteDatabase database = SqliteDatabase.open(AppConfig.databasePath(flags.last(), env))) {
            IssuedApiKey issued = new CreateApiKeyService(new JdbiApiKeys(database), new JdbiTransactions(database),
                    new SecureRandom(), clock).create(new CreateApiKeyCommand(name, scopes, Optional.empty()));
            out.println(issued.secret().reveal());
            return 0;
        }
    }
}
