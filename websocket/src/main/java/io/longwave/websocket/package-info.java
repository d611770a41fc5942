/**
 * Jakarta WebSocket endpoints served on the Basics Station listeners (virtual host {@code station}:
 * ws 1887, wss 8887): live events ({@code /api/v3/events/ws}, in {@code events}). The LNS discovery
 * and traffic endpoints arrive with the Basics Station work.
 */
package io.longwave.websocket;
