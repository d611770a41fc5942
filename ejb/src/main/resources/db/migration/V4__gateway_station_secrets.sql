-- LoRa Basics Station provisioning (The Things Stack's gateway fields): the token the station presents
-- to the LNS, and the CUPS server (uri and key) a station is moved to. The two secrets are sealed with
-- AES-GCM under a key derived from the KEK (KeyVault.seal, 'gcm1:...'); never stored in clear text.
ALTER TABLE gateways ADD COLUMN lbs_lns_secret  text;
ALTER TABLE gateways ADD COLUMN target_cups_uri varchar(255) NOT NULL DEFAULT '';
ALTER TABLE gateways ADD COLUMN target_cups_key text;
