package org.beacon.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that renders HTML pages for people (citizens or staff) rather than the JSON API. Errors raised
 * by it are shown as a page in the visitor's language, with the right status, instead of a problem+json body.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WebPage {
}
