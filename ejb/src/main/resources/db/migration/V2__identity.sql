-- Identity Server registries. Rights are stored as space-separated RIGHT_* names; API keys, tokens and
-- passwords only as hashes.
ALTER TABLE users
    ADD COLUMN description                        text         NOT NULL DEFAULT '',
    ADD COLUMN primary_email_address_validated_at timestamptz,
    ADD COLUMN require_password_update            boolean      NOT NULL DEFAULT false,
    ADD COLUMN temporary_password_hash            varchar(255),
    ADD COLUMN temporary_password_expires_at      timestamptz,
    ADD COLUMN sso_subject                        varchar(255),
    ADD COLUMN application_limit                  integer,
    ADD COLUMN gateway_limit                      integer,
    ADD COLUMN client_limit                       integer,
    ADD COLUMN organization_limit                 integer;
-- SSO users may come without an e-mail claim: only non-empty addresses must be unique.
DROP INDEX users_primary_email_address;
CREATE UNIQUE INDEX users_primary_email_address ON users (lower(primary_email_address))
    WHERE deleted_at IS NULL AND primary_email_address <> '';
CREATE UNIQUE INDEX users_sso_subject ON users (sso_subject) WHERE sso_subject IS NOT NULL;

CREATE TABLE organizations (
    organization_id        varchar(36)  PRIMARY KEY,
    name                   varchar(50)  NOT NULL DEFAULT '',
    description            text         NOT NULL DEFAULT '',
    administrative_contact varchar(36),
    technical_contact      varchar(36),
    application_limit      integer,
    gateway_limit          integer,
    client_limit           integer,
    created_at             timestamptz  NOT NULL,
    updated_at             timestamptz  NOT NULL,
    deleted_at             timestamptz
);

CREATE TABLE applications (
    application_id             varchar(36)  PRIMARY KEY,
    name                       varchar(50)  NOT NULL DEFAULT '',
    description                text         NOT NULL DEFAULT '',
    attributes                 text         NOT NULL DEFAULT '{}',
    administrative_contact     varchar(36),
    technical_contact          varchar(36),
    network_server_address     varchar(255) NOT NULL DEFAULT '',
    application_server_address varchar(255) NOT NULL DEFAULT '',
    join_server_address        varchar(255) NOT NULL DEFAULT '',
    end_device_limit           integer,
    dev_eui_counter            integer      NOT NULL DEFAULT 0,
    created_at                 timestamptz  NOT NULL,
    updated_at                 timestamptz  NOT NULL,
    deleted_at                 timestamptz
);

CREATE TABLE gateways (
    gateway_id                       varchar(36)  PRIMARY KEY,
    eui                              varchar(16),
    name                             varchar(50)  NOT NULL DEFAULT '',
    description                      text         NOT NULL DEFAULT '',
    attributes                       text         NOT NULL DEFAULT '{}',
    administrative_contact           varchar(36),
    technical_contact                varchar(36),
    frequency_plan_ids               text         NOT NULL DEFAULT '',
    enforce_duty_cycle               boolean      NOT NULL DEFAULT true,
    require_authenticated_connection boolean      NOT NULL DEFAULT false,
    gateway_server_address           varchar(255) NOT NULL DEFAULT '',
    status_public                    boolean      NOT NULL DEFAULT false,
    location_public                  boolean      NOT NULL DEFAULT false,
    update_location_from_status      boolean      NOT NULL DEFAULT false,
    auto_update                      boolean      NOT NULL DEFAULT false,
    schedule_downlink_late           boolean      NOT NULL DEFAULT false,
    antennas                         text         NOT NULL DEFAULT '[]',
    created_at                       timestamptz  NOT NULL,
    updated_at                       timestamptz  NOT NULL,
    deleted_at                       timestamptz
);
-- An EUI names one gateway, deleted or not, until that gateway is purged (as in The Things Stack).
CREATE UNIQUE INDEX gateways_eui ON gateways (eui) WHERE eui IS NOT NULL;

