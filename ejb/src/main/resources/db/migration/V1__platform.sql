-- Identity: users and OAuth clients as far as the platform bootstrap needs them.
CREATE TABLE users (
    user_id               varchar(36)  PRIMARY KEY,
    name                  varchar(50)  NOT NULL DEFAULT '',
    primary_email_address varchar(254) NOT NULL,
    password_hash         varchar(255) NOT NULL,
    password_updated_at   timestamptz  NOT NULL,
    admin                 boolean      NOT NULL DEFAULT false,
    state                 varchar(32)  NOT NULL DEFAULT 'STATE_APPROVED',
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    deleted_at            timestamptz
);
CREATE UNIQUE INDEX users_primary_email_address ON users (lower(primary_email_address)) WHERE deleted_at IS NULL;

CREATE TABLE oauth_clients (
    client_id            varchar(36)  PRIMARY KEY,
    name                 varchar(50)  NOT NULL DEFAULT '',
    secret_hash          varchar(255),
    redirect_uris        text         NOT NULL,
    logout_redirect_uris text         NOT NULL,
    grants               text         NOT NULL,
    rights               text         NOT NULL,
    endorsed             boolean      NOT NULL DEFAULT false,
    skip_authorization   boolean      NOT NULL DEFAULT false,
    state                varchar(32)  NOT NULL DEFAULT 'STATE_APPROVED',
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    deleted_at           timestamptz
);

-- What the last bootstrap applied: a salted hash of TTS_DOMAIN, TTS_ADMIN_EMAIL, TTS_ADMIN_PASSWORD
-- and TTS_CONSOLE_SECRET, so that a change of any of them re-applies the bootstrap.
CREATE TABLE bootstrap_state (
    id               smallint     PRIMARY KEY CHECK (id = 1),
    fingerprint_hash varchar(255) NOT NULL,
    domain           varchar(253) NOT NULL,
    applied_at       timestamptz  NOT NULL
);
