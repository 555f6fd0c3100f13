package org.beacon.staff;

import java.util.List;

/**
 * A post with the countries it covers, as administrators see it.
 *
 * @param countries ISO 3166-1 alpha-2 codes, sorted
 */
public record PostView(Post post, List<String> countries) {
}
