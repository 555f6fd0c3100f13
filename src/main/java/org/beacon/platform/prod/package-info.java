/**
 * The {@code prod} profile's start-up check: nothing is embedded there, so Beacon refuses to start until every
 * external setting its roles need is present ({@code RequiredSettings}), and names each missing one by its
 * environment variable before any connection is tried.
 */
package org.beacon.platform.prod;
