package io.longwave.identity.rights;

import java.util.EnumSet;
import java.util.Set;

/**
 * The Things Stack rights, by their API names. A {@code *_ALL} right stands for every right of its
 * group, and {@link #RIGHT_ALL} for every right there is; {@link #expand} resolves them.
 */
public enum Right {
    RIGHT_USER_INFO, RIGHT_USER_SETTINGS_BASIC, RIGHT_USER_LIST, RIGHT_USER_CREATE,
    RIGHT_USER_SETTINGS_API_KEYS, RIGHT_USER_DELETE, RIGHT_USER_AUTHORIZED_CLIENTS,
    RIGHT_USER_APPLICATIONS_LIST, RIGHT_USER_APPLICATIONS_CREATE, RIGHT_USER_GATEWAYS_LIST,
    RIGHT_USER_GATEWAYS_CREATE, RIGHT_USER_CLIENTS_LIST, RIGHT_USER_CLIENTS_CREATE,
    RIGHT_USER_ORGANIZATIONS_LIST, RIGHT_USER_ORGANIZATIONS_CREATE, RIGHT_USER_NOTIFICATIONS_READ,
    RIGHT_USER_ALL(Group.USER),

    RIGHT_APPLICATION_INFO, RIGHT_APPLICATION_SETTINGS_BASIC, RIGHT_APPLICATION_SETTINGS_API_KEYS,
    RIGHT_APPLICATION_SETTINGS_COLLABORATORS, RIGHT_APPLICATION_SETTINGS_PACKAGES, RIGHT_APPLICATION_DELETE,
    RIGHT_APPLICATION_DEVICES_READ, RIGHT_APPLICATION_DEVICES_WRITE, RIGHT_APPLICATION_DEVICES_READ_KEYS,
    RIGHT_APPLICATION_DEVICES_WRITE_KEYS, RIGHT_APPLICATION_TRAFFIC_READ, RIGHT_APPLICATION_TRAFFIC_UP_WRITE,
    RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE, RIGHT_APPLICATION_LINK,
    RIGHT_APPLICATION_ALL(Group.APPLICATION),

    RIGHT_CLIENT_INFO, RIGHT_CLIENT_SETTINGS_BASIC, RIGHT_CLIENT_SETTINGS_COLLABORATORS, RIGHT_CLIENT_DELETE,
    RIGHT_CLIENT_ALL(Group.CLIENT),

    RIGHT_GATEWAY_INFO, RIGHT_GATEWAY_SETTINGS_BASIC, RIGHT_GATEWAY_SETTINGS_API_KEYS,
    RIGHT_GATEWAY_SETTINGS_COLLABORATORS, RIGHT_GATEWAY_DELETE, RIGHT_GATEWAY_TRAFFIC_READ,
    RIGHT_GATEWAY_TRAFFIC_DOWN_WRITE, RIGHT_GATEWAY_LINK, RIGHT_GATEWAY_STATUS_READ, RIGHT_GATEWAY_LOCATION_READ,
    RIGHT_GATEWAY_WRITE_SECRETS, RIGHT_GATEWAY_READ_SECRETS,
    RIGHT_GATEWAY_ALL(Group.GATEWAY),

    RIGHT_ORGANIZATION_INFO, RIGHT_ORGANIZATION_SETTINGS_BASIC, RIGHT_ORGANIZATION_SETTINGS_API_KEYS,
    RIGHT_ORGANIZATION_SETTINGS_MEMBERS, RIGHT_ORGANIZATION_DELETE, RIGHT_ORGANIZATION_APPLICATIONS_LIST,
    RIGHT_ORGANIZATION_APPLICATIONS_CREATE, RIGHT_ORGANIZATION_GATEWAYS_LIST, RIGHT_ORGANIZATION_GATEWAYS_CREATE,
    RIGHT_ORGANIZATION_CLIENTS_LIST, RIGHT_ORGANIZATION_CLIENTS_CREATE, RIGHT_ORGANIZATION_ADD_AS_COLLABORATOR,
    RIGHT_ORGANIZATION_ALL(Group.ORGANIZATION),

    RIGHT_SEND_INVITES,
    RIGHT_ALL(null);

    /**
     * The entity group a right belongs to, by name prefix. As in The Things Stack, an organization's
     * rights include those over its applications, clients and gateways, and a user's include all of them.
     */
    public enum Group {
        USER, APPLICATION, CLIENT, GATEWAY, ORGANIZATION;

        boolean covers(Group other) {
            return this == other || this == USER
                    || (this == ORGANIZATION && (other == APPLICATION || other == CLIENT || other == GATEWAY));
        }

        /** The {@code *_ALL} right of this group. */
        public Right all() {
            return Right.valueOf("RIGHT_" + name() + "_ALL");
        }
    }

    private final boolean aggregate;
    private final Group aggregateOf;

    Right() {
        this.aggregate = false;
        this.aggregateOf = null;
    }

    Right(Group aggregateOf) {
        this.aggregate = true;
        this.aggregateOf = aggregateOf;
    }

    public boolean isAggregate() {
        return aggregate;
    }

    /** The group by name: RIGHT_APPLICATION_INFO is in APPLICATION; RIGHT_SEND_INVITES and RIGHT_ALL in none. */
    public Group group() {
        for (Group g : Group.values()) {
            if (name().startsWith("RIGHT_" + g.name() + "_")) {
                return g;
            }
        }
        return null;
    }

    /** The rights that secrets hang on; admins hold them only with {@code is.admin-rights.all}. */
    public boolean guardsSecrets() {
        return this == RIGHT_APPLICATION_DEVICES_READ_KEYS || this == RIGHT_APPLICATION_DEVICES_WRITE_KEYS
                || this == RIGHT_GATEWAY_READ_SECRETS || this == RIGHT_GATEWAY_WRITE_SECRETS || aggregate;
    }

    /** Every concrete right the given ones stand for, with the aggregates that are fully covered added back. */
    public static Set<Right> expand(Set<Right> rights) {
        EnumSet<Right> out = EnumSet.noneOf(Right.class);
        for (Right r : rights) {
            if (r == RIGHT_ALL) {
                out.addAll(EnumSet.allOf(Right.class));
            } else if (r.aggregate) {
                for (Right c : values()) {
                    if ((c.group() != null && r.aggregateOf.covers(c.group()))
                            || (c == RIGHT_SEND_INVITES && r.aggregateOf == Group.USER)) {
                        out.add(c);
                    }
                }
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Parses an API name; unknown names raise IllegalArgumentException naming the value. */
    public static Right parse(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown right `" + name + "`");
        }
    }
}
