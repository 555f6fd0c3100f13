/**
 * The staff console's overview pages, which bring together what several features know (advisories, enrollment
 * counts, alerts and their progress). Nothing depends on this module; it only reads the others' public APIs.
 */
package org.beacon.console;
