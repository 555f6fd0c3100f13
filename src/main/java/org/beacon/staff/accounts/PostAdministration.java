package org.beacon.staff.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.beacon.geography.Geography;
import org.beacon.staff.Post;
import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage posts: create one, change its name, the countries it covers (ISO 3166-1 alpha-2 codes the
 * geography module knows) and its emergency and after-hours numbers. A post's id never changes: accounts and alerts
 * refer to it. Every change publishes {@link StaffActed} in its transaction.
 */
@Service
public class PostAdministration {

	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

	static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{2,29}");

	private final PostStore posts;

	private final Geography geography;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PostAdministration(PostStore posts, Geography geography, ApplicationEventPublisher events, Clock clock) {
		this.posts = posts;
		this.geography = geography;
		this.events = events;
		this.clock = clock;
	}

	/** Every post, by name. */
	@Transactional(readOnly = true)
	public List<PostView> posts() {
		return posts.all();
	}

	/** @throws PostNotFoundException when there is no such post */
	@Transactional(readOnly = true)
	public PostView post(String id) {
		return posts.find(id).orElseThrow(() -> new PostNotFoundException(id));
	}

	/**
	 * @param countries codes in any case, duplicates ignored
	 * @throws AdminRefusedException 409 when the id is taken, 400 for a bad id, name, country or number
	 */
	@Transactional
	public PostView create(Post post, List<String> countries, String admin) {
		if (post.id() == null || !ID.matcher(post.id()).matches()) {
			throw new AdminRefusedException(HttpStatus.BAD_REQUEST, "id", "admin.error.postId",
					"A post id is 2 to 60 lower-case letters, digits or dashes");
		}
		List<String> codes = check(post, countries);
		if (!posts.insert(post)) {
			throw new AdminRefusedException(HttpStatus.CONFLICT, "id", "admin.error.postId.taken",
					"The post id " + post.id() + " is taken");
		}
		posts.countries(post.id(), codes);
		events.publishEvent(StaffActed.by(admin, StaffAction.POST_CREATE, post.id() + " " + codes, clock));
		return post(post.id());
	}

	/**
	 * Replaces the name, numbers and countries of an existing post.
	 *
	 * @throws PostNotFoundException when there is no such post
	 * @throws AdminRefusedException 400 for a bad name, country or number
	 */
	@Transactional
	public PostView change(Post post, List<String> countries, String admin) {
		List<String> codes = check(post, countries);
		PostView before = post(post.id());
		posts.update(post);
		posts.countries(post.id(), codes);
		events.publishEvent(StaffActed.by(admin, StaffAction.POST_CHANGE,
				post.id() + " " + before.countries() + " → " + codes, clock));
		return post(post.id());
	}

	/** The countries as upper-case codes, sorted, once the name, numbers and codes are valid. */
	private List<String> check(Post post, List<String> countries) {
		if (post.name() == null || post.name().isBlank()) {
			throw new AdminRefusedException(HttpStatus.BAD_REQUEST, "name", "admin.error.postName",
					"A post needs a name");
		}
		phone(post.emergencyPhone(), "emergencyPhone");
		phone(post.afterHoursPhone(), "afterHoursPhone");
		TreeSet<String> codes = new TreeSet<>();
		for (String country : countries) {
			String code = country.strip().toUpperCase(Locale.ROOT);
			if (code.length() != 2 || geography.country(code).isEmpty()) {
				throw new AdminRefusedException(HttpStatus.BAD_REQUEST, "countries", "admin.error.country",
						"Unknown country code " + country.strip(), country.strip());
			}
			codes.add(code);
		}
		return new ArrayList<>(codes);
	}

	private static void phone(String number, String field) {
		if (number != null && !PHONE.matcher(number).matches()) {
			throw new AdminRefusedException(HttpStatus.BAD_REQUEST, field, "admin.error.phone",
					"Not a telephone number: " + number, number);
		}
	}
}
