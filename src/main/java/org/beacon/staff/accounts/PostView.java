package org.beacon.staff.accounts;

import java.util.List;

import org.beacon.staff.Post;

/**
 * A post with the countries it covers, as administrators see it.
 *
 * @param countries ISO 3166-1 alpha-2 codes, sorted
 */
public record PostView(Post post, List<String> countries) {
}
