package org.beacon.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.beacon.ledger.FanoutShards.Range;
import org.junit.jupiter.api.Test;

class ShardPlanTests {

	@Test
	void oneShardCoversEveryId() {
		assertThat(ShardPlan.ranges(1)).containsExactly(new Range(null, null));
	}

	@Test
	void shardsAreConsecutiveEqualRangesOfTheLeadingBitsInPostgresOrder() {
		List<Range> ranges = ShardPlan.ranges(4);

		assertThat(ranges).containsExactly(
				new Range(null, UUID.fromString("3fffffff-ffff-ffff-ffff-ffffffffffff")),
				new Range(UUID.fromString("3fffffff-ffff-ffff-ffff-ffffffffffff"),
						UUID.fromString("7fffffff-ffff-fffe-ffff-ffffffffffff")),
				new Range(UUID.fromString("7fffffff-ffff-fffe-ffff-ffffffffffff"),
						UUID.fromString("bfffffff-ffff-fffd-ffff-ffffffffffff")),
				new Range(UUID.fromString("bfffffff-ffff-fffd-ffff-ffffffffffff"), null));
	}
}