CREATE TABLE end_devices (
    application_id             varchar(36)  NOT NULL REFERENCES applications (application_id) ON DELETE CASCADE,
    device_id                  varchar(36)  NOT NULL,
    dev_eui                    varchar(16),
    join_eui                   varchar(16),
    name                       varchar(50)  NOT NULL DEFAULT '',
    description                text         NOT NULL DEFAULT '',
    attributes                 text         NOT NULL DEFAULT '{}',
    version_ids                text         NOT NULL DEFAULT '{}',
    network_server_address     varchar(255) NOT NULL DEFAULT '',
    application_server_address varchar(255) NOT NULL DEFAULT '',
    join_server_address        varchar(255) NOT NULL DEFAULT '',
    created_at                 timestamptz  NOT NULL,
    updated_at                 timestamptz  NOT NULL,
    PRIMARY KEY (application_id, device_id)
);
CREATE UNIQUE INDEX end_devices_euis ON end_devices (join_eui, dev_eui) WHERE dev_eui IS NOT NULL AND join_eui IS NOT NULL;

-- Collaborators and organization members: a member (user or organization) holds rights on an entity.
CREATE TABLE memberships (
    entity_type varchar(16)  NOT NULL,
    entity_id   varchar(36)  NOT NULL,
    member_type varchar(16)  NOT NULL CHECK (member_type IN ('user', 'organization')),
    member_id   varchar(36)  NOT NULL,
    rights      text         NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    PRIMARY KEY (entity_type, entity_id, member_type, member_id)
);
CREATE INDEX memberships_member ON memberships (member_type, member_id);

CREATE TABLE api_keys (
    key_id      varchar(64)  PRIMARY KEY,
    entity_type varchar(16)  NOT NULL,
    entity_id   varchar(36)  NOT NULL,
    name        varchar(50)  NOT NULL DEFAULT '',
    key_hash    varchar(128) NOT NULL,
    rights      text         NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    expires_at  timestamptz
);
CREATE INDEX api_keys_entity ON api_keys (entity_type, entity_id);

CREATE TABLE oauth_tokens (
    token_id           varchar(64)  PRIMARY KEY,
    user_id            varchar(36)  NOT NULL,
    client_id          varchar(36)  NOT NULL,
    access_hash        varchar(128) NOT NULL,
    refresh_hash       varchar(128) NOT NULL,
    rights             text         NOT NULL,
    created_at         timestamptz  NOT NULL,
    access_expires_at  timestamptz  NOT NULL,
    refresh_expires_at timestamptz  NOT NULL
);
CREATE INDEX oauth_tokens_user ON oauth_tokens (user_id);

CREATE TABLE invitations (
    email               varchar(254) PRIMARY KEY,
    token_hash          varchar(128) NOT NULL UNIQUE,
    inviter_user_id     varchar(36)  NOT NULL,
    created_at          timestamptz  NOT NULL,
    expires_at          timestamptz  NOT NULL,
    accepted_by_user_id varchar(36),
    accepted_at         timestamptz
);

CREATE TABLE contact_info_validations (
    validation_id varchar(64)  PRIMARY KEY,
    token_hash    varchar(128) NOT NULL,
    user_id       varchar(36)  NOT NULL,
    email         varchar(254) NOT NULL,
    created_at    timestamptz  NOT NULL,
    expires_at    timestamptz  NOT NULL,
    used_at       timestamptz
);

CREATE TABLE login_tokens (
    token_hash varchar(128) PRIMARY KEY,
    user_id    varchar(36)  NOT NULL,
    created_at timestamptz  NOT NULL,
    expires_at timestamptz  NOT NULL,
    used_at    timestamptz
);

-- The DevEUI block counter shared by all applications (is.dev-eui-block.*).
CREATE TABLE dev_eui_block (
    id           smallint PRIMARY KEY CHECK (id = 1),
    next_counter bigint   NOT NULL
);
