package org.beacon.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A word-by-word difference between two texts (longest common subsequence), for reviewers comparing an advisory's
 * previous summary with the new one. Texts longer than {@link #MAX_WORDS} words are shown as replaced whole rather
 * than compared, to bound the work.
 */
final class TextDiff {

	static final int MAX_WORDS = 3000;

	enum Kind {
		SAME, REMOVED, ADDED
	}

	/** A run of words, with the space that follows each. */
	record Piece(Kind kind, String text) {
	}

	private TextDiff() {
	}

	static List<Piece> words(String before, String after) {
		String[] a = split(before);
		String[] b = split(after);
		if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
			List<Piece> whole = new ArrayList<>();
			add(whole, Kind.REMOVED, String.join(" ", a));
			add(whole, Kind.ADDED, String.join(" ", b));
			return whole;
		}
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Piece> pieces = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				add(pieces, Kind.SAME, a[i++]);
				j++;
			}
			else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
				add(pieces, Kind.ADDED, b[j++]);
			}
			else {
				add(pieces, Kind.REMOVED, a[i++]);
			}
		}
		return pieces;
	}

	/** Appends words to the last piece when it is of the same kind: runs read better than single words. */
	private static void add(List<Piece> pieces, Kind kind, String words) {
		if (words.isEmpty()) {
			return;
		}
		Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
		if (last != null && last.kind() == kind) {
			pieces.set(pieces.size() - 1, new Piece(kind, last.text() + " " + words));
		}
		else {
			pieces.add(new Piece(kind, words));
		}
	}

	private static String[] split(String text) {
		if (text == null || text.isBlank()) {
			return new String[0];
		}
		List<String> words = new ArrayList<>();
		Collections.addAll(words, text.strip().split("\\s+"));
		return words.toArray(String[]::new);
	}
}
