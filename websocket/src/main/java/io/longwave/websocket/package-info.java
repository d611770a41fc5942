/**
 * Jakarta WebSocket endpoints served on the Basics Station listeners (virtual host {@code station}:
 * ws 1887, wss 8887). The LNS discovery and traffic endpoints arrive with the Basics Station work.
 */
package io.longwave.websocket;
