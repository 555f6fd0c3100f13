/**
 * The citizen pages (enroll, verify, sign in, account, unsubscribe, the SMS help page), built on the module's API:
 * forms, their checks and page models only. They hold no rule of their own that the REST API does not share.
 */
package org.beacon.subscribers.web;
