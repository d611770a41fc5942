-- End devices as the Network, Application and Join Servers know them (The Things Stack v3 JSON, one
-- document per component). Keys inside are wrapped with the key-encryption key, never plain.
-- The hot state (sessions, frame counters, MAC state) lives in Redis; this is the registry.
CREATE TABLE component_devices (
    component      varchar(2)   NOT NULL CHECK (component IN ('ns', 'as', 'js')),
    application_id varchar(36)  NOT NULL,
    device_id      varchar(36)  NOT NULL,
    dev_eui        varchar(16),
    join_eui       varchar(16),
    document       text         NOT NULL,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    PRIMARY KEY (component, application_id, device_id)
);
CREATE UNIQUE INDEX component_devices_euis ON component_devices (component, join_eui, dev_eui)
    WHERE dev_eui IS NOT NULL AND join_eui IS NOT NULL;

-- Application Server uplink storage (The Things Stack's storage integration).
CREATE TABLE stored_uplinks (
    id             bigserial    PRIMARY KEY,
    application_id varchar(36)  NOT NULL,
    device_id      varchar(36)  NOT NULL,
    received_at    timestamptz  NOT NULL,
    message        text         NOT NULL
);
CREATE INDEX stored_uplinks_app_time ON stored_uplinks (application_id, received_at);
CREATE INDEX stored_uplinks_dev_time ON stored_uplinks (application_id, device_id, received_at);
