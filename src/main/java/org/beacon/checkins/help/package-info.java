/**
 * The help queue and the roster, for crisis staff (role {@code CRISIS}) of the posts covering a check-in's countries:
 * who needs help, with their contact points, what they said, their places and emergency contact, taken and resolved
 * with a note; and every recipient with their answer, as JSON pages or CSV. Staff see only citizens enrolled in their
 * post's countries, and every look, export and action is in the audit log with whose data it showed.
 */
package org.beacon.checkins.help;
