/**
 * The Network Server's MAC layer as pure logic: {@link io.longwave.network.mac.MacEngine#onUplink} takes the
 * stored {@link io.longwave.network.mac.MacState}, the uplink's MAC commands and reception data, and returns the
 * next state, the downlink commands and whether a downlink is required. Network-initiated requests are derived
 * from the difference between the desired and current {@link io.longwave.network.mac.MacParameters}, so a lost
 * request or answer heals on the next uplink. Storage (Redis) and scheduling belong to the caller;
 * {@code json.MacStateJson} gives the stored form.
 */
package io.longwave.network.mac;
