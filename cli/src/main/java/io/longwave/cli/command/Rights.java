package io.longwave.cli.command;

import java.util.List;
import java.util.Locale;

/** The Things Stack rights the CLI offers as {@code --right-...} flags: the one list of them. */
public final class Rights {

    public static final List<String> NAMES = List.of(
            "RIGHT_USER_INFO",
            "RIGHT_USER_SETTINGS_BASIC",
            "RIGHT_USER_LIST",
            "RIGHT_USER_CREATE",
            "RIGHT_USER_SETTINGS_API_KEYS",
            "RIGHT_USER_DELETE",
            "RIGHT_USER_AUTHORIZED_CLIENTS",
            "RIGHT_USER_APPLICATIONS_LIST",
            "RIGHT_USER_APPLICATIONS_CREATE",
            "RIGHT_USER_GATEWAYS_LIST",
            "RIGHT_USER_GATEWAYS_CREATE",
            "RIGHT_USER_CLIENTS_LIST",
            "RIGHT_USER_CLIENTS_CREATE",
            "RIGHT_USER_ORGANIZATIONS_LIST",
            "RIGHT_USER_ORGANIZATIONS_CREATE",
            "RIGHT_USER_NOTIFICATIONS_READ",
            "RIGHT_USER_ALL",
            "RIGHT_APPLICATION_INFO",
            "RIGHT_APPLICATION_SETTINGS_BASIC",
            "RIGHT_APPLICATION_SETTINGS_API_KEYS",
            "RIGHT_APPLICATION_SETTINGS_COLLABORATORS",
            "RIGHT_APPLICATION_SETTINGS_PACKAGES",
            "RIGHT_APPLICATION_DELETE",
            "RIGHT_APPLICATION_DEVICES_READ",
            "RIGHT_APPLICATION_DEVICES_WRITE",
            "RIGHT_APPLICATION_DEVICES_READ_KEYS",
            "RIGHT_APPLICATION_DEVICES_WRITE_KEYS",
            "RIGHT_APPLICATION_TRAFFIC_READ",
            "RIGHT_APPLICATION_TRAFFIC_UP_WRITE",
            "RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE",
            "RIGHT_APPLICATION_LINK",
            "RIGHT_APPLICATION_ALL",
            "RIGHT_CLIENT_INFO",
            "RIGHT_CLIENT_SETTINGS_BASIC",
            "RIGHT_CLIENT_SETTINGS_COLLABORATORS",
            "RIGHT_CLIENT_DELETE",
            "RIGHT_CLIENT_ALL",
            "RIGHT_GATEWAY_INFO",
            "RIGHT_GATEWAY_SETTINGS_BASIC",
            "RIGHT_GATEWAY_SETTINGS_API_KEYS",
            "RIGHT_GATEWAY_SETTINGS_COLLABORATORS",
            "RIGHT_GATEWAY_DELETE",
            "RIGHT_GATEWAY_TRAFFIC_READ",
            "RIGHT_GATEWAY_TRAFFIC_DOWN_WRITE",
            "RIGHT_GATEWAY_LINK",
            "RIGHT_GATEWAY_STATUS_READ",
            "RIGHT_GATEWAY_LOCATION_READ",
            "RIGHT_GATEWAY_WRITE_SECRETS",
            "RIGHT_GATEWAY_READ_SECRETS",
            "RIGHT_GATEWAY_ALL",
            "RIGHT_ORGANIZATION_INFO",
            "RIGHT_ORGANIZATION_SETTINGS_BASIC",
            "RIGHT_ORGANIZATION_SETTINGS_API_KEYS",
            "RIGHT_ORGANIZATION_SETTINGS_MEMBERS",
            "RIGHT_ORGANIZATION_DELETE",
            "RIGHT_ORGANIZATION_APPLICATIONS_LIST",
            "RIGHT_ORGANIZATION_APPLICATIONS_CREATE",
            "RIGHT_ORGANIZATION_GATEWAYS_LIST",
            "RIGHT_ORGANIZATION_GATEWAYS_CREATE",
            "RIGHT_ORGANIZATION_CLIENTS_LIST",
            "RIGHT_ORGANIZATION_CLIENTS_CREATE",
            "RIGHT_ORGANIZATION_ADD_AS_COLLABORATOR",
            "RIGHT_ORGANIZATION_ALL",
            "RIGHT_SEND_INVITES",
            "RIGHT_ALL");

    private Rights() {
    }

    /** {@code RIGHT_APPLICATION_TRAFFIC_READ} -> {@code --right-application-traffic-read}. */
    public static String flag(String right) {
        return "--right-" + right.substring("RIGHT_".length()).toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
