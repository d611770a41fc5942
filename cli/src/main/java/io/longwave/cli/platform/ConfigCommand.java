package io.longwave.cli.platform;

import io.longwave.platform.config.DatabaseUri;
import io.longwave.platform.config.DeploymentSettings;
import io.longwave.platform.config.DeploymentSettingsParser;
import io.longwave.platform.config.InvalidSettingException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code lw cli config check|env}: the deployment variables as the server will read them. */
@Command(name = "config", description = "Check the deployment variables (TTS_*, TTN_LW_*, PB_*, LW_*).",
        subcommands = {ConfigCommand.Check.class, ConfigCommand.Env.class})
public final class ConfigCommand {

    static DeploymentSettings parseEnvironment() {
        return DeploymentSettingsParser.parse(name -> Optional.ofNullable(System.getenv(name)));
    }

    @Command(name = "check", description = "Validate the environment; exit 2 naming the first bad variable.")
    static final class Check implements Callable<Integer> {
        @Override
        public Integer call() {
            try {
                DeploymentSettings s = parseEnvironment();
                System.out.println("configuration valid: domain=" + s.domain() + " net_id=" + s.netId()
                        + " dev_addr_range=" + s.devAddrRange());
                return 0;
            } catch (InvalidSettingException e) {
                System.err.println("invalid configuration: " + e.getMessage());
                return 2;
            }
        }
    }

    /** Prints shell assignments of derived values for the ./lw script (single-quoted, safe to eval). */
    @Command(name = "env", description = "Print derived settings as shell assignments (used by ./lw).")
    static final class Env implements Callable<Integer> {
        @Override
        public Integer call() {
            DeploymentSettings s;
            try {
                s = parseEnvironment();
            } catch (InvalidSettingException e) {
                System.err.println("invalid configuration: " + e.getMessage());
                return 2;
            }
            print("LW_DOMAIN", s.domain());
            print("LW_ADMIN_EMAIL", s.admin().email());
            print("LW_ADMIN_PASSWORD_DEFAULT", Boolean.toString(s.admin().passwordFromDefault()));
            DeploymentSettings.Listeners l = s.listeners();
            print("LW_HTTP_PORT", Integer.toString(l.httpPort()));
            print("LW_HTTPS_PORT", Integer.toString(l.httpsPort()));
            print("LW_UDP_PORT", Integer.toString(l.udpPort()));
            print("LW_STATION_WS_PORT", Integer.toString(l.stationWsPort()));
            print("LW_STATION_WSS_PORT", Integer.toString(l.stationWssPort()));
            print("LW_BIND_HOST", l.bindAll() ? "*" : "127.0.0.1");
            print("LW_UDP_BIND_ADDRESS", l.bindAddress());
            s.database().ifPresent(db -> printDatabase(db));
            s.redis().ifPresent(r -> print("LW_REDIS_HOSTPORT", r.toString()));
            return 0;
        }

        private static void printDatabase(DatabaseUri db) {
            print("LW_DB_URL", db.jdbcUrl());
            print("LW_DB_USER", db.user());
            print("LW_DB_PASSWORD", db.password());
            print("LW_DB_HOST", db.host());
            print("LW_DB_PORT", Integer.toString(db.port()));
            print("LW_DB_NAME", db.database());
        }

        private static void print(String name, String value) {
            System.out.println(name + "='" + value.replace("'", "'\"'\"'") + "'");
        }
    }
}
