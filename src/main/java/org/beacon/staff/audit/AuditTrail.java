package org.beacon.staff.audit;

import java.util.List;

import org.beacon.staff.StaffActed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of staff actions. Every {@link StaffActed} is appended by a synchronous listener that joins the
 * publisher's transaction: the row commits, or rolls back, with the action it records.
 */
@Service
public class AuditTrail {

	/** The most entries one page lists. */
	public static final int MAX_PAGE_SIZE = 200;

	private final AuditLog log;

	AuditTrail(AuditLog log) {
		this.log = log;
	}

	@EventListener
	@Transactional
	void on(StaffActed acted) {
		log.append(acted);
	}

	/**
	 * A page of the entries the query selects, newest first.
	 *
	 * @param page zero-based; a page past the end is empty
	 * @param size entries per page, 1 to {@value #MAX_PAGE_SIZE}
	 */
	@Transactional(readOnly = true)
	public AuditPage search(AuditQuery query, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("page must be >= 0 and size within 1.." + MAX_PAGE_SIZE);
		}
		long total = log.count(query);
		return new AuditPage(log.page(query, page * size, size), page, size, total);
	}

	/**
	 * @param total how many entries the query selects in all
	 */
	public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

		public int pages() {
			return (int) ((total + size - 1) / size);
		}

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}

		public boolean hasPrevious() {
			return page > 0;
		}
	}
}
