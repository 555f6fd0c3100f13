/**
 * Issuing an alert: drafting one from a request ({@code AlertDrafts}, which refuses places outside the author's
 * post), counting its audience and estimating it for the compose page, one alert per submission key
 * ({@code AlertSubmissions}), updating and cancelling an issued alert, and the counter of issued alerts. The module's
 * settings ({@code BroadcastProperties}, {@code beacon.broadcast.*}) live here because drafting uses most of them.
 * <p>
 * Owns: the rules of what may be issued, updated or cancelled, and by whom. May not: send anything or resolve an
 * audience itself ({@code subscribers} counts it), nor hold an alert for approval: {@code approval} decides that.
 */
package org.beacon.broadcast.issuing;
