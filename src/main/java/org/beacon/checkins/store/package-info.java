/** The check-ins' tables: check-ins, answers, and the counts reported from them. */
package org.beacon.checkins.store;
