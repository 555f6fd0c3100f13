/** The check-ins' staff API and pages, and the pages where citizens answer. */
package org.beacon.checkins.web;
