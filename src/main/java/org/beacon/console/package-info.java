/**
 * The staff console's overview pages, which bring together what several features know (advisories, enrollment
 * counts, alerts and their progress); the review queue, where an approver or administrator approves or discards an
 * alert that policy held for review; and the sandbox outbox of the embedded default (its page and its API, with
 * the providers' failing switches for administrators, who may also answer a text or a call there as the citizen it
 * went to), which needs to know both who a staff member is (staff) and
 * whose a contact point is (subscribers) to decide what they may read of it. Nothing depends on this module. It keeps no state of its own: it reads the others' public APIs, and
 * the review queue's approve and discard are broadcast's to carry out (this module passes the decision on, through
 * broadcast's public API).
 */
package org.beacon.console;
