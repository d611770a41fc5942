package io.longwave.identity.organization;

import io.longwave.identity.EntityKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.options.IdentityOptions;
import io.longwave.identity.rights.Right;

/**
 * Who may create which entity under which owner: the right the caller needs on the owner, the
 * {@code is.user-rights.create-*} switches for users' own accounts, and the entity limits.
 */
public final class CreationPolicy {

    private CreationPolicy() {
    }

    /** The right on the owner (a user or an organization) that creating {@code kind} under it needs. */
    public static Right createRight(EntityKind owner, EntityKind kind) {
        return switch (owner) {
            case USER -> switch (kind) {
                case APPLICATION -> Right.RIGHT_USER_APPLICATIONS_CREATE;
                case GATEWAY -> Right.RIGHT_USER_GATEWAYS_CREATE;
                case ORGANIZATION -> Right.RIGHT_USER_ORGANIZATIONS_CREATE;
                case CLIENT -> Right.RIGHT_USER_CLIENTS_CREATE;
                case USER -> throw new IllegalArgumentException("users are not created under users");
            };
            case ORGANIZATION -> switch (kind) {
                case APPLICATION -> Right.RIGHT_ORGANIZATION_APPLICATIONS_CREATE;
                case GATEWAY -> Right.RIGHT_ORGANIZATION_GATEWAYS_CREATE;
                case CLIENT -> Right.RIGHT_ORGANIZATION_CLIENTS_CREATE;
                default -> throw IdentityException.invalid("owner", "an organization cannot own a " + kind.single());
            };
            default -> throw IdentityException.invalid("owner", "a " + owner.single() + " cannot own entities");
        };
    }

    /** The right on the owner that listing its entities of {@code kind} needs. */
    public static Right listRight(EntityKind owner, EntityKind kind) {
        return switch (owner) {
            case USER -> switch (kind) {
                case APPLICATION -> Right.RIGHT_USER_APPLICATIONS_LIST;
                case GATEWAY -> Right.RIGHT_USER_GATEWAYS_LIST;
                case ORGANIZATION -> Right.RIGHT_USER_ORGANIZATIONS_LIST;
                case CLIENT -> Right.RIGHT_USER_CLIENTS_LIST;
                case USER -> throw new IllegalArgumentException("users are not listed under users");
            };
            case ORGANIZATION -> switch (kind) {
                case APPLICATION -> Right.RIGHT_ORGANIZATION_APPLICATIONS_LIST;
                case GATEWAY -> Right.RIGHT_ORGANIZATION_GATEWAYS_LIST;
                case CLIENT -> Right.RIGHT_ORGANIZATION_CLIENTS_LIST;
                default -> throw IdentityException.invalid("owner", "an organization cannot own a " + kind.single());
            };
            default -> throw IdentityException.invalid("owner", "a " + owner.single() + " cannot own entities");
        };
    }

    /** Whether {@code is.user-rights.create-*} lets non-admins create {@code kind} under their own account. */
    public static boolean usersMayCreate(IdentityOptions.UserRights options, EntityKind kind) {
        return switch (kind) {
            case APPLICATION -> options.createApplications();
            case GATEWAY -> options.createGateways();
            case ORGANIZATION -> options.createOrganizations();
            case CLIENT -> options.createClients();
            case USER -> false;
        };
    }

    /**
     * Refuses a non-admin creating under a user account when the option forbids it. Organizations are not
     * covered by the switch: a member with the organization's create right may always create there.
     */
    public static void requireSwitch(boolean admin, EntityKind owner, EntityKind kind, IdentityOptions.UserRights options) {
        if (!admin && owner == EntityKind.USER && !usersMayCreate(options, kind)) {
            throw IdentityException.permissionDenied("an admin to create " + kind.plural()
                    + " (is.user-rights.create-" + kind.plural() + " is false)");
        }
    }

    /** Refuses creating one more when {@code existing} already reaches {@code limit} (null: unlimited). */
    public static void requireBelowLimit(String what, Integer limit, long existing) {
        if (limit != null && existing >= limit) {
            throw IdentityException.limitReached(what, limit);
        }
    }
}
