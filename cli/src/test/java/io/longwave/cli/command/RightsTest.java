package io.longwave.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.cli.LongwaveCli;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

class RightsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "RIGHT_ALL, --right-all",
            "RIGHT_APPLICATION_TRAFFIC_READ, --right-application-traffic-read",
            "RIGHT_USER_SETTINGS_API_KEYS, --right-user-settings-api-keys",
            "RIGHT_SEND_INVITES, --right-send-invites",
            "RIGHT_GATEWAY_ALL, --right-gateway-all",
    })
    void flagNames(String right, String flag) {
        assertEquals(flag, Rights.flag(right));
    }

    @Test
    void everyRightHasItsOwnFlag() {
        Set<String> flags = new HashSet<>();
        for (String right : Rights.NAMES) {
            assertTrue(right.startsWith("RIGHT_") && right.equals(right.toUpperCase()), right);
            assertTrue(flags.add(Rights.flag(right)), "duplicate flag for " + right);
        }
    }

    private static CommandSpec parsed(String... args) {
        ParseResult result = new CommandLine(new LongwaveCli()).parseArgs(args);
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        return result.commandSpec();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "users api-keys create admin --right-all | RIGHT_ALL",
            "applications api-keys create app --right-application-traffic-read --right-application-link"
                    + " | RIGHT_APPLICATION_TRAFFIC_READ RIGHT_APPLICATION_LINK",
            "gateways collaborators set gw --user-id u --right-gateway-info --right-gateway-all | RIGHT_GATEWAY_INFO RIGHT_GATEWAY_ALL",
            "organizations api-keys update org K --name x | ''",
    })
    void selectedRightsFollowTheListOrder(String args, String rights) {
        CommandSpec spec = parsed(args.split(" "));
        assertEquals(rights.isEmpty() ? List.of() : List.of(rights.split(" ")), RightOptions.selected(spec));
    }

    @Test
    void everyRightFlagIsOnEveryRightTakingCommand() {
        for (String[] command : new String[][] {
                {"users", "api-keys", "create", "u"}, {"organizations", "api-keys", "update", "o", "k"},
                {"applications", "collaborators", "set", "a", "--user-id", "u"}, {"gateways", "api-keys", "create", "g"}}) {
            CommandSpec spec = parsed(command);
            for (String right : Rights.NAMES) {
                assertTrue(spec.findOption(Rights.flag(right)) != null, String.join(" ", command) + " lacks " + right);
            }
        }
    }
}
